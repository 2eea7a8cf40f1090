import { describe, expect, it } from 'vitest';
import { formatAmount, formatDate, formatDollars } from './format';

describe('formatDollars', () => {
  it.each([
    [5.9e9, 'ja', '59億ドル'],
    [5.9e9, 'en', '$5.9B'],
    [2.8e10, 'ja', '280億ドル'],
    [2.8e10, 'en', '$28B'],
    [6.34e8, 'ja', '6.34億ドル'],
    [6.34e8, 'en', '$634M'],
    // A fourth digit where it is exact (the teacher trial: 311億7千万ドル), else three.
    [3.117e10, 'ja', '311.7億ドル'],
    [3.117e10, 'en', '$31.17B'],
    [3.11734e10, 'ja', '312億ドル'],
    [7_710, 'ja', '7,710ドル'],
    [7_710, 'en', '$7,710'],
    [55_500, 'en', '$55,500'],
    [1e5, 'ja', '100,000ドル'],
    [Number.NaN, 'en', '—'],
  ] as const)('%s in %s → %s', (value, lang, expected) => {
    expect(formatDollars(value, lang)).toBe(expected);
  });
});

describe('formatAmount', () => {
  it.each([
    [7e9, 'at-least', 'ja', '70億ドル以上'],
    [7e9, 'at-least', 'en', 'at least $7B'],
    [6.34e8, 'about', 'ja', '約6.34億ドル'],
    [2e10, 'more-than', 'en', 'more than $20B'],
    [5.9e9, 'exact', 'en', '$5.9B'],
  ] as const)('%s %s %s', (value, q, lang, expected) => {
    expect(formatAmount(value, q, lang)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    [{ iso: '2022-07-13' }, 'ja', '2022年7月13日'],
    [{ iso: '2022-07-13' }, 'en', 'July 13, 2022'],
    [{ iso: '2022-07' }, 'ja', '2022年7月'],
    [{ iso: '1992' }, 'en', '1992'],
    [{ iso: '2021-08-16', end: '2021-08-17' }, 'en', 'August 16, 2021–August 17, 2021'],
    [{ iso: 'garbage' }, 'en', 'garbage'],
  ] as const)('%j in %s', (date, lang, expected) => {
    expect(formatDate(date, lang)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { isCountryId, targetId } from './codes.ts';

describe('targetId', () => {
  test.each<[string | undefined, number, string | null]>([
    ['UKR', 30, 'UKR'],
    ['KOR', 127, 'KOR'],
    ['ATA', 0, null], // Antarctica dropped
    ['SOL', 45, 'SOM'], // Somaliland → Somalia
    ['CYN', 33, 'CYP'], // Northern Cyprus → Cyprus
    ['ATC', 123, 'AUS'], // Ashmore and Cartier → Australia
    ['IOA', 96.9, 'CCK'], // Cocos (Keeling) Islands
    ['IOA', 105.6, 'CXR'], // Christmas Island
    ['XKX', 21, 'XKX'],
    ['KAS', 77, 'KAS'],
    ['ukr', 30, 'UKR'],
    ['QQQ', 0, null],
    ['', 0, null],
    [undefined, 0, null],
  ])('%s (lon %d) → %s', (a3, lon, expected) => {
    expect(targetId(a3, lon)).toBe(expected);
  });
});

describe('isCountryId', () => {
  test.each<[string, boolean]>([
    ['UKR', true],
    ['XKX', true],
    ['KAS', true],
    ['SOL', false],
    ['ukr', false],
    ['UK', false],
    ['UKRA', false],
  ])('%s → %s', (id, expected) => {
    expect(isCountryId(id)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { compareDates, decimalYear, firstDay, hasHappened, lastDay } from './dates';

describe('firstDay / lastDay', () => {
  it.each([
    ['2022', '2022-01-01', '2022-12-31'],
    ['2022-07', '2022-07-01', '2022-07-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2022-07-13', '2022-07-13', '2022-07-13'],
  ])('%s', (iso, first, last) => {
    expect(firstDay(iso)).toBe(first);
    expect(lastDay(iso)).toBe(last);
  });
  it.each(['', '22', '2022-7', 'July 2022', '2022/07/13'])('rejects "%s"', (iso) => {
    expect(() => firstDay(iso)).toThrow(/not a date/);
    expect(() => lastDay(iso)).toThrow(/not a date/);
  });
});

describe('hasHappened', () => {
  it.each([
    [{ iso: '2022-07-13', precision: 'day' as const }, '2022-07-12', false],
    [{ iso: '2022-07-13', precision: 'day' as const }, '2022-07-13', true],
    [{ iso: '2022-07', precision: 'month' as const }, '2022-07-01', true],
    [{ iso: '1992', precision: 'year' as const }, '1991-12-31', false],
  ])('%j as of %s → %s', (date, asOf, expected) => {
    expect(hasHappened(date, asOf)).toBe(expected);
  });
});

describe('decimalYear / compareDates', () => {
  it('places days on a year axis', () => {
    expect(decimalYear('2020-01-01')).toBe(2020);
    expect(decimalYear('2021-07-02')).toBeCloseTo(2021.5, 2);
  });
  it('orders year before month before day at the same start', () => {
    const dates = [
      { iso: '2022-07-13', precision: 'day' as const },
      { iso: '2022-07', precision: 'month' as const },
      { iso: '1992', precision: 'year' as const },
    ];
    expect([...dates].sort(compareDates).map((d) => d.iso)).toEqual([
      '1992',
      '2022-07',
      '2022-07-13',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { comparePartialDates, firstDay, lastDay } from './dates';

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

describe('comparePartialDates', () => {
  it('orders year before month before day at the same start', () => {
    const dates = [
      { iso: '2022-07-13', precision: 'day' as const },
      { iso: '2022-07', precision: 'month' as const },
      { iso: '1992', precision: 'year' as const },
    ];
    expect([...dates].sort(comparePartialDates).map((d) => d.iso)).toEqual([
      '1992',
      '2022-07',
      '2022-07-13',
    ]);
  });
});

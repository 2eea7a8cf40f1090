import { describe, expect, it } from 'vitest';
import { stepEvent, stepYear, yearDate } from './timeline-steps';

const domain = { start: '1992-01-01', end: '2025-12-31' };

describe('yearDate', () => {
  it.each([
    [1995, '1995-12-31'],
    [1992, '1992-12-31'],
    [2025, '2025-12-31'],
    [1980, '1992-01-01'], // clamped to the axis
    [2099, '2025-12-31'],
  ])('%d → %s', (year, expected) => {
    expect(yearDate(domain, year)).toBe(expected);
  });
});

describe('stepYear', () => {
  it.each([
    ['2021-06-01', 1, '2021-12-31'],
    ['2021-12-31', 1, '2022-12-31'],
    ['2021-06-01', -1, '2020-12-31'],
    ['2021-12-31', -1, '2020-12-31'],
    [null, -1, '2024-12-31'],
    [null, 1, null], // already the latest
    ['2024-12-31', 1, null], // the last year is "latest"
    ['1992-06-01', -1, '1992-01-01'], // clamped to the start
    ['1992-01-01', -1, '1992-01-01'],
  ] as const)('%s by %d → %s', (day, dir, expected) => {
    expect(stepYear(domain, day, dir)).toBe(expected);
  });
});

describe('stepEvent', () => {
  const days = ['2003-05-01', '1992-01-28', '2021-08-16', '2003-05-01'];
  it.each([
    ['2000-01-01', 1, '2003-05-01'],
    ['2003-05-01', 1, '2021-08-16'],
    ['2021-08-16', 1, null], // past the last event: latest
    [null, 1, undefined], // latest: nowhere further
    ['2021-08-16', -1, '2003-05-01'],
    [null, -1, '2021-08-16'],
    ['1992-01-28', -1, undefined], // nothing earlier: stay
  ] as const)('%s by %d → %s', (day, dir, expected) => {
    expect(stepEvent(days, day, dir)).toBe(expected);
  });
  it('no events: never moves forward into a date', () => {
    expect(stepEvent([], '2000-01-01', 1)).toBeNull();
    expect(stepEvent([], '2000-01-01', -1)).toBeUndefined();
  });
});

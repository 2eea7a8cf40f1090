import { describe, expect, it } from 'vitest';
import {
  dayAt,
  dayCount,
  dayIndex,
  nextPlayStop,
  position,
  timeDomain,
  yearTicks,
} from './timeline';
import { fixture } from './fixture.test-data';

const domain = { start: '1992-01-01', end: '2025-12-31' };

describe('timeDomain', () => {
  it('spans whole years from the first to the last dated thing', () => {
    expect(timeDomain(fixture())).toEqual({ start: '1992-01-01', end: '2024-12-31' });
  });
  it('is null for undated data', () => {
    expect(timeDomain({ events: [], links: [], figures: [] })).toBeNull();
  });
});

describe('dayIndex / dayAt', () => {
  it.each([
    ['1992-01-01', 0],
    ['1992-01-09', 8],
    ['1993-01-01', 366], // 1992 is a leap year
    ['1980-01-01', 0], // clamped
    ['2099-01-01', dayCount(domain) - 1],
  ])('%s ↔ %s', (day, index) => {
    expect(dayIndex(domain, day)).toBe(index);
  });
  it.each([
    [0, '1992-01-01'],
    [366, '1993-01-01'],
    [-5, '1992-01-01'],
    [1e9, '2025-12-31'],
    [8.4, '1992-01-09'],
  ])('%s → %s', (index, day) => {
    expect(dayAt(domain, index)).toBe(day);
  });
  it('round-trips every day of a year', () => {
    for (let i = 0; i < 400; i++) expect(dayIndex(domain, dayAt(domain, i))).toBe(i);
  });
});

describe('position / ticks / play', () => {
  it('places the ends at 0 and 1', () => {
    expect(position(domain, '1992-01-01')).toBe(0);
    expect(position(domain, '2025-12-31')).toBe(1);
  });
  it('labels every five years plus the ends', () => {
    expect(yearTicks(domain)).toEqual([1992, 1995, 2000, 2005, 2010, 2015, 2020, 2025]);
  });
  it.each([
    [null, '1992-12-31'],
    ['1992-12-31', '1993-12-31'],
    ['2021-06-01', '2021-12-31'],
    ['2025-12-31', null],
  ])('after %s plays %s', (day, next) => {
    expect(nextPlayStop(domain, day)).toBe(next);
  });
});

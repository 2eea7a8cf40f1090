import { describe, expect, it } from 'vitest';
import {
  dayAt,
  dayCount,
  dayIndex,
  nextPlayStop,
  groupMarks,
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

describe('groupMarks', () => {
  const at = (x: number) => x;
  it.each([
    ['far apart stay apart', [0, 0.5, 1], 1000, [[0], [0.5], [1]]],
    ['close ones share a mark', [0.1, 0.11, 0.5], 1000, [[0.1, 0.11], [0.5]]],
    ['a chain of close ones is one mark', [0.1, 0.12, 0.14, 0.16], 1000, [[0.1, 0.12, 0.14, 0.16]]],
    ['order does not matter', [0.5, 0.11, 0.1], 1000, [[0.1, 0.11], [0.5]]],
    ['a wider axis separates them', [0.1, 0.11], 10_000, [[0.1], [0.11]]],
    ['nothing gives nothing', [], 1000, []],
    ['an axis with no width is one mark', [0, 1], 0, [[0, 1]]],
    ['bad positions are left out', [Number.NaN, 0.2, Infinity], 1000, [[0.2]]],
  ] as const)('%s', (_, items, width, expected) => {
    expect(groupMarks(items, at, width).map((g) => g.items)).toEqual(expected);
  });
  it('puts a group in the middle of its ends', () => {
    expect(groupMarks([0.1, 0.12], at, 1000)[0]!.at).toBeCloseTo(0.11, 9);
  });
  it('leaves every pair of marks at least the minimum apart', () => {
    const items = Array.from({ length: 200 }, (_, i) => ((i * 7919) % 1000) / 1000);
    const marks = groupMarks(items, at, 800, 24);
    for (let i = 1; i < marks.length; i++) {
      expect((marks[i]!.at - marks[i - 1]!.at) * 800).toBeGreaterThanOrEqual(24 - 1e-9);
    }
    expect(marks.flatMap((m) => m.items)).toHaveLength(200);
  });
});

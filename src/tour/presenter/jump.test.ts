import { describe, expect, it } from 'vitest';
import { jumpHint, jumpTarget } from './jump';

describe('jumpTarget', () => {
  const table: [string, number, number | null][] = [
    ['3', 9, 3],
    ['G3', 9, 3],
    ['g 12', 12, 12],
    [' 9 ', 9, 9],
    ['09', 9, 9],
    ['1', 1, 1],
    ['', 9, null],
    ['G', 9, null],
    ['0', 9, null],
    ['10', 9, null],
    ['3', 0, null],
    ['-1', 9, null],
    ['1.5', 9, null],
    ['1e1', 20, null],
    ['three', 9, null],
    ['12345', 99999, null],
    ['2', Number.NaN, null],
  ];
  it.each(table)('%j of %d steps → %j', (typed, count, expected) =>
    expect(jumpTarget(typed, count)).toBe(expected),
  );
});

describe('jumpHint', () => {
  it.each([
    ['', 9, { kind: 'ask', count: 9 }],
    ['4', 9, { kind: 'go', n: 4 }],
    ['40', 9, { kind: 'none' }],
  ] as const)('%j of %d', (typed, count, expected) =>
    expect(jumpHint(typed, count)).toEqual(expected),
  );
});

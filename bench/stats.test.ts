import { describe, expect, it } from 'vitest';
import { mean, median, percentile, ratio, spread } from './stats';

describe('median', () => {
  const tests: { args: number[]; expected: number }[] = [
    { args: [5], expected: 5 },
    { args: [3, 1, 2], expected: 2 },
    { args: [4, 1, 3, 2], expected: 2.5 },
    { args: [10, 10, 10, 1000, 10], expected: 10 },
    { args: [2, NaN, 1, 3], expected: 2 },
    { args: [-1, -3, -2], expected: -2 },
  ];
  for (const { args, expected } of tests) {
    it(`median(${args.join(', ')}) = ${expected}`, () => expect(median(args)).toBe(expected));
  }
  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  for (const bad of [[], [NaN], [Infinity, NaN]]) {
    it(`throws on [${bad.join(', ')}]`, () => expect(() => median(bad)).toThrow(/no finite/));
  }
});

describe('mean and percentile', () => {
  it('mean', () => expect(mean([1, 2, 3, 6])).toBe(3));
  const tests: { args: [number[], number]; expected: number }[] = [
    { args: [[1, 2, 3, 4, 5], 0], expected: 1 },
    { args: [[1, 2, 3, 4, 5], 50], expected: 3 },
    { args: [[1, 2, 3, 4, 5], 100], expected: 5 },
    { args: [[1, 2, 3, 4, 5], 95], expected: 4.8 },
    { args: [[10, 20], 25], expected: 12.5 },
    { args: [[7], 95], expected: 7 },
  ];
  for (const { args, expected } of tests) {
    it(`percentile(${args[0].join(',')}, ${args[1]}) = ${expected}`, () =>
      expect(percentile(...args)).toBeCloseTo(expected, 10));
  }
  it('rejects a percentile outside 0–100', () => expect(() => percentile([1], 101)).toThrow());
});

describe('ratio', () => {
  const tests: { args: [number, number]; expected: number | null }[] = [
    { args: [3, 2], expected: 1.5 },
    { args: [1, 0], expected: null },
    { args: [1, NaN], expected: null },
    { args: [NaN, 1], expected: null },
  ];
  for (const { args, expected } of tests) {
    it(`ratio(${args.join(', ')}) = ${expected}`, () => expect(ratio(...args)).toBe(expected));
  }
});

describe('spread', () => {
  const tests: { args: number[]; expected: ReturnType<typeof spread> }[] = [
    { args: [7], expected: { n: 1, min: 7, q1: 7, median: 7, q3: 7, max: 7 } },
    {
      args: [1.25, 1.95, 1.65, 1.75, 1.65],
      expected: { n: 5, min: 1.25, q1: 1.65, median: 1.65, q3: 1.75, max: 1.95 },
    },
    {
      args: [4, 1, 3, 2, NaN],
      expected: { n: 4, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 },
    },
  ];
  for (const { args, expected } of tests) {
    it(`spread(${args.join(', ')})`, () => {
      const s = spread(args);
      for (const k of Object.keys(expected) as (keyof typeof expected)[]) {
        expect(s[k]).toBeCloseTo(expected[k], 10);
      }
    });
  }
  for (const bad of [[], [NaN, Infinity]]) {
    it(`throws on [${bad.join(', ')}]`, () => expect(() => spread(bad)).toThrow(/no finite/));
  }
});

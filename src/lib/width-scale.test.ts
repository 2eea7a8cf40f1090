import { describe, expect, it } from 'vitest';
import { makeWidthScale, MAX_WIDTH, MIN_WIDTH } from './width-scale';

describe('makeWidthScale', () => {
  // The width figures of the real data: two directed exports, two totals.
  const values = [7_710, 55_500, 5.9e9, 2.8e10];
  const scale = makeWidthScale(values);

  it('draws the largest value at the maximum and keeps a fixed floor', () => {
    expect(scale(2.8e10)).toBe(MAX_WIDTH);
    expect(scale.max).toBe(2.8e10);
    expect(scale.floor).toBeCloseTo(2.8e8);
  });

  it.each([
    // [a, b]: for every pair within the top two orders of magnitude, width ratio ≥ √ value ratio
    [2.8e10, 5.9e9],
    [2.8e10, 1.4e10],
    [2.8e10, 2.8e8],
    [5.9e9, 1e9],
    [1e10, 3e8],
  ])('draws %s vs %s at least √ of their ratio apart', (a, b) => {
    expect(scale(a) / scale(b)).toBeGreaterThanOrEqual(Math.sqrt(a / b) - 1e-9);
  });

  it('draws half the trade clearly thinner', () => {
    expect(scale(1.4e10) / scale(2.8e10)).toBeLessThan(0.75);
  });

  it.each([
    [0, MIN_WIDTH, true],
    [-5, MIN_WIDTH, true],
    [Number.NaN, MIN_WIDTH, true],
    [Number.POSITIVE_INFINITY, MIN_WIDTH, true],
    [7_710, MIN_WIDTH, true],
    [55_500, MIN_WIDTH, true],
    [2.7e8, MIN_WIDTH, true],
    [2.8e8, MIN_WIDTH, false],
    [1e15, MAX_WIDTH, false],
  ])('maps %s to %s (under the floor: %s)', (value, width, under) => {
    expect(scale(value)).toBeCloseTo(width);
    expect(scale.underFloor(value)).toBe(under);
  });

  it('keeps the order of the values within the bounds', () => {
    const widths = values.map(scale);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    for (const w of widths) {
      expect(w).toBeGreaterThanOrEqual(MIN_WIDTH);
      expect(w).toBeLessThanOrEqual(MAX_WIDTH);
    }
  });

  it.each([
    [values, 4, [1e9, 1e10, 2.8e10]],
    [values, 2, [1e10, 2.8e10]],
    [values, 1, [2.8e10]],
    [[9e9], 4, [1e8, 1e9, 9e9]],
    // A power of ten next to the largest value would look the same: left out.
    [[1.1e10], 4, [1e9, 1.1e10]],
    [values, 0, []],
  ])('gives legend values from the data: %j, %i', (input, count, expected) => {
    expect(makeWidthScale(input).ticks(count)).toEqual(expected);
  });

  it.each([[[]], [[0, -1, Number.NaN]]])('is flat with no usable value: %j', (input) => {
    const flat = makeWidthScale(input);
    expect(flat(5e9)).toBe(MIN_WIDTH);
    expect(flat.ticks()).toEqual([]);
    expect(flat.max).toBe(0);
    expect(flat.underFloor(5e9)).toBe(true);
  });
});

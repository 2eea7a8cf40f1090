import { describe, expect, it } from 'vitest';
import { makeWidthScale, MAX_WIDTH, MIN_WIDTH } from './width-scale';

describe('makeWidthScale', () => {
  const values = [7_710, 55_500, 5.9e9, 2.8e10];
  const scale = makeWidthScale(values);

  it('widens the domain to whole powers of ten', () => {
    expect(scale.domain).toEqual([1e3, 1e11]);
  });

  it('keeps the order of the values and the width bounds', () => {
    const widths = values.map(scale);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(new Set(widths).size).toBe(values.length);
    for (const w of widths) {
      expect(w).toBeGreaterThanOrEqual(MIN_WIDTH);
      expect(w).toBeLessThanOrEqual(MAX_WIDTH);
    }
  });

  it('makes the smallest figure visible and distinguishable from the next', () => {
    expect(scale(7_710)).toBeGreaterThanOrEqual(MIN_WIDTH + 1);
    expect(scale(55_500) - scale(7_710)).toBeGreaterThan(1);
  });

  it('does not let the largest swamp the map', () => {
    expect(scale(2.8e10)).toBeLessThanOrEqual(MAX_WIDTH);
    expect(scale(2.8e10) / scale(7_710)).toBeLessThan(5);
  });

  it.each([
    [0, MIN_WIDTH],
    [-5, MIN_WIDTH],
    [Number.NaN, MIN_WIDTH],
    [Number.POSITIVE_INFINITY, MIN_WIDTH],
    [1e15, MAX_WIDTH],
    [1, MIN_WIDTH],
  ])('maps the bad or out-of-range value %s to %s', (value, width) => {
    expect(scale(value)).toBe(width);
  });

  it('gives legend ticks at powers of ten, both ends kept', () => {
    expect(scale.ticks(4)).toEqual([1e4, 1e6, 1e8, 1e10]);
    expect(makeWidthScale([2e9, 3e10]).ticks(4)).toEqual([1e9, 1e10, 1e11]);
    expect(makeWidthScale([5e9]).ticks(4)).toEqual([1e9, 1e10]);
  });

  it.each([[[]], [[0, -1, Number.NaN]]])('is flat with no usable value: %j', (input) => {
    const flat = makeWidthScale(input);
    expect(flat(5)).toBe(MIN_WIDTH);
    expect(flat.ticks()).toEqual([]);
  });

  it('handles a single value', () => {
    const one = makeWidthScale([5e9]);
    expect(one.domain).toEqual([1e9, 1e10]);
  });
});

import { describe, expect, it } from 'vitest';
import { coversResized, fitMargin } from './cover';

describe('coversResized', () => {
  it.each([
    ['nothing yet, then a caption', [], [[600, 350]], true],
    [
      'the same sizes',
      [
        [600, 350],
        [300, 80],
      ],
      [
        [600, 350],
        [300, 80],
      ],
      false,
    ],
    ['a pixel of rounding', [[600, 350]], [[601, 349]], false],
    ['a longer caption', [[600, 350]], [[600, 420]], true],
    ['hidden (H): sizes go to 0', [[600, 350]], [[0, 0]], true],
    [
      'a box came',
      [[600, 350]],
      [
        [600, 350],
        [80, 44],
      ],
      true,
    ],
  ] as const)('%s', (_n, before, after, changed) => {
    expect(coversResized(before, after)).toBe(changed);
  });
});

describe('fitMargin', () => {
  it.each([
    [390, 27],
    [1024, 56],
    [100, 16],
  ])('a map %i px wide keeps %i px at each side', (w, x) => {
    expect(fitMargin(w)).toEqual({ x, y: 24 });
  });
});

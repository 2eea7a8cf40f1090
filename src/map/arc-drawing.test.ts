import { describe, expect, it } from 'vitest';
import type { ArcSpec } from '../lib/links';
import { makeWidthScale } from '../lib/width-scale';
import { arrowScale, drawArcs, hitWidth, isDim, isLit } from './arc-drawing';
import { ARC_COLORS, HIT_WIDTH, KIND_WIDTH } from './arc-style';

const arc = (over: Partial<ArcSpec> = {}): ArcSpec => ({
  id: 'A-B',
  link: 'A-B',
  from: 'AAA',
  to: 'BBB',
  directed: false,
  style: 'trade',
  severed: false,
  status: null,
  figure: null,
  bend: 0.18,
  ...over,
});

const countries = new Map([
  ['AAA', { label: [10, 50] as [number, number] }],
  ['BBB', { label: [70, 40] as [number, number] }],
]);
const scale = makeWidthScale([1e4, 1e10]);

describe('drawArcs', () => {
  it('sizes by the figure, or by kind without one', () => {
    const figure = { value: 1e9 } as ArcSpec['figure'];
    const [sized, plain] = drawArcs(
      [arc({ figure }), arc({ id: 'x', style: 'conflict' })],
      countries,
      scale,
    );
    expect(sized!.width).toBeCloseTo(scale(1e9), 9);
    expect(plain!.width).toBe(KIND_WIDTH);
    expect(plain!.color).toBe(ARC_COLORS.conflict);
  });
  it.each([
    ['an unknown start', { from: 'ZZZ' }],
    ['an unknown end', { to: 'ZZZ' }],
    ['empty codes', { from: '', to: '' }],
  ])('leaves out an arc with %s', (_, over) => {
    expect(drawArcs([arc(over)], countries, scale)).toEqual([]);
  });
  it('keeps ends in world pixels, west to east', () => {
    const [d] = drawArcs([arc()], countries, scale);
    expect(d!.from[0]).toBeLessThan(d!.to[0]);
    expect(d!.shape.d.startsWith('M')).toBe(true);
  });
  it('draws nothing from nothing', () => {
    expect(drawArcs([], countries, scale)).toEqual([]);
  });
});

describe('widths', () => {
  it.each([
    [1, HIT_WIDTH],
    [13, 19],
  ])('hit width of a %s px arc is %s px', (w, expected) => expect(hitWidth(w)).toBe(expected));
  it.each([
    [0, 1],
    [6, 2],
  ])('arrow scale at %s px is %s', (w, expected) => expect(arrowScale(w)).toBe(expected));
});

describe('isDim / isLit', () => {
  const d = { arc: arc({ id: 'a1', link: 'L1' }) };
  it.each([
    [null, null, false, false],
    ['a1', null, false, true],
    ['a2', null, true, false],
    ['a2', 'L1', false, true],
    [null, 'L1', false, true],
  ] as const)('active %s, selected %s → dim %s, lit %s', (active, selected, dim, lit) => {
    expect(isDim(d, active, selected)).toBe(dim);
    expect(isLit(d, active, selected)).toBe(lit);
  });
});

import { describe, expect, it } from 'vitest';
import type { ArcSpec } from '../lib/links';
import { makeWidthScale } from '../lib/width-scale';
import {
  arcAnchors,
  arrowScale,
  drawArcs,
  edgeLabels,
  HEAD_PATH,
  hitWidth,
  isDim,
  isLit,
  mayOverlap,
  toScreen,
  type ScreenArc,
} from './arc-drawing';
import type { Point } from '../lib/arc-geometry';
import { ARC_COLORS, HIT_WIDTH, KIND_WIDTH } from './arc-style';

const arc = (over: Partial<ArcSpec> = {}): ArcSpec => ({
  id: 'A-B',
  link: 'A-B',
  from: 'AAA',
  to: 'BBB',
  directed: false,
  style: 'trade',
  kinds: [],
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
    [1e10, false, false, ''],
    [1e4, false, true, ''],
    [null, true, false, '7 5'],
  ])(
    'marks a figure of %s (severed %s) under the floor: %s, dash %j',
    (value, severed, under, dash) => {
      const figure = value === null ? null : ({ value } as ArcSpec['figure']);
      const [d] = drawArcs([arc({ figure, severed })], countries, scale);
      expect(d!.under).toBe(under);
      expect(d!.dash).toBe(dash);
    },
  );
  it.each([
    ['an unknown start', { from: 'ZZZ' }],
    ['an unknown end', { to: 'ZZZ' }],
    ['empty codes', { from: '', to: '' }],
  ])('leaves out an arc with %s', (_, over) => {
    expect(drawArcs([arc(over)], countries, scale)).toEqual([]);
  });
  it.each([
    ['no draft links', undefined, false],
    ["the arc's link among the draft links", new Set(['KAZ-RUS']), true],
    ['other draft links only', new Set(['CHN-KAZ']), false],
  ])("marks the teacher's draft arcs: %s", (_, drafts, draft) => {
    const [d] = drawArcs([arc({ link: 'KAZ-RUS' })], countries, scale, drafts);
    expect(d!.draft).toBe(draft);
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

describe('toScreen', () => {
  const [d] = drawArcs([arc({ directed: true })], countries, scale);
  it('scales and translates the ends and the control point', () => {
    const s = toScreen(d!, { k: 2, tx: 10, ty: -5 });
    expect(s.start[0]).toBeCloseTo(d!.from[0] * 2 + 10, 9);
    expect(s.end[1]).toBeCloseTo(d!.to[1] * 2 - 5, 9);
    // The control point is left of the west→east direction: north, so above on screen.
    expect(s.control[1]).toBeLessThan((s.start[1] + s.end[1]) / 2);
  });
  it('puts the arrowhead around the middle, its tip ahead along the arc', () => {
    const s = toScreen(d!, { k: 1, tx: 0, ty: 0 });
    expect(s.head).toHaveLength(3);
    const tip = s.head![1]!;
    const mid = d!.shape.mid;
    const dir = [d!.to[0] - d!.from[0], d!.to[1] - d!.from[1]];
    expect((tip[0] - mid[0]) * dir[0]! + (tip[1] - mid[1]) * dir[1]!).toBeGreaterThan(0);
  });
  it('has no arrowhead for an undirected arc', () => {
    const [u] = drawArcs([arc()], countries, scale);
    expect(toScreen(u!, { k: 1, tx: 0, ty: 0 }).head).toBeNull();
  });
});

describe('mayOverlap', () => {
  const a = { start: [0, 0], control: [50, -40], end: [100, 0], head: null } as Parameters<
    typeof mayOverlap
  >[0];
  it.each([
    ['a box around it', { left: 0, top: -50, right: 100, bottom: 10 }, 0, true],
    ['a box it crosses', { left: 40, top: -100, right: 60, bottom: 100 }, 0, true],
    ['a box to its right', { left: 120, top: -50, right: 200, bottom: 50 }, 0, false],
    [
      'a box just out of reach, with the stroke',
      { left: 105, top: 0, right: 200, bottom: 50 },
      6,
      true,
    ],
    ['a box below', { left: 0, top: 20, right: 100, bottom: 40 }, 0, false],
  ] as const)('%s: %s', (_, box, pad, expected) => {
    expect(mayOverlap(a, box, pad)).toBe(expected);
  });
});

describe('HEAD_PATH', () => {
  it('is the SVG path of the arrowhead', () => {
    expect(HEAD_PATH).toBe('M -7 -6 L 6 0 L -7 6 Z');
  });
});

describe('edgeLabels', () => {
  const line = (start: Point, end: Point): ScreenArc => ({
    start,
    end,
    control: [(start[0] + end[0]) / 2, (start[1] + end[1]) / 2],
    head: null,
  });
  const ends = { from: 'AAA', to: 'BBB' };
  it.each([
    ['far end off the right edge', line([50, 50], [300, 50]), [{ iso3: 'BBB', side: 'right' }]],
    ['near end off the left edge', line([-100, 50], [50, 50]), [{ iso3: 'AAA', side: 'left' }]],
    ['off the bottom', line([50, 50], [50, 500]), [{ iso3: 'BBB', side: 'bottom' }]],
    ['both ends inside', line([10, 10], [90, 90]), []],
    ['both ends outside', line([-10, -10], [300, 300]), []],
  ])('%s', (_, screen, expected) => {
    const labels = edgeLabels([{ arc: ends, screen }], 200, 100);
    expect(labels.map(({ iso3, side }) => ({ iso3, side }))).toEqual(expected);
    for (const l of labels) {
      expect(l.x).toBeGreaterThanOrEqual(6);
      expect(l.x).toBeLessThanOrEqual(194);
      expect(l.y).toBeGreaterThanOrEqual(6);
      expect(l.y).toBeLessThanOrEqual(94);
    }
  });
  it.each([
    // A caption across the top: an arc going up into it names its far end, pointing up, under it.
    [
      'far end under a caption',
      line([50, 90], [50, 10]),
      [{ iso3: 'BBB', side: 'top', under: true }],
      40,
    ],
    // The near end under the caption, the far end visible: the hidden end is the one named.
    [
      'near end under a caption',
      line([150, 10], [150, 90]),
      [{ iso3: 'AAA', side: 'top', under: true }],
      40,
    ],
    ['both ends under it', line([20, 10], [180, 20]), [], 0],
  ] as const)('%s', (_, screen, expected, y) => {
    const caption = { left: 0, top: 0, right: 200, bottom: 40 };
    const labels = edgeLabels([{ arc: ends, screen }], 200, 100, 6, 64, [caption]);
    expect(labels.map(({ iso3, side, under }) => ({ iso3, side, under }))).toEqual(expected);
    // Named at the caption's edge, where the arc goes under it.
    for (const l of labels) expect(l.y).toBeGreaterThanOrEqual(y);
  });
  it('names a country once per side', () => {
    const screen = line([50, 50], [300, 50]);
    expect(
      edgeLabels(
        [
          { arc: ends, screen },
          { arc: ends, screen },
        ],
        200,
        100,
      ),
    ).toHaveLength(1);
  });
  it.each([
    [0, 100],
    [200, Number.NaN],
  ])('gives nothing for a frame of %s × %s', (w, h) => {
    expect(edgeLabels([{ arc: ends, screen: line([50, 50], [300, 50]) }], w, h)).toEqual([]);
  });
});

describe('arcAnchors', () => {
  it.each([
    { name: 'no arcs', drawn: [], expected: [] },
    {
      name: 'ends and middle of each arc, in order',
      drawn: [
        {
          from: [1, 2] as Point,
          to: [3, 4] as Point,
          shape: { d: '', mid: [5, 6] as Point, angle: 0 },
        },
        {
          from: [7, 0] as Point,
          to: [8, 0] as Point,
          shape: { d: '', mid: [9, 0] as Point, angle: 0 },
        },
      ],
      expected: [1, 3, 5, 7, 8, 9],
    },
  ])('$name', ({ drawn, expected }) => {
    expect(arcAnchors(drawn)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { EdgeLabel } from './arc-drawing';
import { placeEdgeTags, type Obstacle } from './edge-tags';

const tag = (iso3: string, side: EdgeLabel['side'], x: number, y: number): EdgeLabel => ({
  iso3,
  side,
  x,
  y,
});
const size = () => ({ w: 60, h: 20 });
const hit = (a: { x: number; y: number; w: number; h: number }, b: Obstacle) =>
  a.x < b.right && b.left < a.x + a.w && a.y < b.bottom && b.top < a.y + a.h;

describe('placeEdgeTags', () => {
  it.each<[string, EdgeLabel, Obstacle[], { x: number; y: number } | null]>([
    ['right edge, nothing in the way', tag('AAA', 'right', 394, 100), [], { x: 334, y: 90 }],
    ['left edge, nothing in the way', tag('AAA', 'left', 6, 100), [], { x: 6, y: 90 }],
    [
      'bottom edge: centred on the crossing',
      tag('AAA', 'bottom', 200, 294),
      [],
      { x: 170, y: 278 },
    ],
    [
      'left edge under a legend: slides to the nearest free place (up)',
      tag('AAA', 'left', 6, 100),
      [{ left: 0, top: 80, right: 120, bottom: 130 }],
      { x: 6, y: 58 },
    ],
    [
      'left edge under a legend at the top: slides down past it',
      tag('AAA', 'left', 6, 30),
      [{ left: 0, top: 0, right: 120, bottom: 60 }],
      { x: 6, y: 68 },
    ],
    [
      'bottom edge under a caption: slides sideways (nearest: left)',
      tag('AAA', 'bottom', 200, 294),
      [{ left: 150, top: 250, right: 260, bottom: 300 }],
      { x: 82, y: 278 },
    ],
    [
      // Round the nearer corner (the top left), to the top edge just beside the box.
      'the whole side covered: round the corner',
      tag('AAA', 'left', 6, 100),
      [{ left: 0, top: 0, right: 100, bottom: 300 }],
      { x: 106, y: 2 },
    ],
    [
      // An arc leaving the top behind a caption and a counter that fill it: to the left edge.
      'the whole top covered: down the nearer side',
      tag('AAA', 'top', 120, 6),
      [
        { left: 0, top: 0, right: 300, bottom: 60 },
        { left: 300, top: 0, right: 400, bottom: 30 },
      ],
      { x: 2, y: 66 },
    ],
    [
      // An arc that goes up under a caption: named just below the caption's edge.
      'under a caption: below its edge',
      { ...tag('AAA', 'top', 120, 60), under: true },
      [{ left: 0, top: 0, right: 300, bottom: 60 }],
      { x: 90, y: 62 },
    ],
    [
      'the whole frame covered: left out',
      tag('AAA', 'left', 6, 100),
      [{ left: 0, top: 0, right: 400, bottom: 300 }],
      null,
    ],
    [
      'a box with no finite edges is ignored',
      tag('AAA', 'left', 6, 100),
      [{ left: NaN, top: 0, right: 100, bottom: 300 }],
      { x: 6, y: 90 },
    ],
  ])('%s', (_, e, obstacles, expected) => {
    const [placed] = placeEdgeTags([e], size, 400, 300, obstacles);
    if (expected === null) {
      expect(placed).toBeUndefined();
      return;
    }
    expect({ x: placed!.x, y: placed!.y }).toEqual(expected);
    for (const o of obstacles) if (Number.isFinite(o.left)) expect(hit(placed!, o)).toBe(false);
  });

  it('keeps tags on one side apart', () => {
    const placed = placeEdgeTags(
      [tag('AAA', 'right', 394, 100), tag('BBB', 'right', 394, 104), tag('CCC', 'right', 394, 96)],
      size,
      400,
      300,
    );
    expect(placed).toHaveLength(3);
    for (const a of placed)
      for (const b of placed)
        if (a !== b)
          expect(hit(a, { left: b.x, top: b.y, right: b.x + b.w, bottom: b.y + b.h })).toBe(false);
  });

  it.each([
    [0, 300],
    [400, Number.NaN],
  ])('places nothing in a frame of %s × %s', (w, h) => {
    expect(placeEdgeTags([tag('AAA', 'left', 6, 100)], size, w, h)).toEqual([]);
  });

  it('leaves out a tag wider than the frame or of no size', () => {
    expect(placeEdgeTags([tag('AAA', 'left', 6, 10)], () => ({ w: 500, h: 20 }), 400, 300)).toEqual(
      [],
    );
    expect(placeEdgeTags([tag('AAA', 'left', 6, 10)], () => ({ w: NaN, h: 20 }), 400, 300)).toEqual(
      [],
    );
  });
});

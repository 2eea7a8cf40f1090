import { describe, expect, it } from 'vitest';
import {
  controlPoint,
  arcShape,
  fromWorld,
  nearestWorldCopy,
  toWorld,
  WORLD_SIZE,
} from './arc-geometry';

describe('toWorld', () => {
  it.each([
    [-180, 0, [0, WORLD_SIZE / 2]],
    [0, 0, [WORLD_SIZE / 2, WORLD_SIZE / 2]],
    [180, 0, [WORLD_SIZE, WORLD_SIZE / 2]],
  ])('(%s, %s)', (lng, lat, expected) => {
    const [x, y] = toWorld(lng, lat);
    expect(x).toBeCloseTo(expected[0]!, 6);
    expect(y).toBeCloseTo(expected[1]!, 6);
  });
  it('clamps the poles instead of returning Infinity', () => {
    expect(Number.isFinite(toWorld(0, 90)[1])).toBe(true);
    expect(toWorld(0, 90)[1]).toBeCloseTo(0, 3);
    expect(toWorld(0, -90)[1]).toBeCloseTo(WORLD_SIZE, 3);
  });
  it('puts the north above the south', () => {
    expect(toWorld(70, 50)[1]).toBeLessThan(toWorld(70, 40)[1]);
  });
});

describe('arcShape', () => {
  it('starts and ends at its points', () => {
    const { d } = arcShape([0, 0], [100, 0], 0.2);
    expect(d).toMatch(/^M0,0Q/);
    expect(d).toMatch(/100,0$/);
  });
  it('bends to the left of its direction, so opposite directions bend apart', () => {
    const ab = arcShape([0, 0], [100, 0], 0.2);
    const ba = arcShape([100, 0], [0, 0], 0.2);
    expect(ab.mid[1]).toBeLessThan(0); // left of eastward is north (up on screen)
    expect(ba.mid[1]).toBeGreaterThan(0);
    expect(ab.mid[1]).toBeCloseTo(-10, 6);
  });
  it('is straight with no bend', () => {
    expect(arcShape([0, 0], [10, 10], 0).mid).toEqual([5, 5]);
  });
  it.each([
    [[0, 0], [10, 0], 0],
    [[0, 0], [0, 10], 90],
    [[10, 0], [0, 0], 180],
  ] as const)('angle %j→%j is %s°', (from, to, angle) => {
    expect(arcShape([...from], [...to], 0.1).angle).toBeCloseTo(angle, 6);
  });
  it('survives coincident ends', () => {
    const s = arcShape([5, 5], [5, 5], 0.3);
    expect(s.mid).toEqual([5, 5]);
    expect(s.angle).toBe(0);
  });
});

describe('fromWorld', () => {
  it.each([
    [0, 0],
    [71.4, 51.2],
    [127, 37.5],
    [-179.5, -60],
    [30.5, 50.45],
  ])('inverts toWorld at (%s, %s)', (lng, lat) => {
    const [x, y] = fromWorld(...toWorld(lng, lat));
    expect(x).toBeCloseTo(lng, 9);
    expect(y).toBeCloseTo(lat, 9);
  });
  it('maps the world square to the Mercator limits', () => {
    expect(fromWorld(0, 0)[1]).toBeCloseTo(85.051129, 5);
    expect(fromWorld(WORLD_SIZE, WORLD_SIZE)).toEqual([180, expect.closeTo(-85.051129, 5)]);
  });
});

describe('controlPoint', () => {
  it.each([
    [[0, 0], [100, 0], 0.2, [50, -20]],
    [[100, 0], [0, 0], 0.2, [50, 20]],
    [[0, 0], [0, 100], 0.1, [10, 50]],
    [[5, 5], [5, 5], 0.3, [5, 5]],
    [[0, 0], [10, 10], 0, [5, 5]],
  ] as const)('%j→%j bent %s is at %j', (from, to, bend, expected) => {
    const [x, y] = controlPoint([...from], [...to], bend);
    expect(x).toBeCloseTo(expected[0], 9);
    expect(y).toBeCloseTo(expected[1], 9);
  });
});

describe('nearestWorldCopy', () => {
  // Anchors of arcs in east Asia and Central Asia (world x at zoom 0).
  const asia = [toWorld(139.7, 35.7)[0], toWorld(126.9, 37.5)[0], toWorld(71.4, 51.1)[0]];
  const x = (lng: number) => toWorld(lng, 0)[0];
  /** A view `span` degrees wide centred on `lng` (unwrapped). */
  const view = (lng: number, span: number): [number, number] => [
    x(lng - span / 2),
    x(lng + span / 2),
  ];
  const cases: { name: string; view: [number, number]; xs: number[]; expected: number }[] = [
    { name: 'centred on Asia', view: view(110, 120), xs: asia, expected: 0 },
    { name: 'centred on 180°, Asia to the west', view: view(180, 110), xs: asia, expected: 0 },
    // −170° is the copy to the west's 190°: Asia lies in the copy to the west of MapLibre's first.
    { name: 'centred on −170°', view: view(-170, 110), xs: asia, expected: -1 },
    { name: 'centred on 190° (unwrapped)', view: view(190, 110), xs: asia, expected: 0 },
    { name: 'centred on 470° (one world east)', view: view(470, 110), xs: asia, expected: 1 },
    { name: 'centred on −250°', view: view(-250, 110), xs: asia, expected: -1 },
    {
      name: 'nothing in view: the copy under the middle',
      view: view(-60, 40),
      xs: asia,
      expected: 0,
    },
    { name: 'no anchors: the copy under the middle', view: view(-200, 40), xs: [], expected: -1 },
    { name: 'NaN edges', view: [NaN, 10], xs: asia, expected: 0 },
    { name: 'Infinite edges', view: [-Infinity, Infinity], xs: asia, expected: 0 },
    { name: 'reversed edges', view: [300, 100], xs: asia, expected: 0 },
    {
      name: 'a view many worlds wide',
      view: [-WORLD_SIZE * 100, WORLD_SIZE * 100],
      xs: asia,
      expected: 0,
    },
  ];
  it.each(cases)('$name → $expected', ({ view: [west, east], xs, expected }) => {
    expect(nearestWorldCopy(west, east, xs)).toBe(expected);
  });

  it('puts every anchor in view when the view is wide enough for them', () => {
    for (const lng of [-179, -170, -90, 0, 90, 170, 180, 200]) {
      const [west, east] = view(lng, 200);
      const n = nearestWorldCopy(west, east, asia);
      const inView = asia.filter((a) => a + n * WORLD_SIZE >= west && a + n * WORLD_SIZE <= east);
      // 200° around any centre within 100° of Asia's anchors holds them all in the chosen copy.
      if (Math.abs(((lng - 110 + 540) % 360) - 180) <= 60) expect(inView).toHaveLength(3);
    }
  });
});

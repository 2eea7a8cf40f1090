import { describe, expect, it } from 'vitest';
import { controlPoint, arcShape, fromWorld, toWorld, WORLD_SIZE } from './arc-geometry';

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

import { describe, expect, it } from 'vitest';
import { arcShape, cameraTransform, toWorld, WORLD_SIZE } from './arc-geometry';

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

describe('cameraTransform', () => {
  it('scales by 2^zoom', () => {
    expect(cameraTransform([10, 20], 3)).toEqual({ k: 8, tx: 10, ty: 20 });
  });
});

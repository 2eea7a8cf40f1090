import { describe, expect, it } from 'vitest';
import { toWorld } from '../../lib/arc-geometry';
import {
  cameraOfView,
  viewOfCamera,
  cameraSource,
  centerOf,
  clampView,
  fitView,
  MAX_ZOOM,
  MIN_ZOOM,
  interpolateView,
  panBy,
  resizeView,
  viewBounds,
  zoomAround,
  type Bounds,
} from './view';
import type { ScreenTransform } from '../camera';

const size = { width: 800, height: 600 };
const screen = (v: ScreenTransform, lng: number, lat: number) => {
  const [x, y] = toWorld(lng, lat);
  return [x * v.k + v.tx, y * v.k + v.ty];
};

describe('fitView', () => {
  const cases: { name: string; bounds: Bounds; padding: number }[] = [
    { name: 'Central Asia', bounds: [46, 35, 88, 56], padding: 24 },
    { name: 'Korean Peninsula', bounds: [123, 33, 132, 43.5], padding: 24 },
    { name: 'Eastern Europe, no padding', bounds: [20, 43, 42, 53], padding: 0 },
  ];
  it.each(cases)('$name fits inside the padding and touches it on one axis', (c) => {
    const v = fitView(c.bounds, size, c.padding);
    const [x0, y0] = screen(v, c.bounds[0], c.bounds[3]);
    const [x1, y1] = screen(v, c.bounds[2], c.bounds[1]);
    for (const x of [x0!, x1!]) expect(x).toBeGreaterThanOrEqual(c.padding - 1e-6);
    for (const x of [x0!, x1!]) expect(x).toBeLessThanOrEqual(size.width - c.padding + 1e-6);
    for (const y of [y0!, y1!]) expect(y).toBeGreaterThanOrEqual(c.padding - 1e-6);
    for (const y of [y0!, y1!]) expect(y).toBeLessThanOrEqual(size.height - c.padding + 1e-6);
    const touches = Math.abs(x0! - c.padding) < 1e-6 || Math.abs(y0! - c.padding) < 1e-6;
    expect(touches).toBe(true);
  });

  it.each([
    { name: 'caption on top', padding: { top: 280, right: 48, bottom: 48, left: 48 } },
    { name: 'panel on the left', padding: { top: 0, right: 0, bottom: 0, left: 300 } },
    { name: 'bad sides count as 0', padding: { top: NaN, right: -5, bottom: 0, left: 0 } },
  ])('honours a padding per side: $name', ({ padding }) => {
    const bounds: Bounds = [46, 35, 88, 56];
    const v = fitView(bounds, size, padding);
    const pad = {
      top: padding.top > 0 ? padding.top : 0,
      right: padding.right > 0 ? padding.right : 0,
      bottom: padding.bottom,
      left: padding.left,
    };
    const [x0, y0] = screen(v, bounds[0], bounds[3]);
    const [x1, y1] = screen(v, bounds[2], bounds[1]);
    expect(x0!).toBeGreaterThanOrEqual(pad.left - 1e-6);
    expect(x1!).toBeLessThanOrEqual(size.width - pad.right + 1e-6);
    expect(y0!).toBeGreaterThanOrEqual(pad.top - 1e-6);
    expect(y1!).toBeLessThanOrEqual(size.height - pad.bottom + 1e-6);
    // Centred in the box the padding leaves.
    expect((x0! + x1!) / 2).toBeCloseTo(pad.left + (size.width - pad.left - pad.right) / 2, 6);
    expect((y0! + y1!) / 2).toBeCloseTo(pad.top + (size.height - pad.top - pad.bottom) / 2, 6);
  });

  it('clamps the zoom to the range of the map (COUNTRY_LOOK.zoomRange)', () => {
    expect(fitView([-180, -85, 180, 85], { width: 64, height: 64 }).k).toBe(2 ** MIN_ZOOM);
    expect(fitView([10, 10, 10.0001, 10.0001], size).k).toBe(512);
  });

  it('crosses the antimeridian when east < west', () => {
    const v = fitView([170, 50, -170, 70], size);
    const [cx] = centerOf(v, size);
    expect(cx).toBeCloseTo(toWorld(180, 0)[0], 6);
  });
});

describe('zoomAround', () => {
  it('keeps the point under the pointer in place', () => {
    const v = fitView([46, 35, 88, 56], size);
    const at: [number, number] = [300, 200];
    const z = zoomAround(v, 2, at, size);
    expect(z.k).toBeCloseTo(v.k * 2);
    const world = [(at[0] - v.tx) / v.k, (at[1] - v.ty) / v.k];
    expect(world[0]! * z.k + z.tx).toBeCloseTo(at[0]);
    expect(world[1]! * z.k + z.ty).toBeCloseTo(at[1]);
  });

  it.each([
    [0.001, 2 ** MIN_ZOOM],
    [1000, 2 ** MAX_ZOOM],
  ])('clamps factor %d to k %d', (factor, k) => {
    expect(zoomAround({ k: 8, tx: 0, ty: 0 }, factor, [0, 0], size).k).toBe(k);
  });
});

describe('panBy and clampView', () => {
  it('moves the map with the pointer', () => {
    const v = fitView([46, 35, 88, 56], size);
    expect(panBy(v, 30, -20, size)).toEqual({ k: v.k, tx: v.tx + 30, ty: v.ty - 20 });
  });

  it.each([
    ['far west', 1e6, 0, [0, null]],
    ['far east', -1e6, 0, [512, null]],
    ['far north', 0, 1e6, [null, 0]],
    ['far south', 0, -1e6, [null, 512]],
  ] as const)('stops %s with the world still in the middle', (_, dx, dy, expected) => {
    const v = panBy(fitView([46, 35, 88, 56], size), dx, dy, size);
    const c = centerOf(v, size);
    if (expected[0] !== null) expect(c[0]).toBeCloseTo(expected[0]);
    if (expected[1] !== null) expect(c[1]).toBeCloseTo(expected[1]);
  });

  it('leaves a valid view alone', () => {
    const v = fitView([46, 35, 88, 56], size);
    expect(clampView(v, size)).toEqual(v);
  });
});

describe('resizeView', () => {
  it('keeps the centre when the box changes size', () => {
    const v = fitView([46, 35, 88, 56], size);
    const bigger = { width: 1000, height: 700 };
    const r = resizeView(v, size, bigger);
    expect(centerOf(r, bigger)[0]).toBeCloseTo(centerOf(v, size)[0]);
    expect(centerOf(r, bigger)[1]).toBeCloseTo(centerOf(v, size)[1]);
    expect(r.k).toBe(v.k);
  });
});

describe('interpolateView', () => {
  const a = fitView([20, 43, 42, 53], size);
  const b = fitView([123, 33, 132, 43.5], size);
  it.each([0, 1])('is an end at t = %d', (t) => {
    const v = interpolateView(a, b, size, t);
    const end = t ? b : a;
    expect(v.k).toBeCloseTo(end.k);
    expect(v.tx).toBeCloseTo(end.tx);
    expect(v.ty).toBeCloseTo(end.ty);
  });
  it('zooms evenly in log scale', () => {
    expect(interpolateView(a, b, size, 0.5).k).toBeCloseTo(Math.sqrt(a.k * b.k));
  });
});

describe('viewBounds', () => {
  it('inverts fitView on the axis that fills the box', () => {
    const bounds: Bounds = [46, 35, 88, 56];
    const [w, s, e, n] = viewBounds(fitView(bounds, size, 0), size);
    expect(w).toBeCloseTo(46);
    expect(e).toBeCloseTo(88);
    expect(s).toBeLessThanOrEqual(35);
    expect(n).toBeGreaterThanOrEqual(56);
  });
});

describe('cameraSource', () => {
  it('tells a subscriber now and on every set, until it unsubscribes', () => {
    const seen: ScreenTransform[] = [];
    const a = { k: 1, tx: 0, ty: 0 };
    const b = { k: 2, tx: 5, ty: 6 };
    const source = cameraSource(a);
    const off = source.camera.subscribe((t) => seen.push(t));
    source.set(b);
    off();
    source.set(a);
    expect(seen).toEqual([a, b]);
  });
});

describe('viewOfCamera / cameraOfView', () => {
  const size = { width: 800, height: 600 };
  it.each([
    [{ zoom: 4, lat: 45, lng: 80 }],
    [{ zoom: 2.5, lat: -30, lng: -60 }],
    [{ zoom: 9, lat: 37.5, lng: 127 }],
  ])('round-trips %j', (camera) => {
    const back = cameraOfView(viewOfCamera(camera, size), size);
    expect(back.zoom).toBeCloseTo(camera.zoom, 9);
    expect(back.lat).toBeCloseTo(camera.lat, 6);
    expect(back.lng).toBeCloseTo(camera.lng, 6);
  });
  it('puts the camera centre in the middle of the screen', () => {
    const view = viewOfCamera({ zoom: 3, lat: 45, lng: 80 }, size);
    const [x, y] = toWorld(80, 45);
    expect(x * view.k + view.tx).toBeCloseTo(400, 6);
    expect(y * view.k + view.ty).toBeCloseTo(300, 6);
  });
  it('clamps a zoom beyond the map to its limits', () => {
    expect(viewOfCamera({ zoom: 20, lat: 0, lng: 0 }, size).k).toBe(2 ** 9);
    expect(viewOfCamera({ zoom: -3, lat: 0, lng: 0 }, size).k).toBe(2 ** MIN_ZOOM);
  });
});

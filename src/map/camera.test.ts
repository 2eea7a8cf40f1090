import { describe, expect, it } from 'vitest';
import { followCamera, followWithLayer, mapLibreTransform, type ScreenTransform } from './camera';
import { toWorld } from '../lib/arc-geometry';

/** A stand-in for MapLibre's Web Mercator camera centred on (lng, lat) in a w×h viewport. */
function fakeMap(zoom: number, center: [number, number], w = 800, h = 600) {
  const [cx, cy] = toWorld(...center);
  const k = 2 ** zoom;
  return {
    getZoom: () => zoom,
    project: ([lng, lat]: [number, number]) => {
      const [x, y] = toWorld(lng, lat);
      return { x: w / 2 + (x - cx) * k, y: h / 2 + (y - cy) * k };
    },
  };
}

describe('mapLibreTransform', () => {
  it.each([
    [0, [0, 0]],
    [3, [80, 45]],
    [5.5, [127, 38]],
  ] as const)('maps world pixels like project() at zoom %s centred on %j', (zoom, center) => {
    const map = fakeMap(zoom, [...center]);
    const t = mapLibreTransform(map as never);
    for (const [lng, lat] of [
      [71.4, 51.1],
      [126.9, 37.5],
      [30.5, 50.4],
    ] as const) {
      const [x, y] = toWorld(lng, lat);
      const expected = map.project([lng, lat]);
      expect(x * t.k + t.tx).toBeCloseTo(expected.x, 6);
      expect(y * t.k + t.ty).toBeCloseTo(expected.y, 6);
    }
  });
});

describe('followCamera', () => {
  const base = { k: 8, tx: 100, ty: 50 };
  it.each([
    ['no exact transform yet', null, { k: 8, tx: 0, ty: 0, moving: true }, true],
    ['the camera rests', base, { k: 8, tx: 10, ty: 0, moving: false }, true],
    ['moving, zoom drifted in', base, { k: 12, tx: 0, ty: 0, moving: true }, true],
    ['moving, zoom drifted out', base, { k: 5, tx: 0, ty: 0, moving: true }, true],
    ['moving, bad zoom', base, { k: Number.NaN, tx: 0, ty: 0, moving: true }, true],
    ['moving, small pan', base, { k: 8, tx: 130, ty: 40, moving: true }, false],
  ])('%s → exact %s', (_name, b, t, exact) => {
    expect(followCamera(b, t).exact).toBe(exact);
  });

  it('puts every world point where the exact transform would', () => {
    const t = { k: 10, tx: 140, ty: 20, moving: true };
    const step = followCamera(base, t);
    if (step.exact) throw new Error('expected a CSS step');
    const [, dx, dy, r] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/
      .exec(step.css)!
      .map(Number) as [number, number, number, number];
    for (const [wx, wy] of [
      [0, 0],
      [300, 120],
      [512, 512],
    ]) {
      const atBase = [wx! * base.k + base.tx, wy! * base.k + base.ty];
      expect(atBase[0]! * r + dx).toBeCloseTo(wx! * t.k + t.tx, 6);
      expect(atBase[1]! * r + dy).toBeCloseTo(wy! * t.k + t.ty, 6);
    }
  });
});

describe('followWithLayer', () => {
  function fakeCamera() {
    let listener: ((t: ScreenTransform) => void) | null = null;
    return {
      camera: {
        subscribe(update: (t: ScreenTransform) => void) {
          listener = update;
          return () => (listener = null);
        },
      },
      emit: (t: ScreenTransform) => listener?.(t),
      get subscribed() {
        return listener !== null;
      },
    };
  }
  const layer = () => ({ style: { transform: 'stale' } }) as unknown as HTMLElement;

  it('redraws at rest, moves by CSS while moving, redraws once the zoom drifts', () => {
    const cam = fakeCamera();
    const el = layer();
    const exact: number[] = [];
    const stop = followWithLayer(cam.camera, el, (t) => exact.push(t.k));
    cam.emit({ k: 4, tx: 0, ty: 0, moving: false });
    expect(exact).toEqual([4]);
    expect(el.style.transform).toBe('');
    cam.emit({ k: 4, tx: 10, ty: 0, moving: true });
    expect(exact).toEqual([4]);
    expect(el.style.transform).toBe('translate(10px, 0px) scale(1)');
    cam.emit({ k: 8, tx: 0, ty: 0, moving: true });
    expect(exact).toEqual([4, 8]);
    expect(el.style.transform).toBe('');
    stop();
    expect(cam.subscribed).toBe(false);
  });
});

describe('mapLibreTransform on the world copy in view', () => {
  // Anchors in east Asia: Tokyo and Seoul.
  const anchors = [toWorld(139.7, 35.7)[0], toWorld(126.9, 37.5)[0]];
  it.each([
    { center: [110, 40], copy: 0, tokyoInView: true },
    { center: [180, 45], copy: 0, tokyoInView: true },
    { center: [-170, 45], copy: -1, tokyoInView: true },
    { center: [-100, 45], copy: 0, tokyoInView: false },
  ] as const)(
    'centred on $center at zoom 3: the arcs go on copy $copy',
    ({ center, copy, tokyoInView }) => {
      const w = 1280;
      const map = fakeMap(3, [...center], w, 800);
      const t = mapLibreTransform(map as never, w, anchors);
      const flat = mapLibreTransform(map as never);
      expect(t.k).toBe(flat.k);
      expect(t.ty).toBe(flat.ty);
      expect(t.tx - flat.tx).toBeCloseTo(copy * 512 * t.k, 6);
      if (tokyoInView) {
        const x = anchors[0]! * t.k + t.tx;
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(w);
      }
    },
  );
});

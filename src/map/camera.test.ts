import { describe, expect, it } from 'vitest';
import { mapLibreTransform } from './camera';
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

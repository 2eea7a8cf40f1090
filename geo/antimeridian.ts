// Antimeridian handling.
//
// The source (world-atlas lineage) stores spherical rings: a ring may step from lon +179.9 to
// -179.9 (Chukotka, Wrangel Island, one Fiji islet). Drawn in a planar renderer such as MapLibre,
// that edge becomes a streak across the whole map. We "unwrap" such rings so that consecutive
// longitudes never differ by more than 180° — the ring simply continues past 180 (lon up to ~191
// for Chukotka), which MapLibre renders correctly. Then every polygon of a country is shifted by
// a multiple of 360° so it sits next to the country's largest polygon (the Chukotka pieces east of
// 180 join mainland Russia, the Aleutians west of 180 join the USA…), which also gives a sensible
// bbox. Rings that wrap around a pole (Antarctica) cannot be fixed this way: see ringWrapsPole.

import { largestPolygonIndex, type PolygonCoords, type Ring } from './geometry.ts';

/** Largest absolute longitude difference between consecutive points (0 for < 2 points). */
export function maxLonJump(ring: Ring): number {
  let max = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1]?.[0];
    const b = ring[i]?.[0];
    if (a === undefined || b === undefined) continue;
    max = Math.max(max, Math.abs(b - a));
  }
  return max;
}

/**
 * Returns a copy of the ring where each longitude is moved by a multiple of 360 so that it is
 * within 180° of the previous one. The first point is kept as is. Extra coordinate members
 * (elevation…) are dropped. An empty ring gives an empty ring.
 */
export function unwrapRing(ring: Ring): Ring {
  const out: Ring = [];
  let prev: number | undefined;
  for (const p of ring) {
    const [lon, lat] = p;
    if (lon === undefined || lat === undefined) continue;
    let x = lon;
    if (prev !== undefined) {
      x -= 360 * Math.round((x - prev) / 360);
    }
    out.push([x, lat]);
    prev = x;
  }
  return out;
}

/**
 * True when the ring, once unwrapped, does not close: it goes around a pole (net crossing of the
 * antimeridian), like Antarctica's outline. Such a ring cannot be made planar by unwrapping.
 */
export function ringWrapsPole(ring: Ring): boolean {
  if (ring.length < 2) return false;
  const u = unwrapRing(ring);
  const first = u[0]?.[0] ?? 0;
  const last = u[u.length - 1]?.[0] ?? 0;
  // A closed ring (last == first) that wraps ends 360° away from where it started.
  return Math.abs(last - first) > 180;
}

/** Mean longitude of a ring's points (0 for an empty ring). */
function meanLon(ring: Ring | undefined): number {
  if (!ring || ring.length === 0) return 0;
  let s = 0;
  for (const p of ring) s += p[0] ?? 0;
  return s / ring.length;
}

function shiftRing(ring: Ring, dx: number): Ring {
  return dx === 0 ? ring : ring.map(([x = 0, y = 0]) => [x + dx, y]);
}

/** Round to 1e-7° so that shared borders stay bit-identical after ±360 shifts (needed for topology). */
export function roundCoord(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}

/**
 * Makes a country's polygons drawable in a planar lon/lat renderer:
 *  1. every ring is unwrapped (no consecutive jump > 180°);
 *  2. holes are shifted next to their exterior ring;
 *  3. the largest polygon is shifted so its mean longitude is in [-180, 180], and every other
 *     polygon by the multiple of 360 that brings it closest to the largest one;
 *  4. coordinates are rounded with roundCoord.
 * Empty rings and polygons are dropped. Throws if a ring wraps around a pole.
 */
export function normalizeCountryPolygons(polygons: readonly PolygonCoords[]): PolygonCoords[] {
  const unwrapped: PolygonCoords[] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    if (!outer) continue;
    if (ringWrapsPole(outer)) throw new Error('ring wraps around a pole; cannot unwrap');
    const ext = unwrapRing(outer);
    if (ext.length === 0) continue;
    const cx = meanLon(ext);
    const rings: PolygonCoords = [ext];
    for (const hole of holes) {
      if (ringWrapsPole(hole)) throw new Error('ring wraps around a pole; cannot unwrap');
      const h = unwrapRing(hole);
      if (h.length === 0) continue;
      rings.push(shiftRing(h, -360 * Math.round((meanLon(h) - cx) / 360)));
    }
    unwrapped.push(rings);
  }
  const anchorIndex = largestPolygonIndex(unwrapped);
  const anchor = unwrapped[anchorIndex];
  if (!anchor) return [];
  const anchorLon = meanLon(anchor[0]);
  const anchorShift = -360 * Math.round(anchorLon / 360);
  const target = anchorLon + anchorShift;
  return unwrapped.map((polygon) => {
    const dx = -360 * Math.round((meanLon(polygon[0]) - target) / 360);
    return polygon.map((ring) =>
      shiftRing(ring, dx).map(([x = 0, y = 0]) => [roundCoord(x), roundCoord(y)]),
    );
  });
}

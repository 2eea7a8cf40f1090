// Small planar / spherical helpers on plain GeoJSON-style coordinate arrays (lon, lat in degrees).
// Longitudes may lie outside [-180, 180] (see antimeridian.ts); nothing here assumes they do not.

/** A position: [lon, lat] (extra members are ignored). */
export type Position = number[];
/** A closed or open ring of positions. */
export type Ring = Position[];
/** A polygon: exterior ring first, then holes. */
export type PolygonCoords = Ring[];
/** [west, south, east, north]. */
export type BBox = [number, number, number, number];

const EARTH_RADIUS_KM = 6378.137;
const RAD = Math.PI / 180;

/**
 * Unsigned area of a ring in km² (spherical-excess approximation used by Mapbox geojson-area).
 * Winding-agnostic, so it works whatever orientation convention the source used.
 * Rings with fewer than 3 points have area 0.
 */
export function ringArea(ring: Ring): number {
  const n = ring.length;
  if (n < 3) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % n];
    if (!a || !b) continue;
    const [lonA = 0, latA = 0] = a;
    const [lonB = 0, latB = 0] = b;
    sum += (lonB - lonA) * RAD * (2 + Math.sin(latA * RAD) + Math.sin(latB * RAD));
  }
  return Math.abs((sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2);
}

/** Area of a polygon in km²: exterior minus holes, never negative. Empty polygon → 0. */
export function polygonArea(polygon: PolygonCoords): number {
  const [outer, ...holes] = polygon;
  if (!outer) return 0;
  const a = holes.reduce((acc, h) => acc - ringArea(h), ringArea(outer));
  return Math.max(0, a);
}

/** Index of the polygon with the largest area, or -1 for an empty list. Ties keep the first. */
export function largestPolygonIndex(polygons: readonly PolygonCoords[]): number {
  let best = -1;
  let bestArea = -Infinity;
  polygons.forEach((p, i) => {
    const a = polygonArea(p);
    if (a > bestArea) {
      bestArea = a;
      best = i;
    }
  });
  return best;
}

/** Bounding box of all exterior rings ([w, s, e, n]), or null if there is no point. */
export function bboxOf(polygons: readonly PolygonCoords[]): BBox | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const polygon of polygons) {
    for (const p of polygon[0] ?? []) {
      const [x, y] = p;
      if (x === undefined || y === undefined) continue;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return w <= e ? [w, s, e, n] : null;
}

/** Even-odd planar point-in-polygon test (holes honoured). Points on an edge count as inside or outside arbitrarily. */
export function pointInPolygonPlanar(point: readonly number[], polygon: PolygonCoords): boolean {
  const [x = NaN, y = NaN] = point;
  let inside = false;
  for (const ring of polygon) {
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const pi = ring[i];
      const pj = ring[j];
      if (!pi || !pj) continue;
      const [xi = 0, yi = 0] = pi;
      const [xj = 0, yj = 0] = pj;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

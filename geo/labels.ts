// Label anchor of a country: the pole of inaccessibility (polylabel) of its largest polygon.
// Computed in Web Mercator space (what MapLibre draws), so the label sits visually centred; the
// result always lies inside the polygon (checked, with a scanline fallback for slivers).

import polylabel from 'polylabel';
import {
  largestPolygonIndex,
  pointInPolygonPlanar,
  type PolygonCoords,
  type Ring,
} from './geometry.ts';

const RAD = Math.PI / 180;
const MAX_LAT = 85;

/** Latitude (deg) → Mercator y expressed in "degrees" (y = lat near the equator). */
export function mercatorY(lat: number): number {
  const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * RAD;
  return Math.log(Math.tan(Math.PI / 4 + phi / 2)) / RAD;
}

/** Inverse of mercatorY. */
export function inverseMercatorY(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}

function toMercator(polygon: PolygonCoords): PolygonCoords {
  return polygon.map((ring) => ring.map(([x = 0, y = 0]) => [x, mercatorY(y)]));
}

/** Signed planar area (shoelace) of a ring. */
function shoelace(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

/**
 * Midpoint of the widest interior segment of the horizontal line through the middle of the
 * exterior ring's latitude range: a point inside any polygon with non-zero area. Null if none.
 */
export function scanlinePoint(polygon: PolygonCoords): [number, number] | null {
  const outer: Ring | undefined = polygon[0];
  if (!outer || outer.length < 3) return null;
  let s = Infinity;
  let n = -Infinity;
  for (const [, y = 0] of outer) {
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  // Try a few latitudes: the middle first, then around it (avoids hitting a vertex exactly).
  for (const t of [0.5, 0.4999, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
    const y = s + (n - s) * t;
    const xs: number[] = [];
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi = 0, yi = 0] = ring[i] ?? [];
        const [xj = 0, yj = 0] = ring[j] ?? [];
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    xs.sort((a, b) => a - b);
    let best: [number, number] | null = null;
    let bestWidth = 0;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const a = xs[i] ?? 0;
      const b = xs[i + 1] ?? 0;
      if (b - a > bestWidth) {
        bestWidth = b - a;
        best = [(a + b) / 2, y];
      }
    }
    if (best) return best;
  }
  return null;
}

/**
 * Pole of inaccessibility of one polygon, [lon, lat], or null for a polygon without area
 * (empty, single point, collinear…).
 */
export function polygonLabelPoint(polygon: PolygonCoords): [number, number] | null {
  const outer = polygon[0];
  if (!outer || outer.length < 3) return null;
  const merc = toMercator(polygon);
  let w = Infinity;
  let e = -Infinity;
  let s = Infinity;
  let n = -Infinity;
  for (const [x = 0, y = 0] of merc[0] ?? []) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  const size = Math.min(e - w, n - s);
  if (!(size > 0)) return null;
  // No area (collinear, back-and-forth): nothing can lie inside.
  if (Math.abs(shoelace(outer)) <= 1e-12 * (e - w) * (n - s)) return null;
  const p = polylabel(merc, size / 200);
  const candidate: [number, number] = [p[0] ?? NaN, inverseMercatorY(p[1] ?? NaN)];
  if (p.distance > 0 && pointInPolygonPlanar(candidate, polygon)) return candidate;
  return scanlinePoint(polygon);
}

/** Mean of a ring's vertices (closing vertex included), or null for an empty ring. */
export function ringMean(ring: Ring): [number, number] | null {
  if (ring.length === 0) return null;
  let x = 0;
  let y = 0;
  for (const [px = 0, py = 0] of ring) {
    x += px;
    y += py;
  }
  return [x / ring.length, y / ring.length];
}

/**
 * Label point of a country: polylabel of its LARGEST polygon (by area). Exactly one point per
 * country, never a centroid of the country. A country without area (the source stores Vatican
 * and the Cocos Islands as single-point polygons) gets the mean of its largest polygon's
 * vertices, i.e. that point. Null only when there is no vertex at all.
 */
export function countryLabelPoint(polygons: readonly PolygonCoords[]): [number, number] | null {
  const i = largestPolygonIndex(polygons);
  const largest = polygons[i];
  if (!largest) return null;
  return polygonLabelPoint(largest) ?? ringMean(largest[0] ?? []);
}

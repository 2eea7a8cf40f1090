/**
 * Arc shapes, computed once in Web Mercator "world" pixels at zoom 0 (a 512 px square). The
 * overlay shows them through one SVG transform that follows the camera, so panning and zooming
 * never recompute a path. Arcs are quadratic Bézier curves bent to one side of their direction:
 * two arcs between the same countries in opposite directions bend apart instead of overlapping.
 */
import { path } from 'd3-path';

export const WORLD_SIZE = 512;
const MAX_LAT = 85.051129;

export type Point = [number, number];

export function toWorld(lng: number, lat: number): Point {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return [
    ((lng + 180) / 360) * WORLD_SIZE,
    (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * WORLD_SIZE,
  ];
}

/** The inverse of `toWorld`: world pixels at zoom 0 → [longitude, latitude]. */
export function fromWorld(x: number, y: number): Point {
  const lng = (x / WORLD_SIZE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD_SIZE))) * 180) / Math.PI;
  return [lng, lat];
}

export interface ArcShape {
  /** SVG path data in world pixels. */
  d: string;
  /** Point on the curve halfway along t (where the tooltip and arrowhead sit). */
  mid: Point;
  /** Direction of travel at `mid`, in degrees (0 = east, 90 = south: screen axes). */
  angle: number;
}

/** The Bézier control point: `bend` × the chord's length from its middle, to the left. */
export function controlPoint(from: Point, to: Point, bend: number): Point {
  const [x0, y0] = from;
  const [x1, y1] = to;
  return [(x0 + x1) / 2 + (y1 - y0) * bend, (y0 + y1) / 2 - (x1 - x0) * bend];
}

/**
 * `bend` is the control point's distance from the chord's middle, as a share of the chord's
 * length, to the left of the direction from→to. Coincident ends give a small loop-free dot.
 */
export function arcShape(from: Point, to: Point, bend: number): ArcShape {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const [cx, cy] = controlPoint(from, to, bend);
  const p = path();
  p.moveTo(x0, y0);
  p.quadraticCurveTo(cx, cy, x1, y1);
  const mid: Point = [0.25 * x0 + 0.5 * cx + 0.25 * x1, 0.25 * y0 + 0.5 * cy + 0.25 * y1];
  // Tangent of a quadratic Bézier at t = 0.5 is parallel to the chord.
  const angle = dx === 0 && dy === 0 ? 0 : (Math.atan2(dy, dx) * 180) / Math.PI;
  return { d: p.toString(), mid, angle };
}

/**
 * MapLibre repeats the world side by side; the arcs are drawn once, so they must go on the copy
 * the reader is looking at. Given the view's left and right edges in world pixels at zoom 0
 * (unwrapped: they may lie beyond 0…512) and the x of the arcs' anchor points (ends, middles),
 * returns the copy n (the arcs shifted by n × WORLD_SIZE) that puts the most anchors in view; ties
 * go to the copy whose middle is nearest the view's middle. Centred on 180° the Pacific's two
 * sides belong to two copies, and the one holding more of the arcs wins.
 */
export function nearestWorldCopy(west: number, east: number, xs: readonly number[]): number {
  if (!Number.isFinite(west) || !Number.isFinite(east) || east < west) return 0;
  const middle = (west + east) / 2;
  const home = Math.floor(middle / WORLD_SIZE);
  let best = home;
  let bestCount = -1;
  let bestDistance = Infinity;
  const first = Math.floor(west / WORLD_SIZE) - 1;
  const last = Math.floor(east / WORLD_SIZE) + 1;
  // A very wide view (zoomed far out) holds every copy: the one under the middle will do.
  if (last - first > 64) return home;
  for (let n = first; n <= last; n++) {
    const shift = n * WORLD_SIZE;
    let count = 0;
    for (const x of xs) if (x + shift >= west && x + shift <= east) count++;
    const distance = Math.abs(shift + WORLD_SIZE / 2 - middle);
    if (count > bestCount || (count === bestCount && distance < bestDistance)) {
      best = n;
      bestCount = count;
      bestDistance = distance;
    }
  }
  return best;
}

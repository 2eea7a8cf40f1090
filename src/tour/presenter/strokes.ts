/**
 * The pen's drawing as data: strokes of points in fractions of the drawing area (0..1), so a
 * window resized mid-step (a projector plugged in) keeps the marks on the same places. Pure;
 * the layer component turns pointer events into calls here and draws `strokePath`.
 */
export type Pt = readonly [number, number];

export interface Stroke {
  points: Pt[];
}

/** Points closer than this (in fractions of the larger side) are dropped: a still hand adds none. */
export const MIN_STEP = 0.002;
/** A runaway pointer (a stuck button) cannot grow a stroke without end. */
export const MAX_POINTS = 2000;

const finite = (p: Pt) => Number.isFinite(p[0]) && Number.isFinite(p[1]);
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** A pointer position in the area `box` as a fraction of it, clamped to its edges; null if unusable. */
export function toFraction(
  x: number,
  y: number,
  box: { left: number; top: number; width: number; height: number },
): Pt | null {
  if (!(box.width > 0 && box.height > 0) || !finite([x, y])) return null;
  return [clamp01((x - box.left) / box.width), clamp01((y - box.top) / box.height)];
}

/** A new stroke list with a stroke started at `p`. */
export function begin(strokes: readonly Stroke[], p: Pt | null): Stroke[] {
  return p && finite(p) ? [...strokes, { points: [p] }] : [...strokes];
}

/** The last stroke extended to `p` (unless too close to its last point, or full). */
export function extend(strokes: readonly Stroke[], p: Pt | null): Stroke[] {
  const last = strokes[strokes.length - 1];
  if (!last || !p || !finite(p) || last.points.length >= MAX_POINTS) return [...strokes];
  const prev = last.points[last.points.length - 1]!;
  if (Math.hypot(p[0] - prev[0], p[1] - prev[1]) < MIN_STEP) return [...strokes];
  return [...strokes.slice(0, -1), { points: [...last.points, p] }];
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * SVG path data for a stroke drawn in a `width`×`height` area: a dot for one point, straight
 * segments otherwise (points are dense enough that curves add nothing a class can see).
 */
export function strokePath(stroke: Stroke, width: number, height: number): string {
  const pts = stroke.points.filter(finite).map(([x, y]) => [r(x * width), r(y * height)] as const);
  const first = pts[0];
  if (!first) return '';
  if (pts.length === 1) return `M${first[0]} ${first[1]}h0`;
  return (
    `M${first[0]} ${first[1]}` +
    pts
      .slice(1)
      .map(([x, y]) => `L${x} ${y}`)
      .join('')
  );
}

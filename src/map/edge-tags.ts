/**
 * Where the small tags naming an arc's far country go on the frame's edge (see `edgeLabels`):
 * each keeps to its side and slides along it until it overlaps neither a tag already placed nor a
 * box that lies over the map (legend, caption, buttons: `data-covers-map`). A tag with no free
 * place on its side is left out rather than drawn under a box. Pure: sizes and boxes in, boxes out.
 */
import type { EdgeLabel } from './arc-drawing';

/** A rectangle in the map's pixels (0, 0 at its top left). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Obstacle {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type PlacedTag = EdgeLabel & Rect;

function overlaps(a: Rect, b: Obstacle, gap: number): boolean {
  return (
    a.x < b.right + gap &&
    b.left - gap < a.x + a.w &&
    a.y < b.bottom + gap &&
    b.top - gap < a.y + a.h
  );
}

const asObstacle = (r: Rect): Obstacle => ({
  left: r.x,
  top: r.y,
  right: r.x + r.w,
  bottom: r.y + r.h,
});

/**
 * Places the tags in order. A tag on the left or right edge moves up and down from where its arc
 * leaves the frame (nearest place first); one on the top or bottom edge moves sideways.
 */
export function placeEdgeTags(
  found: readonly EdgeLabel[],
  size: (e: EdgeLabel) => { w: number; h: number },
  width: number,
  height: number,
  obstacles: readonly Obstacle[] = [],
  { gap = 2, edge = 2, step = 8 }: { gap?: number; edge?: number; step?: number } = {},
): PlacedTag[] {
  const placed: PlacedTag[] = [];
  if (!(width > 0 && height > 0)) return placed;
  const blocks = obstacles.filter((o) => [o.left, o.top, o.right, o.bottom].every(Number.isFinite));
  for (const e of found) {
    const { w, h } = size(e);
    if (!(w > 0 && h > 0) || w > width - 2 * edge || h > height - 2 * edge) continue;
    const clampX = (x: number) => Math.max(edge, Math.min(x, width - w - edge));
    const clampY = (y: number) => Math.max(edge, Math.min(y, height - h - edge));
    const x0 = clampX(e.side === 'right' ? e.x - w : e.side === 'left' ? e.x : e.x - w / 2);
    const y0 = clampY(e.y - h / 2);
    const vertical = e.side === 'left' || e.side === 'right';
    const span = vertical ? height : width;
    const free = (r: Rect) =>
      !placed.some((p) => overlaps(r, asObstacle(p), gap)) &&
      !blocks.some((b) => overlaps(r, b, gap));
    let spot: Rect | null = null;
    for (let d = 0; d <= span && !spot; d += step) {
      for (const sign of d === 0 ? [1] : [1, -1]) {
        const r: Rect = vertical
          ? { x: x0, y: y0 + sign * d, w, h }
          : { x: x0 + sign * d, y: y0, w, h };
        const inFrame = vertical
          ? r.y >= edge && r.y + h <= height - edge
          : r.x >= edge && r.x + w <= width - edge;
        if (inFrame && free(r)) {
          spot = r;
          break;
        }
      }
    }
    if (spot) placed.push({ ...e, ...spot });
  }
  return placed;
}

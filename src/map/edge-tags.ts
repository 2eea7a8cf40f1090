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

type Side = EdgeLabel['side'];
const SIDE_ORDER: readonly Side[] = ['top', 'right', 'bottom', 'left'];
const vertical = (side: Side) => side === 'left' || side === 'right';

/**
 * Places the tags in order. A tag on the left or right edge moves up and down from where its arc
 * leaves the frame (nearest place first); one on the top or bottom edge moves sideways. A tag
 * with no free place on its own side (an arc that leaves the top behind a caption and a counter
 * that fill it) goes round the corner nearest to where it left, then the other: to the nearest
 * free place on those edges, and names the side it now stands on. Only a tag with no free place
 * anywhere on the frame is left out.
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
    const free = (r: Rect) =>
      !placed.some((p) => overlaps(r, asObstacle(p), gap)) &&
      !blocks.some((b) => overlaps(r, b, gap));
    const clampX = (x: number) => Math.max(edge, Math.min(x, width - w - edge));
    const clampY = (y: number) => Math.max(edge, Math.min(y, height - h - edge));
    /** The nearest free place along `side` from the tag at (x0, y0). */
    const search = (side: Side, x0: number, y0: number): Rect | null => {
      const span = vertical(side) ? height : width;
      for (let d = 0; d <= span; d += step) {
        for (const sign of d === 0 ? [1] : [1, -1]) {
          const r: Rect = vertical(side)
            ? { x: x0, y: y0 + sign * d, w, h }
            : { x: x0 + sign * d, y: y0, w, h };
          const inFrame = vertical(side)
            ? r.y >= edge && r.y + h <= height - edge
            : r.x >= edge && r.x + w <= width - edge;
          if (inFrame && free(r)) return r;
        }
      }
      return null;
    };
    // Its own side, from where the arc leaves (at the inset the arc's exit point was given); an
    // arc that goes under a caption is named just outside the caption's edge.
    const inset = e.under ? gap : 0;
    const own = search(
      e.side,
      clampX(e.side === 'left' ? e.x + inset : e.side === 'right' ? e.x - w - inset : e.x - w / 2),
      clampY(
        e.under && e.side === 'top'
          ? e.y + gap
          : e.under && e.side === 'bottom'
            ? e.y - h - gap
            : e.y - h / 2,
      ),
    );
    let spot: (Rect & { side: Side }) | null = own && { ...own, side: e.side };
    if (!spot) {
      // Round the corners: each other side, searched from its end at the corner it shares with
      // the tag's side (the opposite side from its nearer end), the nearest corner first.
      const i = SIDE_ORDER.indexOf(e.side);
      // Where a side's search starts: the exit point carried straight onto it (a neighbour's
      // end at the shared corner; the opposite side's point facing it).
      const xOn = (side: Side) => (side === 'left' ? 0 : side === 'right' ? width : null);
      const yOn = (side: Side) => (side === 'top' ? 0 : side === 'bottom' ? height : null);
      const start = (side: Side): [number, number] => [
        clampX(xOn(side) ?? xOn(e.side) ?? e.x - w / 2),
        clampY(yOn(side) ?? yOn(e.side) ?? e.y - h / 2),
      ];
      const neighbours = [SIDE_ORDER[(i + 1) % 4]!, SIDE_ORDER[(i + 3) % 4]!];
      const distance = (side: Side) => {
        const [x, y] = start(side);
        return Math.hypot(x + w / 2 - e.x, y + h / 2 - e.y);
      };
      neighbours.sort((a, b) => distance(a) - distance(b));
      for (const side of [...neighbours, SIDE_ORDER[(i + 2) % 4]!]) {
        const r = search(side, ...start(side));
        if (r) {
          spot = { ...r, side };
          break;
        }
      }
    }
    if (spot) placed.push({ ...e, ...spot });
  }
  return placed;
}

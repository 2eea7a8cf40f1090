/**
 * What every arc looks like, computed once for whichever layer draws it (MapLibre's line layer,
 * the SVG overlay, or both): its curve in world pixels, its width from the trade scale, its
 * colour. Pure: the layers only draw what this returns.
 */
import type { Country } from '../data/types';
import { arcShape, controlPoint, toWorld, type ArcShape, type Point } from '../lib/arc-geometry';
import type { ArcSpec } from '../lib/links';
import type { WidthScale } from '../lib/width-scale';
import type { ScreenTransform } from './camera';
import { arcDash, ARC_COLORS, HIT_WIDTH, KIND_WIDTH } from './arc-style';

export interface DrawnArc {
  arc: ArcSpec;
  /** Ends in world pixels (see arc-geometry). */
  from: Point;
  to: Point;
  shape: ArcShape;
  /** Stroke width in screen pixels. */
  width: number;
  color: string;
  /** SVG dasharray: the kind's pattern, or the severed dash ('' is solid). */
  dash: string;
  /** Its figure is under the width scale's floor: drawn at the minimum ("under $X"). */
  under: boolean;
  /** Its link comes (at least in part) from the teacher's own article: drawn with a dotted edge. */
  draft: boolean;
}

/** Arcs whose countries are unknown are left out (the data validator already refuses them). */
export function drawArcs(
  arcs: readonly ArcSpec[],
  countries: ReadonlyMap<string, Pick<Country, 'label'>>,
  scale: WidthScale,
  draftLinks: ReadonlySet<string> = new Set(),
): DrawnArc[] {
  return arcs.flatMap((arc) => {
    const a = countries.get(arc.from);
    const b = countries.get(arc.to);
    if (!a || !b) return [];
    const from = toWorld(...a.label);
    const to = toWorld(...b.label);
    const width = arc.figure ? scale(arc.figure.value) : KIND_WIDTH;
    return [
      {
        arc,
        from,
        to,
        shape: arcShape(from, to, arc.bend),
        width,
        color: ARC_COLORS[arc.style],
        dash: arcDash(arc.style, arc.severed),
        under: arc.figure !== null && scale.underFloor(arc.figure.value),
        draft: draftLinks.has(arc.link),
      },
    ];
  });
}

/** The world x of every arc's ends and middle: what decides the world copy they go on. */
export function arcAnchors(drawn: readonly Pick<DrawnArc, 'from' | 'to' | 'shape'>[]): number[] {
  return drawn.flatMap((d) => [d.from[0], d.to[0], d.shape.mid[0]]);
}

/** The pointer catches an arc within this width, however thin it is drawn. */
export function hitWidth(width: number): number {
  return Math.max(HIT_WIDTH, width + 6);
}

/** Arrowheads grow with the arc's width. */
export function arrowScale(width: number): number {
  return 1 + width / 6;
}

/** Under the pointer or focus, one arc is active and every arc not lit with it dims. */
export function isDim(
  d: Pick<DrawnArc, 'arc'>,
  active: string | null,
  selectedLink: string | null,
) {
  return active !== null && active !== d.arc.id && selectedLink !== d.arc.link;
}

export function isLit(
  d: Pick<DrawnArc, 'arc'>,
  active: string | null,
  selectedLink: string | null,
) {
  return active === d.arc.id || selectedLink === d.arc.link;
}

export const DIM_OPACITY = 0.22;

/**
 * The arrowhead around the arc's middle, pointing east before rotation, in pixels at scale 1
 * (the SVG overlay and the canvas draw the same triangle).
 */
export const HEAD: readonly Point[] = [
  [-7, -6],
  [6, 0],
  [-7, 6],
];

/** SVG path data of `HEAD`. */
export const HEAD_PATH = `M ${HEAD.map(([x, y]) => `${x} ${y}`).join(' L ')} Z`;

export interface ScreenArc {
  start: Point;
  control: Point;
  end: Point;
  /** The arrowhead's corners, for a directed arc. */
  head: Point[] | null;
}

/** Where an arc lies on screen under the camera `t`, ready to stroke as a quadratic curve. */
export function toScreen(d: DrawnArc, t: ScreenTransform): ScreenArc {
  const at = ([x, y]: Point): Point => [x * t.k + t.tx, y * t.k + t.ty];
  const [mx, my] = at(d.shape.mid);
  const s = arrowScale(d.width);
  const a = (d.shape.angle * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return {
    start: at(d.from),
    control: at(controlPoint(d.from, d.to, d.arc.bend)),
    end: at(d.to),
    head: d.arc.directed
      ? HEAD.map(([x, y]): Point => [mx + s * (x * cos - y * sin), my + s * (x * sin + y * cos)])
      : null,
  };
}

/**
 * Whether any of the arc can fall inside the box (a quadratic curve stays inside the triangle of
 * its three points, so their bounding box, grown by `pad` for the stroke, is enough).
 */
export function mayOverlap(
  arc: ScreenArc,
  box: { left: number; top: number; right: number; bottom: number },
  pad = 0,
): boolean {
  const xs = [arc.start[0], arc.control[0], arc.end[0]];
  const ys = [arc.start[1], arc.control[1], arc.end[1]];
  return (
    Math.max(...xs) + pad >= box.left &&
    Math.min(...xs) - pad <= box.right &&
    Math.max(...ys) + pad >= box.top &&
    Math.min(...ys) - pad <= box.bottom
  );
}

/** A country at the far end of an arc that leaves the frame, named where the arc leaves it. */
export interface EdgeLabel {
  iso3: string;
  /** Where the arc crosses the frame, pulled inside by the inset (screen pixels). */
  x: number;
  y: number;
  /** The frame edge it leaves by (or the direction it goes under a box that covers the map). */
  side: 'left' | 'right' | 'top' | 'bottom';
  /** The arc goes under a box over the map (a caption) there, not out of the frame. */
  under?: boolean;
}

/** A box over the map (caption, legend, buttons) in the map's pixels. */
export interface CoverBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function quadAt(s: ScreenArc, u: number): Point {
  const v = 1 - u;
  return [
    v * v * s.start[0] + 2 * v * u * s.control[0] + u * u * s.end[0],
    v * v * s.start[1] + 2 * v * u * s.control[1] + u * u * s.end[1],
  ];
}

/**
 * For every arc with one end inside the frame (`width` × `height` from 0, 0) and the other
 * outside it, the far country and where the arc first leaves the frame, walking from the end
 * inside. An arc with both ends in the frame but one of them under a box over the map (`covers`:
 * a tall caption on a phone) names that end where the arc goes under the box (`under`). One
 * label per country and side (the first found); arcs wholly inside (and visible) or wholly
 * outside the frame have none.
 */
export function edgeLabels(
  arcs: readonly { arc: Pick<ArcSpec, 'from' | 'to'>; screen: ScreenArc }[],
  width: number,
  height: number,
  inset = 6,
  steps = 64,
  covers: readonly CoverBox[] = [],
): EdgeLabel[] {
  const inFrame = ([x, y]: Point) => x >= 0 && x <= width && y >= 0 && y <= height;
  const coverAt = ([x, y]: Point) =>
    covers.find((c) => x > c.left && x < c.right && y > c.top && y < c.bottom);
  const out: EdgeLabel[] = [];
  const seen = new Set<string>();
  if (!(width > 0 && height > 0)) return out;
  const push = (label: EdgeLabel) => {
    const key = `${label.iso3}:${label.side}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(label);
  };
  for (const { arc, screen } of arcs) {
    const a = inFrame(screen.start);
    const b = inFrame(screen.end);
    if (a !== b) {
      // One end out of the frame: named where the arc leaves it (walking from the end inside).
      const far = a ? arc.to : arc.from;
      const at = (i: number) => quadAt(screen, a ? i / steps : 1 - i / steps);
      let last = at(0);
      for (let i = 1; i <= steps; i++) {
        const p = at(i);
        if (inFrame(p)) {
          last = p;
          continue;
        }
        const [x, y] = p;
        const side = x < 0 ? 'left' : x > width ? 'right' : y < 0 ? 'top' : 'bottom';
        push({
          iso3: far,
          x: Math.min(width - inset, Math.max(inset, last[0])),
          y: Math.min(height - inset, Math.max(inset, last[1])),
          side,
        });
        break;
      }
      continue;
    }
    if (!a) continue;
    // Both ends in the frame, one of them under a box (a caption over a phone's map): named
    // just outside the box, where the arc goes under it, pointing the way it goes.
    const boxA = coverAt(screen.start);
    const boxB = coverAt(screen.end);
    if (!boxA === !boxB) continue;
    const box = (boxA ?? boxB)!;
    const far = boxB ? arc.to : arc.from;
    const at = (i: number) => quadAt(screen, boxB ? i / steps : 1 - i / steps);
    let last = at(0);
    for (let i = 1; i <= steps; i++) {
      const p = at(i);
      if (coverAt(p) !== box) {
        last = p;
        continue;
      }
      const side =
        last[1] >= box.bottom
          ? 'top'
          : last[1] <= box.top
            ? 'bottom'
            : last[0] >= box.right
              ? 'left'
              : 'right';
      push({ iso3: far, x: last[0], y: last[1], side, under: true });
      break;
    }
  }
  return out;
}

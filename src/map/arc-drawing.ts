/**
 * What every arc looks like, computed once for whichever layer draws it (MapLibre's line layer,
 * the SVG overlay, or both): its curve in world pixels, its width from the trade scale, its
 * colour. Pure: the layers only draw what this returns.
 */
import type { Country } from '../data/types';
import { arcShape, toWorld, type ArcShape, type Point } from '../lib/arc-geometry';
import type { ArcSpec } from '../lib/links';
import type { WidthScale } from '../lib/width-scale';
import { ARC_COLORS, HIT_WIDTH, KIND_WIDTH } from './arc-style';

export interface DrawnArc {
  arc: ArcSpec;
  /** Ends in world pixels (see arc-geometry). */
  from: Point;
  to: Point;
  shape: ArcShape;
  /** Stroke width in screen pixels. */
  width: number;
  color: string;
}

/** Arcs whose countries are unknown are left out (the data validator already refuses them). */
export function drawArcs(
  arcs: readonly ArcSpec[],
  countries: ReadonlyMap<string, Pick<Country, 'label'>>,
  scale: WidthScale,
): DrawnArc[] {
  return arcs.flatMap((arc) => {
    const a = countries.get(arc.from);
    const b = countries.get(arc.to);
    if (!a || !b) return [];
    const from = toWorld(...a.label);
    const to = toWorld(...b.label);
    const width = arc.figure ? scale(arc.figure.value) : KIND_WIDTH;
    return [
      { arc, from, to, shape: arcShape(from, to, arc.bend), width, color: ARC_COLORS[arc.style] },
    ];
  });
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

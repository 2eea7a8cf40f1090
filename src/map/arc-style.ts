/**
 * Colours, line patterns and casing of the arcs. Every colour keeps at least 3 : 1 contrast
 * (WCAG) against the land and the sea of both map themes, so a thin arc survives a washed-out
 * projector (arc-style.test.ts checks it over the theme table). Dark colours are close to each
 * other in lightness, so kinds whose hues are close are also told apart by their pattern:
 * solid, dots or dash-dot. Hues follow the Okabe–Ito families (blue, vermilion, reddish purple,
 * orange, bluish green, sky blue), darkened. Severed relations are dashed whatever their kind.
 */
import type { ArcStyle } from '../lib/links';

export const ARC_COLORS: Record<ArcStyle, string> = {
  trade: '#00569A',
  conflict: '#B02A00',
  military: '#8E2A7E',
  sanctions: '#7A5200',
  diplomatic: '#006A45',
  cooperation: '#0A6A8A',
};

/** Dash pattern of each kind, as an SVG dasharray ('' is solid). Dots need round caps. */
export const ARC_PATTERNS: Record<ArcStyle, string> = {
  trade: '',
  conflict: '',
  military: '10 3 2 3',
  sanctions: '0 6',
  diplomatic: '10 3 2 3',
  cooperation: '0 6',
};

/** A light line under every arc, so it stands out over borders, labels' halos and other arcs. */
export const ARC_CASING = 'rgba(255, 255, 255, 0.85)';
/** The casing reaches this many pixels beyond the arc on each side. */
export const CASING_PAD = 1.5;

/** Width of arcs that no figure sizes. */
export const KIND_WIDTH = 3;
/** The pointer catches an arc within this many pixels, however thin it is drawn. */
export const HIT_WIDTH = 14;
export const SEVERED_DASH = '7 5';

/** The dasharray of an arc: severed wins over its kind's pattern ('' is solid). */
export function arcDash(style: ArcStyle, severed: boolean): string {
  return severed ? SEVERED_DASH : ARC_PATTERNS[style];
}

/** A dasharray as numbers, for the canvas's `setLineDash` (empty: solid). */
export function dashNumbers(dash: string): number[] {
  return dash
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
}

/** The dotted edge of an arc that comes from the teacher's own article ("Add an article"). */
export const DRAFT_COLOR = '#d0620f';
export const DRAFT_DASH = '3 3';
/** How far the draft edge reaches beyond the arc's casing, each side (px). */
export const DRAFT_PAD = 2.5;

/**
 * The SVG map's colours and sizes: the same table as the MapLibre style (`../country-look`), read
 * as plain functions of one country, since the SVG map has no expression engine.
 */
import { atZoom, COUNTRY_LOOK, labelStops, type Role } from '../country-look';
import type { Emphasis } from '../style';
import type { MapTheme } from '../theme';

export type { Role };

/** Drawing order: the documents' countries last, so their borders are not painted over. */
export const ROLE_ORDER: Record<Role, number> = COUNTRY_LOOK.drawOrder;

export function rolesOf(emphasis: Emphasis): (iso3: string) => Role {
  const parties = new Set(emphasis.parties);
  const mentioned = new Set(emphasis.mentioned);
  return (iso3) => (parties.has(iso3) ? 'party' : mentioned.has(iso3) ? 'mentioned' : 'other');
}

export interface Highlight {
  selected: string | null;
  hovered: string | null;
}

/** Selected beats hovered beats the role, as in `countryFill`. */
export function fillOf(iso3: string, role: Role, theme: MapTheme, highlight: Highlight): string {
  if (iso3 === highlight.selected) return theme[COUNTRY_LOOK.selectedFill];
  if (iso3 === highlight.hovered) return theme[COUNTRY_LOOK.hoverFill];
  return theme[COUNTRY_LOOK.fill[role]];
}

export function borderOf(role: Role, theme: MapTheme): { color: string; width: number } {
  const border = COUNTRY_LOOK.border[role];
  return { color: theme[border.color], width: border.width };
}

/** Label font size in screen pixels: linear between the zoom stops and flat outside, like `labelLayout`. */
export function labelSize(role: Role, zoom: number, scale = 1): number {
  return atZoom(labelStops(role, scale), zoom);
}

/** Whether a role is named at all at `zoom` (the others only once zoomed in, as MapLibre's minzoom). */
export function labelShown(role: Role, zoom: number): boolean {
  return role !== 'other' || zoom >= COUNTRY_LOOK.otherLabelMinZoom;
}

export function labelColor(role: Role, theme: MapTheme): string {
  return theme[COUNTRY_LOOK.labelColor[role]];
}

/** The anchor dot where arcs end (parties only): radius in screen pixels, as `anchorPaint`. */
export function anchorRadius(zoom: number): number {
  return atZoom(COUNTRY_LOOK.anchorRadius, zoom);
}

/**
 * The SVG map's colours and sizes, the same as the MapLibre style's expressions in `../style`
 * but as plain functions of one country: the SVG map has no expression engine.
 */
import type { Emphasis } from '../style';
import type { MapTheme } from '../theme';

export type Role = 'party' | 'mentioned' | 'other';

/** Drawing order: the documents' countries last, so their borders are not painted over. */
export const ROLE_ORDER: Record<Role, number> = { other: 0, mentioned: 1, party: 2 };

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
  if (iso3 === highlight.selected) return theme.selected;
  if (iso3 === highlight.hovered) return theme.hover;
  return role === 'party' ? theme.party : role === 'mentioned' ? theme.mentioned : theme.land;
}

export function borderOf(role: Role, theme: MapTheme): { color: string; width: number } {
  if (role === 'party') return { color: theme.borderParty, width: 1.4 };
  return { color: theme.border, width: role === 'mentioned' ? 0.8 : 0.6 };
}

const LABEL_SIZE: Record<Role, [atZoom2: number, atZoom6: number]> = {
  party: [15, 22],
  mentioned: [12, 17],
  other: [10, 14],
};

/** Label font size in screen pixels: linear from zoom 2 to 6 and flat outside, like `labelLayout`. */
export function labelSize(role: Role, zoom: number): number {
  const [small, large] = LABEL_SIZE[role];
  const t = Math.max(0, Math.min(1, (zoom - 2) / 4));
  return small + (large - small) * t;
}

export function labelColor(role: Role, theme: MapTheme): string {
  return role === 'other' ? theme.labelMuted : theme.label;
}

/** The anchor dot where arcs end (parties only): radius in screen pixels, as `anchorPaint`. */
export function anchorRadius(zoom: number): number {
  const t = Math.max(0, Math.min(1, (zoom - 2) / 4));
  return 3.5 + 2.5 * t;
}

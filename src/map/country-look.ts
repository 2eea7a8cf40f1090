/**
 * How a country looks, in one table that both renderers read: `style.ts` turns it into MapLibre
 * expressions, `svg/paint.ts` into plain functions for the SVG map, and `country-look.test.ts`
 * evaluates both for the same inputs to prove they agree.
 */
import type { CountryGeometry } from './geometry';
import type { Emphasis } from './style';
import type { MapTheme } from './theme';

/** What both renderers take to draw the countries and report a click on one. */
export interface CountryMapProps {
  geometry: CountryGeometry;
  emphasis: Emphasis;
  theme: MapTheme;
  lang: 'ja' | 'en';
  selected: string | null;
  /** Only these countries react to the pointer (those the data knows). */
  clickable: ReadonlySet<string>;
  onselect: (iso3: string) => void;
  /** Called once the countries are drawn for the first time. */
  onready?: () => void;
}

/** A country's part in the documents: a party to a tie, only mentioned, or neither. */
export type Role = 'party' | 'mentioned' | 'other';

export const ROLES: readonly Role[] = ['party', 'mentioned', 'other'];

/** A colour of the theme (not the label scale). */
type Colour = Exclude<keyof MapTheme, 'labelScale'>;

export const COUNTRY_LOOK = {
  /**
   * The camera's zoom range, in both renderers. From 0, so that a phone in portrait can fit every
   * linked country ("All" spans about 240° of longitude).
   */
  zoomRange: [0, 9] as const,
  /** Pixels kept free around a region when the map fits it. */
  padding: 24,
  /**
   * The coarse geometry (the first view's) is drawn below this zoom, the detailed one from it
   * on. Below it the two differ by about a pixel at coasts (the start view, "All"); a region
   * (zoom 4–6) shows the coarse copy's simplification. Measured with screenshots, issue 13.
   */
  detailedFromZoom: 3,
  /** Sizes are given at these two zooms: linear between them, flat outside. */
  zoomStops: [2, 6] as const,
  /** Land colour by role; a selected country, then a hovered one, beats the role. */
  fill: { party: 'party', mentioned: 'mentioned', other: 'land' } satisfies Record<Role, Colour>,
  selectedFill: 'selected' satisfies Colour,
  hoverFill: 'hover' satisfies Colour,
  border: {
    party: { color: 'borderParty', width: 1.4 },
    mentioned: { color: 'border', width: 0.8 },
    other: { color: 'border', width: 0.6 },
  } satisfies Record<Role, { color: Colour; width: number }>,
  /** Label font size in pixels at each zoom stop, before the theme's `labelScale`. */
  labelSize: {
    party: [15, 22],
    mentioned: [12, 17],
    other: [10, 14],
  } satisfies Record<Role, readonly [number, number]>,
  labelColor: { party: 'label', mentioned: 'label', other: 'labelMuted' } satisfies Record<
    Role,
    Colour
  >,
  /** The other countries are named from this zoom on (fewer labels on the first view). */
  otherLabelMinZoom: 3,
  /** Labels sit this many ems below the point where arcs end. */
  labelOffsetEm: 0.7,
  labelHaloWidth: 2,
  /** The dot where arcs end (parties only): radius in pixels at each zoom stop. */
  anchorRadius: [3.5, 6] as const,
  anchorStrokeWidth: 1.5,
  /** Drawing and label priority: the documents' countries last (on top) and first (kept). */
  drawOrder: { other: 0, mentioned: 1, party: 2 } satisfies Record<Role, number>,
} as const;

/** Whether a camera at `zoom` needs the detailed geometry (not a number: no). */
export function needsDetailedGeometry(zoom: number | null | undefined): boolean {
  return typeof zoom === 'number' && zoom >= COUNTRY_LOOK.detailedFromZoom;
}

/** A size given at the two zoom stops, at `zoom`: linear between, flat outside. */
export function atZoom(stops: readonly [number, number], zoom: number): number {
  const [z0, z1] = COUNTRY_LOOK.zoomStops;
  const t = Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));
  return stops[0] + (stops[1] - stops[0]) * t;
}

/** The label sizes of `role` at the zoom stops, scaled for the theme (rounded, as MapLibre gets them). */
export function labelStops(role: Role, scale: number): [number, number] {
  const [a, b] = COUNTRY_LOOK.labelSize[role];
  return [Math.round(a * scale), Math.round(b * scale)];
}

/**
 * The map style, built in code from local data only: no tile server, no glyph server (labels are
 * drawn with local fonts), no sprite. Pure functions so the expressions are unit-tested.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Country } from '../data/types';
import {
  LABEL_ANCHORS,
  LABEL_HALO_WIDTH,
  LABEL_MAX_WIDTH_EM,
  LABEL_OFFSET_EM,
  LABEL_SIZES,
  LABEL_ZOOMS,
} from './canvas-labels';
import { LABEL_FONT, type MapTheme } from './theme';

export function baseStyle(theme: MapTheme): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': theme.sea } }],
  };
}

export interface Emphasis {
  parties: string[];
  mentioned: string[];
}

export function emphasisOf(countries: readonly Country[]): Emphasis {
  return {
    parties: countries.filter((c) => c.role === 'party').map((c) => c.iso3),
    mentioned: countries.filter((c) => c.role === 'mentioned').map((c) => c.iso3),
  };
}

/** `match` needs at least one label per branch, so empty groups are left out. */
function byRole<T>(
  emphasis: Emphasis,
  party: T,
  mentioned: T,
  other: T,
): ExpressionSpecification | T {
  const branches: unknown[] = [];
  if (emphasis.parties.length) branches.push(emphasis.parties, party);
  if (emphasis.mentioned.length) branches.push(emphasis.mentioned, mentioned);
  if (!branches.length) return other;
  return ['match', ['get', 'iso3'], ...branches, other] as unknown as ExpressionSpecification;
}

const featureFlag = (name: string): ExpressionSpecification => [
  'boolean',
  ['feature-state', name],
  false,
];

export function countryFill(
  emphasis: Emphasis,
  theme: MapTheme,
): DataDrivenPropertyValueSpecification<string> {
  return [
    'case',
    featureFlag('selected'),
    theme.selected,
    featureFlag('hover'),
    theme.hover,
    byRole(emphasis, theme.party, theme.mentioned, theme.land),
  ] as ExpressionSpecification;
}

export function borderColor(
  emphasis: Emphasis,
  theme: MapTheme,
): DataDrivenPropertyValueSpecification<string> {
  return byRole(
    emphasis,
    theme.borderParty,
    theme.border,
    theme.border,
  ) as DataDrivenPropertyValueSpecification<string>;
}

export function borderWidth(emphasis: Emphasis): DataDrivenPropertyValueSpecification<number> {
  return byRole(emphasis, 1.4, 0.8, 0.6) as DataDrivenPropertyValueSpecification<number>;
}

/**
 * Labels: the documents' countries in bold size at every zoom, the others only when zoomed in.
 */
export function labelLayout(
  lang: 'ja' | 'en',
  emphasis: Emphasis,
  scale = 1,
): Record<string, unknown> {
  const size = (n: number) => Math.round(n * scale);
  const [z0, z1] = LABEL_ZOOMS;
  const { party, mentioned, other } = LABEL_SIZES;
  return {
    'text-field': ['get', lang === 'ja' ? 'name_ja' : 'name_en'],
    'text-font': LABEL_FONT,
    'text-size': [
      'interpolate',
      ['linear'],
      ['zoom'],
      z0,
      byRole(emphasis, size(party[0]), size(mentioned[0]), size(other[0])),
      z1,
      byRole(emphasis, size(party[1]), size(mentioned[1]), size(other[1])),
    ],
    'text-max-width': LABEL_MAX_WIDTH_EM,
    // Labels sit just below the point where arcs end, so arcs do not hide them.
    'text-variable-anchor': [...LABEL_ANCHORS],
    'text-radial-offset': LABEL_OFFSET_EM,
    'symbol-sort-key': byRole(emphasis, 0, 1, 2),
    'text-padding': 4,
  };
}

/**
 * `overArcs`: the names are painted over the arcs by the arc canvas (canvas-labels.ts), so this
 * layer only places them, transparent.
 */
export function labelPaint(
  emphasis: Emphasis,
  theme: MapTheme,
  overArcs = false,
): Record<string, unknown> {
  return {
    'text-color': byRole(emphasis, theme.label, theme.label, theme.labelMuted),
    'text-halo-color': theme.halo,
    'text-halo-width': LABEL_HALO_WIDTH,
    'text-halo-blur': 0.5,
    ...(overArcs ? { 'text-opacity': 0 } : {}),
  };
}

/** The dot where arcs end, on the countries the documents concern. */
export function anchorPaint(theme: MapTheme): Record<string, unknown> {
  return {
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 2, 3.5, 6, 6],
    'circle-color': theme.borderParty,
    'circle-stroke-color': theme.halo,
    'circle-stroke-width': 1.5,
  };
}

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
import { LABEL_ANCHORS, LABEL_MAX_WIDTH_EM } from './canvas-labels';
import { COUNTRY_LOOK, labelStops, type Role } from './country-look';
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
function byRole<T>(emphasis: Emphasis, value: (role: Role) => T): ExpressionSpecification | T {
  const branches: unknown[] = [];
  if (emphasis.parties.length) branches.push(emphasis.parties, value('party'));
  if (emphasis.mentioned.length) branches.push(emphasis.mentioned, value('mentioned'));
  if (!branches.length) return value('other');
  return [
    'match',
    ['get', 'iso3'],
    ...branches,
    value('other'),
  ] as unknown as ExpressionSpecification;
}

/** `[interpolate linear zoom]` between the table's two zoom stops. */
function byZoom(at: (stop: 0 | 1) => unknown): ExpressionSpecification {
  const [z0, z1] = COUNTRY_LOOK.zoomStops;
  return ['interpolate', ['linear'], ['zoom'], z0, at(0), z1, at(1)] as ExpressionSpecification;
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
    theme[COUNTRY_LOOK.selectedFill],
    featureFlag('hover'),
    theme[COUNTRY_LOOK.hoverFill],
    byRole(emphasis, (role) => theme[COUNTRY_LOOK.fill[role]]),
  ] as ExpressionSpecification;
}

export function borderColor(
  emphasis: Emphasis,
  theme: MapTheme,
): DataDrivenPropertyValueSpecification<string> {
  return byRole(
    emphasis,
    (role) => theme[COUNTRY_LOOK.border[role].color],
  ) as DataDrivenPropertyValueSpecification<string>;
}

export function borderWidth(emphasis: Emphasis): DataDrivenPropertyValueSpecification<number> {
  return byRole(
    emphasis,
    (role) => COUNTRY_LOOK.border[role].width,
  ) as DataDrivenPropertyValueSpecification<number>;
}

/**
 * Labels: the documents' countries in bold size at every zoom, the others only when zoomed in.
 */
export function labelLayout(
  lang: 'ja' | 'en',
  emphasis: Emphasis,
  scale = 1,
): Record<string, unknown> {
  return {
    'text-field': ['get', lang === 'ja' ? 'name_ja' : 'name_en'],
    'text-font': LABEL_FONT,
    'text-size': byZoom((stop) => byRole(emphasis, (role) => labelStops(role, scale)[stop])),
    'text-max-width': LABEL_MAX_WIDTH_EM,
    // Labels sit just below the point where arcs end, so arcs do not hide them.
    'text-variable-anchor': [...LABEL_ANCHORS],
    'text-radial-offset': COUNTRY_LOOK.labelOffsetEm,
    'symbol-sort-key': byRole(emphasis, (role) => 2 - COUNTRY_LOOK.drawOrder[role]),
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
    'text-color': byRole(emphasis, (role) => theme[COUNTRY_LOOK.labelColor[role]]),
    'text-halo-color': theme.halo,
    'text-halo-width': COUNTRY_LOOK.labelHaloWidth,
    'text-halo-blur': 0.5,
    ...(overArcs ? { 'text-opacity': 0 } : {}),
  };
}

/** The dot where arcs end, on the countries the documents concern. */
export function anchorPaint(theme: MapTheme): Record<string, unknown> {
  return {
    'circle-radius': byZoom((stop) => COUNTRY_LOOK.anchorRadius[stop]),
    'circle-color': theme.borderParty,
    'circle-stroke-color': theme.halo,
    'circle-stroke-width': COUNTRY_LOOK.anchorStrokeWidth,
  };
}

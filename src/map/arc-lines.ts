/**
 * The arcs as MapLibre draws them: one line per arc, sampled from the same world-pixel curve as
 * the SVG overlay (so the two coincide at every zoom), and one arrowhead per directed arc. The
 * GPU draws and moves a thousand of these at the cost of one layer; the SVG overlay keeps only
 * what needs the DOM (hit areas, focus, accessible names) and the few lit arcs on top.
 * Pure: data and expressions only, unit-tested.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point as GeoPoint } from 'geojson';
import { arcPoints, fromWorld } from '../lib/arc-geometry';
import type { ArcStyle } from '../lib/links';
import { ARC_COLORS, SEVERED_DASH } from './arc-style';
import { arrowScale, DIM_OPACITY, type DrawnArc } from './arc-drawing';

/** Points per arc: a chord of at most a 32nd of the arc keeps it smooth at the widest zoom. */
export const ARC_SEGMENTS = 32;

/**
 * The arcs are cut into tiles up to this zoom and scaled beyond it: fewer tiles to cut while
 * zooming, and at the widest zoom (9) a tile unit is still under a screen pixel.
 */
export const ARC_MAXZOOM = 5;

export interface ArcLineProps {
  id: string;
  link: string;
  color: string;
  width: number;
  severed: boolean;
  /** The SVG dash in pixels, in MapLibre's unit (line widths). */
  dash: number[];
}

export interface ArcHeadProps {
  id: string;
  link: string;
  image: string;
  /** Degrees clockwise from east, as on screen. */
  angle: number;
  size: number;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * SVG dash lengths in pixels ("7 5") → MapLibre's, in multiples of the line's width. As in SVG, a
 * list with a bad or negative length, or only zeros, draws a solid line, and an odd list repeats.
 */
export function dashInWidths(dash: string, width: number): number[] {
  const solid = [1, 0];
  const tokens = dash
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  const parts = tokens.map(Number);
  if (!parts.length || !(width > 0)) return solid;
  if (parts.some((n) => !Number.isFinite(n) || n < 0) || parts.every((n) => n === 0)) return solid;
  const even = parts.length % 2 ? [...parts, ...parts] : parts;
  return even.map((n) => round(n / width));
}

export function arcLineData(
  drawn: readonly DrawnArc[],
  segments = ARC_SEGMENTS,
): FeatureCollection<LineString, ArcLineProps> {
  return {
    type: 'FeatureCollection',
    features: drawn.map((d): Feature<LineString, ArcLineProps> => ({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: arcPoints(d.from, d.to, d.arc.bend, segments).map(([x, y]) =>
          fromWorld(x, y).map(round),
        ),
      },
      properties: {
        id: d.arc.id,
        link: d.arc.link,
        color: d.color,
        width: d.width,
        severed: d.arc.severed,
        dash: dashInWidths(SEVERED_DASH, d.width),
      },
    })),
  };
}

/** The image of the arrowhead drawn in one arc style's colour. */
export function headImage(style: ArcStyle): string {
  return `arc-head-${style}`;
}

export function arcHeadData(drawn: readonly DrawnArc[]): FeatureCollection<GeoPoint, ArcHeadProps> {
  return {
    type: 'FeatureCollection',
    features: drawn
      .filter((d) => d.arc.directed)
      .map((d) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: fromWorld(...d.shape.mid).map(round) },
        properties: {
          id: d.arc.id,
          link: d.arc.link,
          image: headImage(d.arc.style),
          angle: round(d.shape.angle),
          size: round(arrowScale(d.width)),
        },
      })),
  };
}

/** Lines and arrowheads in one collection, for one map source. */
export function arcData(
  drawn: readonly DrawnArc[],
  segments = ARC_SEGMENTS,
): FeatureCollection<LineString | GeoPoint, ArcLineProps | ArcHeadProps> {
  return {
    type: 'FeatureCollection',
    features: [...arcLineData(drawn, segments).features, ...arcHeadData(drawn).features],
  };
}

/** Layer filters: the arcs' lines, and their arrowheads. */
export const LINES: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
export const HEADS: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/**
 * Opacity of every arc: all full while nothing is active; otherwise the active arc and the
 * selected link's arcs stay full and the rest dim (as `isDim`).
 */
export function arcOpacity(
  active: string | null,
  selectedLink: string | null,
): number | ExpressionSpecification {
  if (active === null) return 1;
  const lit: ExpressionSpecification = ['==', ['get', 'id'], active];
  return [
    'case',
    selectedLink === null ? lit : ['any', lit, ['==', ['get', 'link'], selectedLink]],
    1,
    DIM_OPACITY,
  ];
}

/**
 * The arrowhead in image pixels (the SVG overlay draws `M -7 -6 L 6 0 L -7 6 Z` around the
 * arc's middle): a box centred on that middle, so the icon's anchor is the same point.
 */
export const HEAD = {
  /** Half the box, in CSS pixels. */
  halfWidth: 8,
  halfHeight: 7,
  path: [
    [-7, -6],
    [6, 0],
    [-7, 6],
  ] as const,
};

export const ARC_STYLES = Object.keys(ARC_COLORS) as ArcStyle[];

/**
 * Projects the country geometry once into world pixels (Web Mercator at zoom 0, `toWorld`), the
 * space the arcs live in; the SVG map then pans and zooms with one transform, never re-projecting.
 * The projection is planar on purpose: the geometry's rings are unwrapped past ±180° so they do
 * not streak across the map, and a spherical d3 projection would clip and resample them.
 */
import { geoPath, geoTransform } from 'd3-geo';
import { toWorld, type Point } from '../../lib/arc-geometry';

const worldPixels = geoTransform({
  point(lng, lat) {
    const [x, y] = toWorld(lng, lat);
    this.stream.point(x, y);
  },
});

const toPath = geoPath(worldPixels);

export interface CountryShape {
  iso3: string;
  /** SVG path data in world pixels. */
  d: string;
  /** Width of the bounding box in world pixels (for fitting the label). */
  width: number;
}

export interface LabelPoint {
  iso3: string;
  at: Point;
  name: { ja: string; en: string };
}

const iso3Of = (f: GeoJSON.Feature): string => String(f.properties?.iso3 ?? f.id ?? '');

export function countryShapes(countries: GeoJSON.FeatureCollection): CountryShape[] {
  return countries.features.flatMap((f) => {
    const iso3 = iso3Of(f);
    const d = toPath(f);
    if (!iso3 || !d) return [];
    const [[x0], [x1]] = toPath.bounds(f);
    return [{ iso3, d, width: x1 - x0 }];
  });
}

export function labelPoints(labels: GeoJSON.FeatureCollection): LabelPoint[] {
  return labels.features.flatMap((f) => {
    const iso3 = iso3Of(f);
    if (!iso3 || f.geometry?.type !== 'Point') return [];
    const [lng, lat] = f.geometry.coordinates;
    if (lng === undefined || lat === undefined) return [];
    const p = f.properties ?? {};
    const name = { ja: String(p.name_ja ?? p.name_en ?? iso3), en: String(p.name_en ?? iso3) };
    return [{ iso3, at: toWorld(lng, lat), name }];
  });
}

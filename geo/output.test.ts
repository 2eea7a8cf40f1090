// Checks on the build OUTPUT (static/geo/countries.topo.json, its coarse first-view copy
// static/geo/countries-coarse.topo.json, geo/out/countries-meta.json).
// If the files are missing they are built first (same as `npm run geo`).

import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import {
  buildGeo,
  COARSE_GZIP_BUDGET,
  DEFAULT_PATHS,
  GZIP_BUDGET,
  type CountriesMeta,
} from './build.ts';
import { isCountryId } from './codes.ts';
import { polygonArea, type PolygonCoords } from './geometry.ts';

interface Props {
  name_en: string;
  name_ja: string;
}

let raw: Buffer;
let topo: Topology;
let meta: CountriesMeta;
let countries: Feature<Geometry, Props>[];
let labels: Feature<Point, Props>[];
const byId = new Map<string, Feature<Geometry, Props>>();
let coarseRaw: Buffer;
let coarseTopo: Topology;
let coarseCountries: Feature<Geometry, Props>[];
let coarseLabels: Feature<Point, Props>[];

beforeAll(() => {
  const outputs = [DEFAULT_PATHS.topo, DEFAULT_PATHS.coarse, DEFAULT_PATHS.meta];
  if (!outputs.every((f) => existsSync(f))) {
    console.warn('geo outputs missing: running the geo build (npm run geo)…');
    buildGeo();
  }
  raw = readFileSync(DEFAULT_PATHS.topo);
  topo = JSON.parse(raw.toString('utf8')) as Topology;
  meta = JSON.parse(readFileSync(DEFAULT_PATHS.meta, 'utf8')) as CountriesMeta;
  const c = topo.objects['countries'] as GeometryCollection<Props>;
  const l = topo.objects['labels'] as GeometryCollection<Props>;
  countries = (feature(topo, c) as FeatureCollection<Geometry, Props>).features;
  labels = (feature(topo, l) as FeatureCollection<Point, Props>).features;
  for (const f of countries) byId.set(String(f.id), f);
  coarseRaw = readFileSync(DEFAULT_PATHS.coarse);
  coarseTopo = JSON.parse(coarseRaw.toString('utf8')) as Topology;
  coarseCountries = (
    feature(
      coarseTopo,
      coarseTopo.objects['countries'] as GeometryCollection<Props>,
    ) as FeatureCollection<Geometry, Props>
  ).features;
  coarseLabels = (
    feature(
      coarseTopo,
      coarseTopo.objects['labels'] as GeometryCollection<Props>,
    ) as FeatureCollection<Point, Props>
  ).features;
});

function polygons(f: Feature<Geometry, Props>): PolygonCoords[] {
  const g = f.geometry;
  return g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
}

function countryAt(lon: number, lat: number, among = countries): string[] {
  return among.filter((f) => geoContains(f, [lon, lat])).map((f) => String(f.id));
}

function antimeridianJumps(among: Feature<Geometry, Props>[]): string[] {
  const bad: string[] = [];
  for (const f of among) {
    for (const ring of polygons(f).flat()) {
      for (let i = 1; i < ring.length; i++) {
        const d = Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0));
        if (d > 180) bad.push(`${String(f.id)}: ${d.toFixed(1)}°`);
      }
    }
  }
  return bad;
}

/** Polygons whose exterior ring d3-geo reads as the whole globe minus the ring (inside out). */
function insideOut(among: Feature<Geometry, Props>[]): string[] {
  const bad: string[] = [];
  for (const f of among) {
    polygons(f).forEach((p, i) => {
      const outer = p[0] ?? [];
      if (geoArea({ type: 'Polygon', coordinates: [outer] }) > 2 * Math.PI) {
        bad.push(`${String(f.id)} polygon ${i}`);
      }
    });
  }
  return bad;
}

/** Places and the one country each must fall in, in both files. */
const PLACES: [string, number, number, string][] = [
  ['Simferopol (Crimea)', 34.1, 44.95, 'UKR'],
  ['Sevastopol', 33.52, 44.6, 'UKR'],
  ['Kyiv', 30.52, 50.45, 'UKR'],
  ['Moscow', 37.62, 55.75, 'RUS'],
  ['Astana', 71.43, 51.13, 'KAZ'],
  ['Tashkent', 69.24, 41.3, 'UZB'],
  ['Pyongyang', 125.75, 39.02, 'PRK'],
  ['Seoul', 126.98, 37.57, 'KOR'],
  ['Busan', 129.04, 35.18, 'KOR'],
  ['Kaesong (just north of the DMZ)', 126.55, 37.97, 'PRK'],
  // Anadyr itself (177.5, 64.73) sits on the estuary, which is water even in the 50m source.
  ['near Anadyr (Chukotka, west of 180)', 177.0, 64.9, 'RUS'],
  ['Chukotka east of 180 (175°W)', -175, 66.5, 'RUS'],
  ['Chukotka east of 180, unwrapped form (185°E)', 185, 66.5, 'RUS'],
  ['Wrangel Island', -179.5, 71.2, 'RUS'],
  ['Suva (Fiji)', 178.44, -18.1, 'FJI'],
  ['Mogadishu (Somalia)', 45.34, 2.05, 'SOM'],
  ['Hargeisa (Somaliland → Somalia)', 44.06, 9.56, 'SOM'],
  ['Kyrenia (N. Cyprus → Cyprus)', 33.32, 35.33, 'CYP'],
];

describe('countries.topo.json', () => {
  test(`gzip size ≤ ${GZIP_BUDGET} bytes`, () => {
    expect(gzipSync(raw, { level: 9 }).length).toBeLessThanOrEqual(GZIP_BUDGET);
  });

  test('objects: countries and labels only', () => {
    expect(Object.keys(topo.objects).sort()).toEqual(['countries', 'labels']);
  });

  test('ids unique and all ISO3 (or the documented XKX / KAS)', () => {
    const ids = countries.map((f) => String(f.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !isCountryId(id))).toEqual([]);
    expect(ids.length).toBeGreaterThan(200);
    expect(ids).not.toContain('ATA');
  });

  test('every country has a polygon geometry and both names', () => {
    for (const f of countries) {
      expect(['Polygon', 'MultiPolygon'], String(f.id)).toContain(f.geometry.type);
      expect(f.properties.name_en, String(f.id)).not.toBe('');
      expect(f.properties.name_ja, String(f.id)).not.toBe('');
    }
  });

  test.each(PLACES)('%s (%d, %d) → %s', (_name, lon, lat, id) => {
    expect(countryAt(lon, lat)).toEqual([id]);
  });

  test('no ring has consecutive points more than 180° of longitude apart', () => {
    expect(antimeridianJumps(countries)).toEqual([]);
  });

  test('no polygon is inside out (the SVG map would fill the globe around it)', () => {
    expect(insideOut(countries)).toEqual([]);
  });

  test('Korean peninsula keeps its detail (vertex counts at regional zoom)', () => {
    const count = (id: string) =>
      polygons(byId.get(id) as Feature<Geometry, Props>)
        .flat()
        .reduce((s, r) => s + r.length, 0);
    expect(count('KOR')).toBeGreaterThan(150);
    expect(count('PRK')).toBeGreaterThan(150);
  });
});

describe('countries-coarse.topo.json (the first view draws it, then the detailed file)', () => {
  test(`gzip size ≤ ${COARSE_GZIP_BUDGET} bytes, under half of the detailed file`, () => {
    const gzip = gzipSync(coarseRaw, { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(COARSE_GZIP_BUDGET);
    expect(gzip).toBeLessThan(gzipSync(raw, { level: 9 }).length / 2);
  });

  test('the same countries and labels, with the same names, as the detailed file', () => {
    expect(Object.keys(coarseTopo.objects).sort()).toEqual(['countries', 'labels']);
    const props = (fs: Feature<Geometry | Point, Props>[]) =>
      fs.map((f) => [String(f.id), f.properties] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(props(coarseCountries)).toEqual(props(countries));
    expect(props(coarseLabels)).toEqual(props(labels));
  });

  test('label points = the metadata, within one step of its grid (labels do not move)', () => {
    const [sx = 0, sy = 0] = coarseTopo.transform?.scale ?? [];
    for (const l of coarseLabels) {
      const m = meta[String(l.id)];
      const [lon = NaN, lat = NaN] = l.geometry.coordinates;
      expect(Math.abs(lon - (m?.label[0] ?? NaN)), String(l.id)).toBeLessThanOrEqual(sx);
      expect(Math.abs(lat - (m?.label[1] ?? NaN)), String(l.id)).toBeLessThanOrEqual(sy);
    }
  });

  test.each(PLACES)('%s (%d, %d) → %s', (_name, lon, lat, id) => {
    expect(countryAt(lon, lat, coarseCountries)).toEqual([id]);
  });

  test('no ring has consecutive points more than 180° of longitude apart', () => {
    expect(antimeridianJumps(coarseCountries)).toEqual([]);
  });

  test('no polygon is inside out (the SVG map would fill the globe around it)', () => {
    expect(insideOut(coarseCountries)).toEqual([]);
  });
});

describe('labels', () => {
  test('exactly one label per country, same ids, same names', () => {
    expect(labels.map((l) => String(l.id)).sort()).toEqual(
      countries.map((f) => String(f.id)).sort(),
    );
    for (const l of labels) {
      expect(l.properties, String(l.id)).toEqual(byId.get(String(l.id))?.properties);
    }
  });

  // Exclusion: countries with no area at all. The source stores Vatican (VAT) and the Cocos
  // Islands (CCK) as single-point polygons, so nothing can be "inside"; their label is that point.
  test('each label lies inside its own country (all countries with area)', () => {
    const outside: string[] = [];
    const zeroArea: string[] = [];
    for (const l of labels) {
      const f = byId.get(String(l.id));
      if (!f) throw new Error(`label ${String(l.id)} without country`);
      if (!polygons(f).some((p) => polygonArea(p) > 0)) {
        zeroArea.push(String(l.id));
        continue;
      }
      if (!geoContains(f, l.geometry.coordinates as [number, number])) outside.push(String(l.id));
    }
    expect(outside).toEqual([]);
    expect(zeroArea.sort()).toEqual(['CCK', 'VAT']);
  });

  test('the label is in the largest polygon, so Russia is labelled in the mainland', () => {
    const rus = labels.find((l) => l.id === 'RUS');
    const [lon = 0, lat = 0] = rus?.geometry.coordinates ?? [];
    expect(lon).toBeGreaterThan(40);
    expect(lon).toBeLessThan(140);
    expect(lat).toBeGreaterThan(50);
  });
});

describe('countries-meta.json', () => {
  test('same countries as the geometry', () => {
    expect(Object.keys(meta).sort()).toEqual(countries.map((f) => String(f.id)).sort());
  });

  test('label = the label point of the topology; bbox is [w, s, e, n] containing it', () => {
    for (const l of labels) {
      const m = meta[String(l.id)];
      expect(m, String(l.id)).toBeDefined();
      if (!m) continue;
      const [lon = NaN, lat = NaN] = l.geometry.coordinates;
      expect(m.label[0]).toBeCloseTo(lon, 9);
      expect(m.label[1]).toBeCloseTo(lat, 9);
      const [w, s, e, n] = m.bbox;
      expect(w).toBeLessThanOrEqual(e);
      expect(s).toBeLessThanOrEqual(n);
      expect(m.label[0]).toBeGreaterThanOrEqual(w - 1e-6);
      expect(m.label[0]).toBeLessThanOrEqual(e + 1e-6);
      expect(m.label[1]).toBeGreaterThanOrEqual(s - 1e-6);
      expect(m.label[1]).toBeLessThanOrEqual(n + 1e-6);
      expect(m.name).toEqual({ en: l.properties.name_en, ja: l.properties.name_ja });
    }
  });

  test.each(['FJI', 'USA', 'NZL', 'KIR'])('%s bbox does not span the globe', (id) => {
    const [w = 0, , e = 0] = meta[id]?.bbox ?? [];
    expect(e - w).toBeLessThan(180);
  });

  test('Russia bbox spans Kaliningrad to Chukotka without wrapping the globe', () => {
    const [w, , e] = meta['RUS']?.bbox ?? [];
    expect(w).toBeLessThan(22);
    expect(e).toBeGreaterThan(185); // continues past 180
    expect((e ?? 0) - (w ?? 0)).toBeLessThan(180);
  });

  test.each<[string, string]>([
    ['KAZ', 'カザフスタン'],
    ['KOR', '韓国'],
    ['PRK', '北朝鮮'],
    ['RUS', 'ロシア'],
    ['UKR', 'ウクライナ'],
  ])('%s has the Japanese name %s', (id, ja) => {
    const name = meta[id]?.name.ja ?? '';
    expect(name).toMatch(/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u);
    expect(name).toBe(ja);
  });
});

// The build pipeline on a small synthetic source (the real output is checked in output.test.ts).

import { describe, expect, test } from 'vitest';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import {
  buildCoarseTopology,
  buildGeoData,
  collectCountries,
  COARSE_SETTINGS,
  DEFAULT_SETTINGS,
  formatJson,
} from './build.ts';
import { maxLonJump } from './antimeridian.ts';

/** Clockwise (d3 convention) rectangle ring. */
const rect = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [w, n],
  [e, n],
  [e, s],
  [w, s],
];

function source(): Topology {
  const f = (a3: string, name: string, coordinates: Position[][][]): Feature => ({
    type: 'Feature',
    properties: { a3, name },
    geometry: { type: 'MultiPolygon', coordinates },
  });
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      // Russia: a mainland ring crossing the antimeridian (spherical, as in world-atlas),
      // plus a piece lying entirely east of 180.
      f('RUS', 'Russia', [
        [
          [
            [160, 60],
            [160, 70],
            [-175, 70],
            [-175, 65],
            [160, 60],
          ],
        ],
        [
          [
            [-172, 64],
            [-172, 65],
            [-170, 65],
            [-170, 64],
            [-172, 64],
          ],
        ],
      ]),
      // Antarctica: a ring around the south pole → dropped.
      f('ATA', 'Antarctica', [
        [
          [
            [-180, -70],
            [-180, -90],
            [180, -90],
            [180, -70],
            [90, -68],
            [0, -70],
            [-90, -72],
            [-180, -70],
          ],
        ],
      ]),
      // Somalia + Somaliland sharing a border → one country, one polygon.
      f('SOM', 'Somalia', [[rect(42, 0, 48, 8)]]),
      f('SOL', 'Somaliland', [[rect(42, 8, 48, 11)]]),
      // Invalid code → dropped.
      f('XYZ', 'Nowhere', [[rect(0, 0, 1, 1)]]),
      // Tiny island country: must survive (largest polygon of its country).
      f('TUV', 'Tuvalu', [[rect(179.2, -8.52, 179.21, -8.51)]]),
      // Japan-like: a big island and a tiny islet (< minIslandKm2Detail) that is dropped.
      f('JPN', 'Japan', [[rect(135, 35, 140, 38)], [rect(141, 40, 141.02, 40.02)]]),
    ],
  };
  return topology({ countries: fc });
}

describe('collectCountries', () => {
  test('regroups, drops and unwraps', () => {
    const notes: string[] = [];
    const cs = collectCountries(source(), notes);
    expect(cs.map((c) => c.id)).toEqual(['JPN', 'RUS', 'SOM', 'TUV']);
    expect(cs.find((c) => c.id === 'SOM')?.polygons).toHaveLength(2);
    expect(cs.find((c) => c.id === 'SOM')?.fallbackName).toBe('Somalia');
    for (const ring of cs.flatMap((c) => c.polygons.flat())) {
      expect(maxLonJump(ring)).toBeLessThanOrEqual(180);
    }
    expect(notes.join('\n')).toMatch(/ATA Antarctica → dropped/);
    expect(notes.join('\n')).toMatch(/SOL Somaliland → SOM/);
    expect(notes.join('\n')).toMatch(/RUS: unwrapped 1 ring/);
  });

  test('throws without a countries object', () => {
    expect(() => collectCountries({ type: 'Topology', objects: {}, arcs: [] })).toThrow(
      /countries/,
    );
  });
});

describe('buildGeoData', () => {
  const r = buildGeoData(source(), DEFAULT_SETTINGS);
  const c = r.topology.objects['countries'] as GeometryCollection;
  const l = r.topology.objects['labels'] as GeometryCollection;
  const countries = (feature(r.topology, c) as FeatureCollection).features;
  const labels = (feature(r.topology, l) as FeatureCollection<Point>).features;
  const get = (id: string) => countries.find((f) => f.id === id) as Feature<Geometry>;
  const polys = (id: string): Position[][][] => {
    const g = get(id).geometry;
    return g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
  };

  test('quantized topology with countries and one label per country', () => {
    expect(r.topology.transform).toBeDefined();
    expect(countries.map((f) => f.id)).toEqual(['JPN', 'RUS', 'SOM', 'TUV']);
    expect(labels.map((f) => f.id)).toEqual(['JPN', 'RUS', 'SOM', 'TUV']);
    expect(Object.keys(r.meta)).toEqual(['JPN', 'RUS', 'SOM', 'TUV']);
    expect(get('SOM').properties).toEqual({ name_en: 'Somalia', name_ja: 'ソマリア' });
  });

  test('labels lie inside their country and equal the metadata', () => {
    for (const label of labels) {
      const id = String(label.id);
      expect(geoContains(get(id), label.geometry.coordinates as [number, number]), id).toBe(true);
      expect(r.meta[id]?.label).toEqual(label.geometry.coordinates);
    }
  });

  test('no ring jumps over 180°; Russia continues past 180 with its eastern piece', () => {
    for (const f of countries) {
      const g = f.geometry;
      const rings = g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
      for (const ring of rings) expect(maxLonJump(ring)).toBeLessThanOrEqual(180);
    }
    expect(r.meta['RUS']?.bbox[0]).toBeCloseTo(160, 2);
    expect(r.meta['RUS']?.bbox[2]).toBeCloseTo(190, 2);
    expect(geoContains(get('RUS'), [-171, 64.5])).toBe(true);
    expect(geoContains(get('RUS'), [175, 65])).toBe(true);
  });

  test('internal border dissolved: Somalia + Somaliland is one polygon', () => {
    expect(polys('SOM')).toHaveLength(1);
  });

  test('small islet dropped, tiny island country kept with a real ring', () => {
    expect(polys('JPN')).toHaveLength(1);
    const tuv = polys('TUV');
    expect(tuv).toHaveLength(1);
    expect(new Set(tuv[0]?.[0]?.map((p) => p.join(','))).size).toBeGreaterThanOrEqual(3);
  });

  test('sizes reported', () => {
    expect(r.rawBytes).toBe(Buffer.byteLength(JSON.stringify(r.topology)));
    expect(r.gzipBytes).toBeGreaterThan(0);
    expect(r.gzipBytes).toBeLessThan(r.rawBytes);
  });
});

describe('formatJson', () => {
  test.each<[string, unknown, string]>([
    ['number arrays inline', { a: [1, -2.5, 3e-7] }, '{\n  "a": [1, -2.5, 3e-7]\n}\n'],
    ['nested objects expanded', { a: { b: 'x' } }, '{\n  "a": {\n    "b": "x"\n  }\n}\n'],
    ['empty object', {}, '{}\n'],
    ['string arrays untouched', { a: ['x'] }, '{\n  "a": [\n    "x"\n  ]\n}\n'],
  ])('%s', (_name, value, expected) => {
    expect(formatJson(value)).toBe(expected);
    expect(JSON.parse(formatJson(value))).toEqual(value);
  });
});

describe('buildCoarseTopology', () => {
  const detailed = buildGeoData(source(), DEFAULT_SETTINGS);
  const coarse = buildCoarseTopology(source(), detailed.meta, COARSE_SETTINGS);
  const ids = (name: string) =>
    (coarse.topology.objects[name] as GeometryCollection).geometries.map((g) => g.id);

  test("the same countries, each labelled at the detailed build's label point", () => {
    expect(ids('countries')).toEqual(['JPN', 'RUS', 'SOM', 'TUV']);
    expect(ids('labels')).toEqual(['JPN', 'RUS', 'SOM', 'TUV']);
    const labels = (
      feature(
        coarse.topology,
        coarse.topology.objects['labels'] as GeometryCollection,
      ) as FeatureCollection<Point>
    ).features;
    const [sx = 0, sy = 0] = coarse.topology.transform?.scale ?? [];
    for (const l of labels) {
      const [lon = NaN, lat = NaN] = l.geometry.coordinates;
      const m = detailed.meta[String(l.id)]?.label ?? [NaN, NaN];
      expect(Math.abs(lon - m[0]), String(l.id)).toBeLessThanOrEqual(sx / 2 + 1e-9);
      expect(Math.abs(lat - m[1]), String(l.id)).toBeLessThanOrEqual(sy / 2 + 1e-9);
      expect(l.properties).toEqual(
        (coarse.topology.objects['countries'] as GeometryCollection).geometries.find(
          (g) => g.id === l.id,
        )?.properties,
      );
    }
  });

  test('a coarser grid; sizes reported', () => {
    expect(coarse.topology.transform?.scale[0]).toBeGreaterThan(
      detailed.topology.transform?.scale[0] ?? Infinity,
    );
    expect(coarse.rawBytes).toBe(Buffer.byteLength(JSON.stringify(coarse.topology)));
    expect(coarse.gzipBytes).toBeLessThan(coarse.rawBytes);
  });
});

import { describe, expect, it } from 'vitest';
import {
  fetchGeometryFile,
  loadCountryGeometry,
  toCountryGeometry,
  withLabelPoints,
} from './geometry';

const topo = {
  type: 'Topology',
  arcs: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Polygon', id: 'AAA', arcs: [[0]], properties: { name_en: 'A' } }],
    },
    labels: {
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', id: 'AAA', coordinates: [0.5, 0.5], properties: {} }],
    },
  },
};

describe('toCountryGeometry', () => {
  it('converts both collections and copies the id into iso3', () => {
    const g = toCountryGeometry(topo);
    expect(g.countries.features).toHaveLength(1);
    expect(g.countries.features[0]?.properties).toEqual({ name_en: 'A', iso3: 'AAA' });
    expect(g.labels.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [0.5, 0.5] });
  });

  it.each([
    [null, /not a TopoJSON/],
    ['text', /not a TopoJSON/],
    [{ type: 'FeatureCollection', features: [] }, /not a TopoJSON/],
    [{ type: 'Topology', arcs: [], objects: {} }, /no "countries"/],
    [{ ...topo, objects: { countries: topo.objects.countries } }, /no "labels"/],
  ])('rejects %j', (input, message) => {
    expect(() => toCountryGeometry(input)).toThrow(message);
  });
});

describe('loadCountryGeometry', () => {
  it('says which URL failed and how', async () => {
    const fetcher = async () => new Response('nope', { status: 404, statusText: 'Not Found' });
    await expect(loadCountryGeometry('/geo/x.json', fetcher)).rejects.toThrow(
      'could not load /geo/x.json: HTTP 404 Not Found',
    );
  });
  it('reports broken JSON', async () => {
    const fetcher = async () => new Response('{broken');
    await expect(loadCountryGeometry('/geo/x.json', fetcher)).rejects.toThrow(/not valid JSON/);
  });
  it('loads a good file', async () => {
    const fetcher = async () => new Response(JSON.stringify(topo));
    const g = await loadCountryGeometry('/geo/x.json', fetcher);
    expect(g.labels.features).toHaveLength(1);
  });
});

describe('fetchGeometryFile', () => {
  it.each([
    ['a 404', new Response('nope', { status: 404, statusText: 'Not Found' }), /HTTP 404 Not Found/],
    ['a 500', new Response('', { status: 500, statusText: 'Oops' }), /HTTP 500 Oops/],
    ['broken JSON', new Response('{broken'), /\/geo\/x\.json is not valid JSON/],
    ['an empty body', new Response(''), /not valid JSON/],
  ])('rejects %s, naming the URL', async (_, response, message) => {
    await expect(fetchGeometryFile('/geo/x.json', async () => response)).rejects.toThrow(message);
  });
  it('returns the JSON as it is, not decoded (decoding is the later, expensive step)', async () => {
    const json = await fetchGeometryFile(
      '/geo/x.json',
      async () => new Response(JSON.stringify(topo)),
    );
    expect(json).toEqual(topo);
  });
  it('rejects a network failure as it is', async () => {
    const fetcher = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchGeometryFile('/geo/x.json', fetcher)).rejects.toThrow('Failed to fetch');
  });
});

describe('withLabelPoints', () => {
  it('puts the shapes and then the label points in one collection', () => {
    const shape: GeoJSON.Feature = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [46, 40],
            [87, 40],
            [87, 55],
            [46, 40],
          ],
        ],
      },
      properties: { iso3: 'KAZ' },
    };
    const point = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [67, 48] },
      properties: { iso3: 'KAZ' },
    } as GeoJSON.Feature;
    const all = withLabelPoints({
      countries: { type: 'FeatureCollection', features: [shape] },
      labels: { type: 'FeatureCollection', features: [point] },
    });
    expect(all.features).toEqual([shape, point]);
  });
  it('is empty for empty collections', () => {
    const none = { type: 'FeatureCollection', features: [] } as GeoJSON.FeatureCollection;
    expect(withLabelPoints({ countries: none, labels: none }).features).toEqual([]);
  });
});

/**
 * Turns the geometry built by `npm run geo` (TopoJSON: `countries` polygons and one `labels`
 * point per country, ids ISO alpha-3) into the GeoJSON the map sources take. Pure, no fetch.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ExpressionSpecification } from 'maplibre-gl';

export interface CountryGeometry {
  countries: GeoJSON.FeatureCollection;
  labels: GeoJSON.FeatureCollection;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Throws an Error naming what is missing when the file is not the geometry the app expects. */
export function toCountryGeometry(topology: unknown): CountryGeometry {
  if (!isObject(topology) || topology.type !== 'Topology' || !isObject(topology.objects)) {
    throw new Error('the geometry file is not a TopoJSON topology');
  }
  const objects = topology.objects as Record<string, unknown>;
  for (const name of ['countries', 'labels']) {
    const obj = objects[name];
    if (!isObject(obj) || obj.type !== 'GeometryCollection') {
      throw new Error(`the geometry file has no "${name}" collection (rebuild it: npm run geo)`);
    }
  }
  const topo = topology as unknown as Topology;
  const convert = (name: string): GeoJSON.FeatureCollection => {
    const fc = feature(topo, topo.objects[name] as GeometryCollection) as GeoJSON.FeatureCollection;
    // MapLibre keeps only numeric feature ids: the ISO code goes into a property for promoteId.
    for (const f of fc.features) {
      f.properties = { ...(f.properties ?? {}), iso3: String(f.id ?? '') };
    }
    return fc;
  };
  return { countries: convert('countries'), labels: convert('labels') };
}

/**
 * One collection per geometry: the map's early start (`early-map.ts`) hands it to MapLibre before
 * the interface exists, and `CountryLayers` recognises the same object instead of sending it again.
 */
const joinedOnce = new WeakMap<CountryGeometry, GeoJSON.FeatureCollection>();

/** Shapes and label points in one collection, for one map source (layers pick by geometry). */
export function withLabelPoints(geometry: CountryGeometry): GeoJSON.FeatureCollection {
  let joined = joinedOnce.get(geometry);
  if (!joined) {
    joined = {
      type: 'FeatureCollection',
      features: [...geometry.countries.features, ...geometry.labels.features],
    };
    joinedOnce.set(geometry, joined);
  }
  return joined;
}

/** The countries' one MapLibre source (shapes and label points), and its feature ids. */
export const COUNTRY_SOURCE = { id: 'countries', promoteId: 'iso3' } as const;

/** Layer filters: the countries' areas, and their label points. */
export const AREAS: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];
export const POINTS: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

export async function loadCountryGeometry(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<CountryGeometry> {
  // The single-file build (vite.singlefile.config.ts) opens from file://, where fetch fails:
  // there the geometry is part of the script. Other builds drop this branch.
  if (import.meta.env.MODE === 'single' && fetcher === fetch) {
    const { default: topology } = await import('../../static/geo/countries.topo.json');
    return toCountryGeometry(topology);
  }
  return toCountryGeometry(await fetchGeometryFile(url, fetcher));
}

/**
 * The geometry file's JSON, not decoded yet: what a prefetch keeps (decoding and drawing are
 * the expensive part). Throws an Error naming the URL when the request or the JSON fails.
 */
export async function fetchGeometryFile(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<unknown> {
  const response = await fetcher(url);
  if (!response.ok) {
    throw new Error(`could not load ${url}: HTTP ${response.status} ${response.statusText}`);
  }
  try {
    return (await response.json()) as unknown;
  } catch (e) {
    throw new Error(`${url} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

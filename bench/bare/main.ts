/**
 * The baseline for the cold-load bench: MapLibre alone with the app's first-view geometry (the
 * coarse copy its first frame draws), one fill and one line layer, no arcs, no labels, no glyphs.
 * Sets `data-map-ready="true"` on the map after the
 * first `idle` with the countries, like the app. `?w=&h=` size the map like the app's map area;
 * `#map=zoom/lat/lng` (MapLibre's hash, as in the app) sets the first view; without it, the real
 * data's initial region.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);

const container = document.getElementById('map');
if (!container) throw new Error('index.html has no #map element');
for (const [param, prop] of [
  ['w', 'width'],
  ['h', 'height'],
] as const) {
  const px = Number(params.get(param));
  if (px > 0) container.style[prop] = `${px}px`;
}

// Fetched at once, as the app does, in parallel with the map's start-up.
const url = `${import.meta.env.BASE_URL}geo/countries-coarse.topo.json`;
const geometry = fetch(url).then(async (r) => {
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  const topo = (await r.json()) as Topology;
  const countries = feature(topo, topo.objects.countries as GeometryCollection);
  // The app's marks at the same points (bench/milestones.ts lists the two pages side by side).
  performance.mark('atlas:geometry-decoded');
  return countries;
});

performance.mark('atlas:map-start');
const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#cfdde8' } }],
  },
  hash: 'map',
  bounds: [20, 30, 135, 60],
  fitBoundsOptions: { padding: 24 },
  minZoom: 1,
  maxZoom: 9,
  dragRotate: false,
});
performance.mark('atlas:map-created');

map.on('load', () => {
  geometry
    .then((countries) => {
      map.addSource('countries', { type: 'geojson', data: countries });
      performance.mark('atlas:source-countries');
      map.addLayer({
        id: 'country-fill',
        type: 'fill',
        source: 'countries',
        paint: { 'fill-color': '#f3f1ec' },
      });
      map.addLayer({
        id: 'country-border',
        type: 'line',
        source: 'countries',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#a6a29a', 'line-width': 0.6 },
      });
      map.once('idle', () => {
        // Its first view is complete at once (no names): painted and ready are the same frame.
        container.setAttribute('data-map-painted', 'true');
        container.setAttribute('data-map-ready', 'true');
      });
    })
    .catch((e: Error) => {
      container.setAttribute('data-map-error', e.message);
      console.error(e.message);
    });
});

/**
 * The map's early start (issue 14). The page's entry (`src/main.ts`) calls `startEarlyMap()`
 * before the interface's script is even evaluated: the WebGL probe, MapLibre (and so its worker)
 * and the geometry's download and decoding start while the app's chunk is still arriving. The
 * map is built on a container of its own, parked out of sight; `MapView` — still the one owner
 * of the map — adopts it once (`adoptEarlyMap()`), moves its container into its own box, and from
 * then on treats it as a map it made. A second `MapView` (or one without an early start, as in a
 * test) makes its own map through the same `createMap()`. The countries' source is added as
 * soon as the geometry is decoded (`handCountries`), so MapLibre's worker indexes them while the
 * interface mounts; `CountryLayers` adopts it (`sent-data.ts`) and adds the layers. User Timing
 * marks (`atlas:*`, also in `app-main.ts`) let a trace or the bench see where the first view's
 * milliseconds go.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { lazy } from '../lib/lazy';
import { supportsWebGL } from '../lib/webgl';
import { cameraInUrl } from '../state/url-sync.svelte';
import { COUNTRY_LOOK } from './country-look';
import {
  COUNTRY_SOURCE,
  fetchGeometryFile,
  loadCountryGeometry,
  toCountryGeometry,
  withLabelPoints,
  type CountryGeometry,
} from './geometry';
import { markSent } from './sent-data';
import { baseStyle } from './style';
import { LABEL_FONT, type MapTheme } from './theme';
import type { Bounds, CameraView } from './controller';

maplibregl.setWorkerUrl(workerUrl);

/** A MapLibre map on a container of its own (absolutely placed: it fills its parent). */
export interface MadeMap {
  map: maplibregl.Map;
  element: HTMLDivElement;
  /** MapLibre's `load` has fired (it may have fired before `MapView` listened). */
  loaded: boolean;
  /** An `error` MapLibre reported before `MapView` listened (the first one). */
  error: string | null;
  /** Removes the listeners that fill `loaded`/`error`. */
  stopWatching: () => void;
  /** Made by `startEarlyMap()`: its camera was not fitted to the box it ends up in. */
  early: boolean;
}

export interface MapStart {
  theme: MapTheme;
  /** Where the map opens: a camera (from the URL), or bounds fitted to the container. */
  camera: CameraView | null;
  bounds: Bounds;
}

/** Makes the map: every option the app's map has, whoever starts it. Throws as MapLibre does. */
export function createMap(start: MapStart, element = document.createElement('div')): MadeMap {
  element.style.position = 'absolute';
  element.style.inset = '0';
  const { camera } = start;
  const map = new maplibregl.Map({
    container: element,
    style: baseStyle(start.theme),
    // No `hash`: MapLibre's reader lets a huge longitude or a pitch through. The app reads,
    // validates and writes `map=` itself (MapView and `state/url-sync`).
    ...(camera
      ? { center: [camera.lng, camera.lat], zoom: camera.zoom }
      : { bounds: start.bounds, fitBoundsOptions: { padding: COUNTRY_LOOK.padding } }),
    minZoom: COUNTRY_LOOK.zoomRange[0],
    maxZoom: COUNTRY_LOOK.zoomRange[1],
    // The arcs are computed for a flat, north-up map: bearing and pitch are fixed at 0
    // (no pitch at all, no rotation by mouse, touch or keyboard).
    maxPitch: 0,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Added by MapView, so it can follow the interface language.
    attributionControl: false,
    localIdeographFontFamily: LABEL_FONT.join(', '),
    cancelPendingTileRequestsWhileZooming: false,
    // Labels appear at once instead of fading in over 300 ms: on a slow (software-rendered)
    // classroom PC each fade frame is a full repaint, which held the first complete view back
    // by about half a second.
    fadeDuration: 0,
  });
  // Two-finger rotation and Shift+arrows would turn the map under arcs drawn north-up.
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  const made: MadeMap = {
    map,
    element,
    loaded: false,
    error: null,
    stopWatching: () => {},
    early: false,
  };
  const onLoad = () => (made.loaded = true);
  const onError = (e: maplibregl.ErrorEvent) => {
    made.error ??= e.error?.message ?? 'map error';
  };
  map.once('load', onLoad);
  map.on('error', onError);
  made.stopWatching = () => {
    map.off('load', onLoad);
    map.off('error', onError);
  };
  return made;
}

let webgl: boolean | null = null;
/** Whether MapLibre can run here: probed once per page (a probe costs a context). */
export function webglSupported(): boolean {
  webgl ??= supportsWebGL();
  return webgl;
}

let geometry: Promise<CountryGeometry> | null = null;
/**
 * The first view's geometry, a coarser copy of the countries (`npm run geo`: about half the
 * bytes; the same label points): downloaded and decoded once per page, from the first call on.
 * `AtlasMap` replaces it with `detailedCountryGeometry()` once the camera goes where the two differ.
 */
export function countryGeometry(): Promise<CountryGeometry> {
  geometry ??= loadCountryGeometry(
    `${import.meta.env.BASE_URL}geo/countries-coarse.topo.json`,
  ).then((g) => {
    performance.mark('atlas:geometry-decoded');
    return g;
  });
  return geometry;
}

/** The detailed file's JSON, not decoded: fetched once per page, again after a failure. */
const detailedFile = lazy(async () => ({
  default: await fetchGeometryFile(`${import.meta.env.BASE_URL}geo/countries.topo.json`),
}));
/** The same, decoded. */
const detailed = lazy(async () => ({ default: toCountryGeometry(await detailedFile.load()) }));

/**
 * Downloads the detailed geometry without decoding or drawing it (cheap: the first view is
 * not held back), so that `detailedCountryGeometry()` does not wait for the network. A failure
 * is left for that call, which asks again.
 */
export function prefetchDetailedGeometry(): void {
  if (import.meta.env.MODE === 'single') return;
  detailedFile.load().catch(() => {});
}

/**
 * The detailed geometry, decoded once per page (`AtlasMap` asks for it when the camera goes
 * where the coarse copy would show: `COUNTRY_LOOK.detailedFromZoom`). The single-file build
 * carries only that one inside its script, for the first view too: there this is
 * `countryGeometry()` itself.
 */
export function detailedCountryGeometry(): Promise<CountryGeometry> {
  if (import.meta.env.MODE === 'single') return countryGeometry();
  return detailed.load();
}

let parked: MadeMap | null = null;

/**
 * Starts the geometry and, where WebGL 2 works, the map, before the interface exists. The map
 * opens on the whole world at the window's size (MapView fits the start bounds once it has
 * the real box); its container waits hidden at the end of `<body>`.
 */
export function startEarlyMap(theme: MapTheme, bounds: Bounds = [-180, -60, 180, 80]): void {
  void countryGeometry().catch(() => {
    // Reported by AtlasMap, which asks for the same promise.
  });
  if (parked || !webglSupported()) return;
  const element = document.createElement('div');
  element.setAttribute('aria-hidden', 'true');
  element.style.position = 'fixed';
  element.style.left = '0';
  element.style.top = '0';
  element.style.width = `${window.innerWidth}px`;
  element.style.height = `${window.innerHeight}px`;
  element.style.visibility = 'hidden';
  element.style.pointerEvents = 'none';
  document.body.append(element);
  try {
    performance.mark('atlas:map-start');
    const made = createMap({ theme, camera: cameraInUrl(), bounds }, element);
    performance.mark('atlas:map-created');
    made.early = true;
    parked = made;
    void countryGeometry().then(
      (g) => handCountries(made.map, g),
      () => {},
    );
  } catch {
    // MapView makes its own map and reports what goes wrong then.
    element.remove();
  }
}

/**
 * The countries' source, added as soon as the geometry is decoded and the style loaded: MapLibre's
 * worker indexes them while the interface mounts, instead of after (`CountryLayers` adopts the
 * source, and adds the layers). Nothing is done if the interface added the source first, or the
 * map is gone.
 */
function handCountries(map: maplibregl.Map, geometry: CountryGeometry): void {
  const add = () => {
    try {
      if (map.getSource(COUNTRY_SOURCE.id)) return;
      const data = withLabelPoints(geometry);
      map.addSource(COUNTRY_SOURCE.id, {
        type: 'geojson',
        data,
        promoteId: COUNTRY_SOURCE.promoteId,
      });
      markSent(map, COUNTRY_SOURCE.id, data);
      performance.mark(`atlas:source-${COUNTRY_SOURCE.id}`);
    } catch {
      // A removed map: the interface's map adds its own source.
    }
  };
  if (map.isStyleLoaded()) add();
  else map.once('load', add);
}

/** The map `startEarlyMap()` made, once (null after that, or when none was made). */
export function adoptEarlyMap(): MadeMap | null {
  const made = parked;
  parked = null;
  if (!made) return null;
  const { element } = made;
  element.removeAttribute('aria-hidden');
  for (const p of ['position', 'left', 'top', 'width', 'height', 'visibility', 'pointer-events']) {
    element.style.removeProperty(p);
  }
  element.style.position = 'absolute';
  element.style.inset = '0';
  return made;
}

/**
 * The one writer of the URL hash. The app's state (selection, language, date, tour step) and the
 * map's camera (`map=`, read and written here, never by MapLibre) go through the pure rules of
 * `lib/url-state.ts`, so the address bar always says what is on screen.
 *
 * History: `pushState` only for what a person expects Back to undo — a selection made outside a
 * presentation, and entering a presentation. Camera moves, language, date and the steps of one
 * presentation replace the current entry, and so does leaving it: Back after Esc goes to where
 * the presentation was started, not into it again.
 */
import {
  readMapCamera,
  tidyHash,
  writeMapCamera,
  parseUrlState,
  type CameraReading,
  type HeldSelection,
  type MapCamera,
  type UrlState,
  type UrlValidity,
  type ZoomRange,
} from '../lib/url-state';
import { COUNTRY_LOOK } from '../map/country-look';
import type { AppState } from './app.svelte';

/** The map's zoom range, as both renderers clamp it. */
export const ZOOM_RANGE: ZoomRange = {
  min: COUNTRY_LOOK.zoomRange[0],
  max: COUNTRY_LOOK.zoomRange[1],
};

const urlOf = (hash: string) => `${location.pathname}${location.search}${hash}`;

function write(hash: string, push: boolean): void {
  if (hash === location.hash) return;
  if (push) history.pushState(history.state, '', urlOf(hash));
  else history.replaceState(history.state, '', urlOf(hash));
}

/** The valid camera in the URL now, or null (none, or one that cannot be shown). */
export function cameraInUrl(): MapCamera | null {
  const reading = readMapCamera(location.hash, ZOOM_RANGE);
  return reading.kind === 'ok' ? reading.camera : null;
}

/** Where the map rests, in the URL, without a history entry (call on `moveend`). */
export function writeCameraToUrl(camera: MapCamera): void {
  write(writeMapCamera(location.hash, camera), false);
}

/**
 * Calls `oncamera` with the camera of every hash a person types or Back/Forward brings (read
 * from the event's own URL: the state writer may already have tidied `location`). For an
 * `$effect`; returns the removal.
 */
export function followCameraInUrl(oncamera: (reading: CameraReading) => void): () => void {
  const onHash = (e: HashChangeEvent) => {
    const at = e.newURL.indexOf('#');
    oncamera(readMapCamera(at < 0 ? '' : e.newURL.slice(at), ZOOM_RANGE));
  };
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}

/**
 * Keeps the URL hash and the AppState in step. Call inside a component: it registers effects.
 * `onnavigate` runs after the state was taken from the URL (back/forward, an edited hash).
 * `held` (reactive) is a selection the URL asked for that the atlas does not have yet (a
 * teacher's pair, see `heldSelection`): while nothing is selected it stays in the URL, and
 * selecting or dropping it once the teacher's atlas is there adds no history entry.
 */
export function syncUrl(
  app: AppState,
  validity: UrlValidity,
  onnavigate: () => void,
  held: () => HeldSelection | null = () => null,
): void {
  const shown = (): UrlState => {
    const h = held();
    return h && !app.country && !app.link ? { ...app.url, ...h } : app.url;
  };
  const selectionOf = () => {
    const u = shown();
    return `${u.country}|${u.link}`;
  };
  let lastSelection = selectionOf();
  let lastTour = app.tour;
  let lastHeld = held();

  $effect(() => {
    const next = tidyHash(location.hash, shown(), ZOOM_RANGE);
    const selection = selectionOf();
    const tour = app.tour;
    const h = held();
    const entering = lastTour === null && tour !== null;
    const selecting =
      selection !== lastSelection && tour === null && lastTour === null && h === lastHeld;
    lastSelection = selection;
    lastTour = tour;
    lastHeld = h;
    write(next, entering || selecting);
  });

  $effect(() => {
    // An edited hash fires both events (popstate first); applying twice changes nothing.
    const onNavigate = () => {
      app.applyUrl(parseUrlState(location.hash, validity));
      lastSelection = selectionOf();
      lastTour = app.tour;
      onnavigate();
      lastTour = app.tour;
      write(tidyHash(location.hash, app.url, ZOOM_RANGE), false);
    };
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  });
}

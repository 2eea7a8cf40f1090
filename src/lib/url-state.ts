/**
 * The app's state in the URL hash: `#map=4/45/80&country=…&link=…&lang=ja&date=2021-06-01&tour=3`.
 * Parsing never throws: a value that is malformed or unknown is dropped, so a mangled shared link
 * still opens the app, and `tidyHash` writes back only what is on screen.
 *
 * Rules (the README's URL line says the same):
 * - of a key given twice, the last valid value wins;
 * - `country` and `link` exclude each other (the app selects one or the other): the later of the
 *   two in the hash wins, as when a person appends `&link=…` to a link that names a country;
 * - unknown keys and invalid values are removed; only the first `MAX_HASH_LENGTH` characters of
 *   a hash are read, so pasted junk costs nothing and disappears on the next write;
 * - `map=zoom/lat/lng` is read by the app, never by MapLibre (see `parseCamera`);
 * - `tour=N` is step N of the guided tour; `tour=<id>:N` is step N of another tour — one from
 *   `data/tour-<id>.yaml` or a teacher's own from this browser — named by its id (`TOUR_ID`).
 *   An id the app does not know (yet: a teacher's tours are read from IndexedDB after the page
 *   opened, see `tourRefOf`) or a step past its end is dropped like any other unknown value.
 */
import { isLang } from '../i18n/translate';
import type { Lang } from '../i18n/messages';

export interface UrlState {
  country?: string;
  link?: string;
  lang?: Lang;
  date?: string;
  /** 1-based step of the tour presented. */
  tour?: number;
  /** The tour presented when not the guided one (only with `tour`). */
  tourId?: string;
}

/** What the data allows: unknown codes and ids are ignored. */
export interface UrlValidity {
  countries: ReadonlySet<string>;
  links: ReadonlySet<string>;
  tourLength: number;
  /** Other tours that a URL may name: id → number of steps. */
  tours?: ReadonlyMap<string, number>;
}

/** A tour's id: the data compiler's rule for ids (`compiler/core/rules.ts`), at most 100 characters. */
export const TOUR_ID = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const MAX_TOUR_ID = 100;
export const isTourId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TOUR_ID && TOUR_ID.test(value);

/** `N` or `<id>:N` as written (N: 1–4 digits, not 0), whatever the tour; null when malformed. */
function readTourValue(value: string): { id: string | null; step: number } | null {
  const m = /^(?:([^:]*):)?(\d{1,4})$/.exec(value);
  if (!m) return null;
  const step = Number(m[2]);
  const id = m[1] ?? null;
  if (step < 1 || (id !== null && !isTourId(id))) return null;
  return { id, step };
}

/**
 * The tour a hash names by id (`tour=<id>:N`, its last `tour=`), known or not, or null: what the
 * app looks up in the teacher's store before it drops the value as unknown.
 */
export function tourRefOf(hash: string): { id: string; step: number } | null {
  const value = lastOf(safeParams(hash), 'tour');
  const ref = value === null ? null : readTourValue(value);
  return ref?.id ? { id: ref.id, step: ref.step } : null;
}

/** Characters of a hash that are read at all; real hashes are under 200. */
export const MAX_HASH_LENGTH = 4096;

const KEYS = ['country', 'link', 'lang', 'date'] as const;

/** A real calendar date `YYYY-MM-DD` between years 1000 and 2999. */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function safeParams(hash: string): [string, string][] {
  const text = hash.replace(/^#/, '').slice(0, MAX_HASH_LENGTH);
  try {
    return [...new URLSearchParams(text).entries()];
  } catch {
    return [];
  }
}

/** The last value of `key`, or null. */
function lastOf(entries: [string, string][], key: string): string | null {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i]![0] === key) return entries[i]![1];
  return null;
}

export function parseUrlState(hash: string, validity: UrlValidity): UrlState {
  const state: UrlState = {};
  for (const [key, value] of safeParams(hash)) {
    switch (key) {
      case 'country':
        if (validity.countries.has(value)) {
          state.country = value;
          delete state.link;
        }
        break;
      case 'link':
        if (validity.links.has(value)) {
          state.link = value;
          delete state.country;
        }
        break;
      case 'lang':
        if (isLang(value)) state.lang = value;
        break;
      case 'date':
        if (isIsoDay(value)) state.date = value;
        break;
      case 'tour': {
        const ref = readTourValue(value);
        const length = !ref
          ? 0
          : ref.id === null
            ? validity.tourLength
            : (validity.tours?.get(ref.id) ?? 0);
        if (ref && ref.step <= length) {
          state.tour = ref.step;
          if (ref.id === null) delete state.tourId;
          else state.tourId = ref.id;
        }
        break;
      }
    }
  }
  return state;
}

/** A selection the URL asks for (`country` or `link`). */
export type HeldSelection = { country: string } | { link: string };

/**
 * The selection the hash asks for when `validity` does not know it yet, or null: a teacher's
 * own pair or country (their articles load from the browser's storage after the URL is read)
 * is held until their atlas is there, then selected or dropped. Same rules as `parseUrlState`
 * (the later of `country` and `link` wins, a key given twice keeps its last value); only
 * well-formed values (`ABC`, `ABC-DEF`) are held, and none when the hash's selection is known.
 */
export function heldSelection(hash: string, validity: UrlValidity): HeldSelection | null {
  let held: HeldSelection | null = null;
  for (const [key, value] of safeParams(hash)) {
    if (key === 'country' && /^[A-Z]{3}$/.test(value)) held = { country: value };
    if (key === 'link' && /^[A-Z]{3}-[A-Z]{3}$/.test(value)) held = { link: value };
  }
  if (!held) return null;
  const parsed = parseUrlState(hash, validity);
  if (parsed.country !== undefined || parsed.link !== undefined) return null;
  return held;
}

/** One character (a code point, not half of one) percent-encoded; a lone surrogate as U+FFFD. */
function encodeChar(c: string): string {
  try {
    return encodeURIComponent(c);
  } catch {
    return encodeURIComponent('\uFFFD');
  }
}

/**
 * Parameters → a hash; values are ids, codes, dates and numbers, written mostly unencoded. Other
 * characters are encoded a code point at a time (`u`): an emoji typed into the address bar is
 * kept whole, not split into two halves that `encodeURIComponent` refuses ("URI malformed").
 */
function hashOf(entries: [string, string][]): string {
  const text = entries
    .map(
      ([k, v]) =>
        `${k.replace(/[^\w\-./:]/gu, encodeChar)}=${v.replace(/[^\w\-./:]/gu, encodeChar)}`,
    )
    .join('&');
  return text ? `#${text}` : '';
}

/** The map's camera as the URL gives it: always north up and flat (see `parseCamera`). */
export interface MapCamera {
  zoom: number;
  lat: number;
  lng: number;
}

/** The map's zoom range (its `minZoom` / `maxZoom`). */
export interface ZoomRange {
  min: number;
  max: number;
}

/** How far north and south Web Mercator goes (MapLibre's own limit). */
export const MAX_LATITUDE = 85.051129;

export type CameraReading =
  { kind: 'none' } | { kind: 'invalid' } | { kind: 'ok'; camera: MapCamera };

/** A plain decimal as a person or MapLibre writes it: no `+`, hex, spaces, `Infinity`. */
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?$/i;

function finiteNumber(text: string): number | null {
  if (text.length > 32 || !NUMBER.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Longitude into −180…180 (180 itself stays). */
export function wrapLongitude(lng: number): number {
  if (lng >= -180 && lng <= 180) return lng;
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}

/**
 * Reads `zoom/lat/lng[/bearing[/pitch]]` (MapLibre's format). Every part must be a finite
 * number; the latitude is clamped to Web Mercator's range, the longitude wrapped into
 * −180…180 and the zoom clamped to `range`. Bearing and pitch are read and dropped: the arcs
 * are computed for a flat, north-up map, so the map has neither (`maxPitch: 0`, no rotation).
 * Anything else (an empty part, a sixth part, a word) is `invalid`: the start view is shown.
 */
export function parseCamera(value: string | null, range: ZoomRange): CameraReading {
  if (value === null) return { kind: 'none' };
  const parts = value.split('/');
  if (parts.length < 3 || parts.length > 5) return { kind: 'invalid' };
  const numbers = parts.map(finiteNumber);
  if (numbers.some((n) => n === null)) return { kind: 'invalid' };
  const [zoom, lat, lng] = numbers as [number, number, number];
  return {
    kind: 'ok',
    camera: {
      zoom: clamp(zoom, range.min, range.max),
      lat: clamp(lat, -MAX_LATITUDE, MAX_LATITUDE),
      lng: wrapLongitude(lng),
    },
  };
}

/** The `map=` of a hash (its last one), read by `parseCamera`. */
export function readMapCamera(hash: string, range: ZoomRange): CameraReading {
  return parseCamera(lastOf(safeParams(hash), 'map'), range);
}

/**
 * `zoom/lat/lng` as MapLibre writes it: zoom to 2 decimals, degrees to as many decimals as keep
 * the centre within half a pixel at that zoom; never an exponent, never `-0`.
 */
export function formatCamera(camera: MapCamera): string {
  const zoom = Math.round(camera.zoom * 100) / 100;
  const precision = Math.max(
    0,
    Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10),
  );
  const m = 10 ** precision;
  // Bounded again here, so no input can make `toFixed` write an exponent.
  const lat = clamp(camera.lat, -MAX_LATITUDE, MAX_LATITUDE);
  const lng = wrapLongitude(camera.lng);
  const text = (n: number) => {
    const rounded = Math.round(n * m) / m;
    if (rounded === 0) return '0';
    const fixed = rounded.toFixed(precision);
    return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  };
  return `${text(zoom)}/${text(lat)}/${text(lng)}`;
}

/** The hash that says exactly `camera` (null: none yet) and `state`, in a fixed key order. */
export function composeHash(camera: MapCamera | null, state: UrlState): string {
  const entries: [string, string][] = camera ? [['map', formatCamera(camera)]] : [];
  for (const key of KEYS) {
    const value = state[key];
    if (value !== undefined && value !== '') entries.push([key, String(value)]);
  }
  if (state.tour !== undefined) {
    entries.push(['tour', state.tourId ? `${state.tourId}:${state.tour}` : String(state.tour)]);
  }
  return hashOf(entries);
}

/**
 * The tidy form of `hash` for the app's `state`: its camera normalised (dropped when invalid, so
 * the map's start view writes a valid one), and nothing else but `state`.
 */
export function tidyHash(hash: string, state: UrlState, range: ZoomRange): string {
  const reading = readMapCamera(hash, range);
  return composeHash(reading.kind === 'ok' ? reading.camera : null, state);
}

/** Replaces the camera in `hash`, keeping the rest (the state writer tidies it). */
export function writeMapCamera(hash: string, camera: MapCamera): string {
  const rest = safeParams(hash).filter(([k]) => k !== 'map');
  return hashOf([['map', formatCamera(camera)], ...rest]);
}

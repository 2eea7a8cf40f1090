/**
 * The app's state in the URL hash, beside MapLibre's own `map=zoom/lat/lng` parameter:
 * `#map=4/45/80&country=…&link=…&lang=ja&date=2021-06-01&tour=3`.
 * Parsing never throws: a value that is malformed or unknown is dropped, so a mangled shared
 * link still opens the app.
 */
import { isLang } from '../i18n/translate';
import type { Lang } from '../i18n/messages';

export interface UrlState {
  country?: string;
  link?: string;
  lang?: Lang;
  date?: string;
  tour?: number;
}

/** What the data allows: unknown codes and ids are ignored. */
export interface UrlValidity {
  countries: ReadonlySet<string>;
  links: ReadonlySet<string>;
  tourLength: number;
}

const KEYS = ['country', 'link', 'lang', 'date', 'tour'] as const;

/** A real calendar date `YYYY-MM-DD` between years 1000 and 2999. */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function safeParams(hash: string): URLSearchParams {
  try {
    return new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return new URLSearchParams();
  }
}

export function parseUrlState(hash: string, validity: UrlValidity): UrlState {
  const params = safeParams(hash);
  const state: UrlState = {};
  const country = params.get('country');
  if (country && validity.countries.has(country)) state.country = country;
  const link = params.get('link');
  if (link && validity.links.has(link)) state.link = link;
  const lang = params.get('lang');
  if (isLang(lang)) state.lang = lang;
  const date = params.get('date');
  if (date && isIsoDay(date)) state.date = date;
  const tour = params.get('tour');
  if (tour && /^\d{1,4}$/.test(tour)) {
    const n = Number(tour);
    if (n >= 1 && n <= validity.tourLength) state.tour = n;
  }
  return state;
}

/**
 * Writes `state` into `hash`, keeping every other parameter (MapLibre's `map=` above all) as it
 * is. Values are ids, codes and dates, so they are written unencoded, as MapLibre writes its own.
 */
export function writeUrlState(hash: string, state: UrlState): string {
  const params = safeParams(hash);
  for (const key of KEYS) {
    const value = state[key];
    if (value === undefined || value === '') params.delete(key);
    else params.set(key, String(value));
  }
  return hashOf([...params.entries()]);
}

/** Parameters → a hash; values are ids, codes, dates and numbers, written mostly unencoded. */
function hashOf(entries: [string, string][]): string {
  const text = entries
    .map(([k, v]) => `${encodeURIComponent(k)}=${v.replace(/[^\w\-./:]/g, encodeURIComponent)}`)
    .join('&');
  return text ? `#${text}` : '';
}

/** MapLibre's camera parameter, `map=zoom/lat/lng`. */
export interface MapCamera {
  zoom: number;
  lat: number;
  lng: number;
}

/**
 * Reads `map=zoom/lat/lng` as MapLibre writes it (bearing and pitch, if any, are ignored); null
 * when it is missing or out of range.
 */
export function readMapCamera(hash: string): MapCamera | null {
  const value = safeParams(hash).get('map');
  if (!value) return null;
  const parts = value.split('/');
  if (parts.length < 3 || parts.slice(0, 3).some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lng] = parts.slice(0, 3).map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng };
}

/** Writes the camera as MapLibre does (zoom to 2 decimals, degrees to 4), keeping the rest. */
export function writeMapCamera(hash: string, camera: MapCamera): string {
  const params = safeParams(hash);
  const round = (n: number, d: number) => String(Number(n.toFixed(d)));
  const value = `${round(camera.zoom, 2)}/${round(camera.lat, 4)}/${round(camera.lng, 4)}`;
  // MapLibre writes `map=` first.
  return hashOf([['map', value], ...[...params.entries()].filter(([k]) => k !== 'map')]);
}

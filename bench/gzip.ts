/**
 * Byte accounting for the first view: what the browser downloaded, sorted into JS, CSS, geometry,
 * data and HTML, each with its gzip size (zlib level 9, as a static host that precompresses would
 * serve it; the bench's own server sends bodies uncompressed).
 *
 * The dataset is not a file of its own: `virtual:atlas-data` is bundled into the app's JS as one
 * `JSON.parse("…")` string literal. `accountBytes` finds that literal and counts its marginal share
 * as data — gzip(file) − gzip(file without the literal) — and the rest of the file as JS.
 */
import { gzipSync } from 'node:zlib';

export type Category = 'js' | 'css' | 'geometry' | 'data' | 'html' | 'other';
export const CATEGORIES: readonly Category[] = ['js', 'css', 'geometry', 'data', 'html', 'other'];

export interface Sizes {
  raw: number;
  gzip: number;
}

export interface Observed {
  url: string;
  contentType: string;
  body: Uint8Array;
}

export interface FileAccount extends Sizes {
  url: string;
  category: Category;
  /** The dataset's share of this file, when the file holds it. */
  data?: Sizes;
}

export interface Accounting {
  files: FileAccount[];
  totals: Record<Category, Sizes>;
  total: Sizes;
  /** URLs of the files the dataset was found in (empty: not found anywhere). */
  dataIn: string[];
}

const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(typeof body === 'string' ? encoder.encode(body) : body, { level: 9 }).length;
}

/** The category of a response by its path and content type (the dataset aside). */
export function categorize(url: string, contentType: string): Category {
  const path = new URL(url).pathname.toLowerCase();
  const type = contentType.toLowerCase();
  if (/\.(m?js)$/.test(path) || type.includes('javascript')) return 'js';
  if (path.endsWith('.css') || type.includes('text/css')) return 'css';
  if (path.includes('/geo/') || /\.(topo\.json|geojson)$/.test(path)) return 'geometry';
  if (path.endsWith('.json') || type.includes('application/json')) return 'data';
  if (path.endsWith('/') || path.endsWith('.html') || type.includes('text/html')) return 'html';
  return 'other';
}

/** Keys the compiled dataset's JSON always holds (see `AtlasData`). */
const DATA_KEYS = ['"documents":', '"links":', '"countries":'];

/**
 * The string literal (quotes included) holding the dataset's JSON in a JS bundle, as
 * [start, end) offsets, or null. It starts with `{"documents":` (escaped inside "…") and holds the
 * other top-level keys of `AtlasData`.
 */
export function findDataLiteral(js: string): { start: number; end: number } | null {
  const openers = ['`{"documents":', '\'{"documents":', '"{\\"documents\\":'];
  for (const opener of openers) {
    let from = 0;
    for (;;) {
      const start = js.indexOf(opener, from);
      if (start < 0) break;
      from = start + 1;
      const end = literalEnd(js, start);
      if (end === null) continue;
      const body = js.slice(start, end);
      const plain = opener.startsWith('"') ? body.replaceAll('\\"', '"') : body;
      if (DATA_KEYS.every((k) => plain.includes(k))) return { start, end };
    }
  }
  return null;
}

/** Offset just past the closing quote of the literal opening at `start`. */
function literalEnd(js: string, start: number): number | null {
  const quote = js[start];
  for (let i = start + 1; i < js.length; i++) {
    const c = js[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (quote !== '`' && c === '\n') return null;
  }
  return null;
}

/** The value of a JS string literal ('…', "…" or a template without substitutions). */
export function decodeStringLiteral(literal: string): string {
  const quote = literal[0];
  if (!quote || !`'"\``.includes(quote) || literal[literal.length - 1] !== quote) {
    throw new Error('not a string literal');
  }
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      if (quote === '`' && c === '$' && body[i + 1] === '{') {
        throw new Error('template literal with a substitution');
      }
      out += c;
      continue;
    }
    const e = body[++i];
    switch (e) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
        out += '\0';
        break;
      case 'x':
        out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
        i += 2;
        break;
      case 'u':
        if (body[i + 1] === '{') {
          const close = body.indexOf('}', i);
          out += String.fromCodePoint(parseInt(body.slice(i + 2, close), 16));
          i = close;
        } else {
          out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
          i += 4;
        }
        break;
      case '\r':
        if (body[i + 1] === '\n') i++;
        break;
      case '\n':
      case '\u2028':
      case '\u2029':
        break;
      case undefined:
        throw new Error('string literal ends with a backslash');
      default:
        out += e;
    }
  }
  return out;
}

const zero = (): Sizes => ({ raw: 0, gzip: 0 });

/** Sort the responses into categories, carving the dataset out of the JS that bundles it. */
export function accountBytes(observed: readonly Observed[]): Accounting {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, zero()])) as Record<Category, Sizes>;
  const files: FileAccount[] = [];
  const dataIn: string[] = [];
  const decoder = new TextDecoder();
  for (const o of observed) {
    const category = categorize(o.url, o.contentType);
    const raw = o.body.length;
    const gzip = gzipSize(o.body);
    const file: FileAccount = { url: o.url, category, raw, gzip };
    if (category === 'data') dataIn.push(o.url);
    if (category === 'js') {
      const js = decoder.decode(o.body);
      const literal = findDataLiteral(js);
      if (literal) {
        const without = js.slice(0, literal.start) + '""' + js.slice(literal.end);
        file.data = {
          raw: raw - byteLength(without),
          gzip: gzip - gzipSize(without),
        };
        dataIn.push(o.url);
      }
    }
    files.push(file);
    const data = file.data ?? zero();
    totals[category].raw += raw - data.raw;
    totals[category].gzip += gzip - data.gzip;
    totals.data.raw += data.raw;
    totals.data.gzip += data.gzip;
  }
  const total = CATEGORIES.reduce(
    (s, c) => ({ raw: s.raw + totals[c].raw, gzip: s.gzip + totals[c].gzip }),
    zero(),
  );
  return { files, totals, total, dataIn };
}

/**
 * How much of the dataset is the documents' verbatim text: the marginal gzip size of the texts
 * within the dataset's JSON. Since issue 14 the app's dataset carries none (they are a chunk of
 * their own, `virtual:atlas-texts`): then it is 0.
 */
export function documentTextShare(dataJson: string): Sizes & { documents: number } {
  const data = JSON.parse(dataJson) as { documents?: { text?: unknown }[] };
  const docs = data.documents ?? [];
  const blank = JSON.stringify({
    ...data,
    documents: docs.map((d) => (d.text === undefined ? d : { ...d, text: '' })),
  });
  const full = JSON.stringify(data);
  return {
    documents: docs.length,
    raw: byteLength(full) - byteLength(blank),
    gzip: gzipSize(full) - gzipSize(blank),
  };
}

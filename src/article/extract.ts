/**
 * The extractor's entry point, shared by the app ("Add an article") and `npm run extract`:
 * bytes or text in, proposals out, or a clear error value. Never throws, never evaluates the
 * input (HTML is scanned as a string, see text.ts). chrono-node is loaded only when asked for
 * (`loadChrono`), so importing this module costs nothing until an article is read.
 */
import type { ChronoLike } from './dates.ts';
import type { Lexicon } from './lexicon.ts';
import { propose, type Proposals, type ProposedFigure } from './propose.ts';
import type { Lang } from './sentences.ts';
import { decodeBytes, htmlToText, looksLikeHtml } from './text.ts';

/** Longest text read (characters); a longer one is refused rather than left to run for long. */
export const MAX_CHARS = 100_000;

export type ExtractError = 'empty' | 'binary' | 'too-large' | 'no-countries' | 'failed';

export type ExtractResult =
  | { ok: true; text: string; lang: Lang; html: boolean; proposals: Proposals }
  | { ok: false; code: ExtractError; error: string };

export interface ExtractOptions {
  lang?: Lang;
  title?: string;
  /** Treat the input as HTML (default: detected). */
  html?: boolean;
  chrono?: ChronoLike;
}

/** chrono-node's English parser, loaded on first use (a separate chunk in the app). */
export async function loadChrono(): Promise<ChronoLike> {
  const m = await import('chrono-node/en');
  return m;
}

/** Bytes (a dropped file) or a string (pasted text) to plain text. */
export function readInput(
  input: string | Uint8Array,
  html?: boolean,
): { ok: true; text: string; html: boolean } | { ok: false; code: ExtractError; error: string } {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array) {
    if (input.length > MAX_CHARS * 4) return tooLarge(input.length, 'bytes');
    const r = decodeBytes(input);
    if (!r.ok)
      return { ok: false, code: r.error.includes('empty') ? 'empty' : 'binary', error: r.error };
    text = r.text;
  } else return { ok: false, code: 'failed', error: 'expected a text or the bytes of a file' };
  if (text.length > MAX_CHARS * 4) return tooLarge(text.length, 'characters');
  const isHtml = html ?? looksLikeHtml(text);
  if (isHtml) text = htmlToText(text);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return {
      ok: false,
      code: 'empty',
      error: isHtml ? 'the page has no text' : 'the text is empty',
    };
  }
  if (text.length > MAX_CHARS) return tooLarge(text.length, 'characters');
  return { ok: true, text, html: isHtml };
}

function tooLarge(n: number, unit: string) {
  return {
    ok: false as const,
    code: 'too-large' as const,
    error: `the text is too long (${n.toLocaleString('en')} ${unit}); an article of at most ${MAX_CHARS.toLocaleString('en')} characters can be read: paste the part about the countries`,
  };
}

/** Reads and proposes, synchronously (pass `chrono` from `loadChrono` for English dates). */
export function extractSync(
  input: string | Uint8Array,
  lex: Lexicon,
  opts: ExtractOptions = {},
): ExtractResult {
  try {
    const r = readInput(input, opts.html);
    if (!r.ok) return r;
    const proposals = propose(r.text, lex, opts);
    if (proposals.countries.length === 0) {
      return { ok: false, code: 'no-countries', error: 'no country was found in the text' };
    }
    return { ok: true, text: r.text, lang: proposals.lang, html: r.html, proposals };
  } catch (e) {
    return {
      ok: false,
      code: 'failed',
      error: `the text could not be read: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/** Reads and proposes, loading chrono-node first unless given. */
export async function extractArticle(
  input: string | Uint8Array,
  lex: Lexicon,
  opts: ExtractOptions = {},
): Promise<ExtractResult> {
  let chrono = opts.chrono;
  if (!chrono) {
    try {
      chrono = await loadChrono();
    } catch {
      chrono = undefined; // the Japanese and English rules still work without it
    }
  }
  return extractSync(input, lex, { ...opts, chrono });
}

/** The proposals in exactly the shape of issue 11's `--json`. */
export function toJson(p: Proposals) {
  const figure = (f: ProposedFigure) => ({
    value: f.value,
    currency: f.currency,
    measure: f.measure,
    from: f.from ?? null,
    to: f.to ?? null,
    period: f.period ?? null,
    qualifier: f.qualifier,
    quote: f.quote,
  });
  return {
    countries: p.countries.map((c) => ({ iso3: c.iso3, mentions: c.mentions })),
    links: p.links.map((l) => ({
      a: l.a,
      b: l.b,
      kinds: l.kinds,
      figures: l.figures.map(figure),
      events: l.events.map((e) => ({ date: e.date, kind: e.kind, quote: e.quote })),
    })),
  };
}

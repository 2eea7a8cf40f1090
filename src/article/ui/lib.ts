/**
 * What the "Add an article" dialog needs when it opens, in one lazily loaded chunk: the
 * extractor and its word lists (parsed at build time, see words.ts), the countries' names, and
 * keeping articles in IndexedDB. The data compiler and the YAML parser that turn the accepted
 * proposals into the map's atlas are another chunk (atlas-lib.ts), loaded once something is
 * accepted or kept; chrono-node (loadChrono) and fflate (the zip) load when first used. Nothing
 * here is part of the first view's download.
 */
import { removeArticle, saveArticle } from '../store.ts';
import { fromTeacher, toTeacher } from './bridge.ts';
import type { ArticleDraft } from './review.ts';
import { countryNames, getLexicon } from './words.ts';

export { extractArticle, readInput, loadChrono, MAX_CHARS } from '../extract.ts';
export { findCountries } from '../gazetteer.ts';
export { findAmounts } from '../amounts.ts';
export { findDates } from '../dates.ts';
export { getLexicon } from './words.ts';

/** Each map country's name. */
export const meta = countryNames;

/** The zip module (fflate), loaded only when the teacher downloads or opens a zip. */
const loadZip = () => import('../zip.ts');

/** Keeps one article; false when this browser keeps nothing. */
export async function keepArticle(d: ArticleDraft): Promise<boolean> {
  return (await saveArticle(toTeacher(d, getLexicon()))).ok;
}

export async function forgetArticle(id: string): Promise<boolean> {
  return (await removeArticle(id)).ok;
}

/** The zip of the articles' data files (`documents/…`, `relations-<id>.yaml`). */
export async function zipOf(drafts: readonly ArticleDraft[]): Promise<Uint8Array> {
  const z = await loadZip();
  const names = Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, v.name]));
  return z.articlesToZip(
    drafts.map((d) => toTeacher(d, getLexicon())),
    names,
  );
}

/** The articles of a zip made by `zipOf` (on this or another computer). */
export async function articlesOfZip(
  bytes: Uint8Array,
): Promise<
  { ok: true; drafts: ArticleDraft[] } | { ok: false; error: { ja: string; en: string } }
> {
  const z = await loadZip();
  const r = z.zipToArticles(bytes);
  return r.ok ? { ok: true, drafts: r.articles.map(fromTeacher) } : r;
}

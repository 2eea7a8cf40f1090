/**
 * Everything "Add an article" needs beyond its button, in one lazily loaded chunk: the
 * extractor, its word lists (data/gazetteer.yaml, data/keywords.yaml, read as text at build time
 * and parsed here), the geometry's country names and label points, and the teacher's atlas.
 * Nothing here is part of the first view's download.
 */
import { parse } from 'yaml';
import gazetteerText from '../../../data/gazetteer.yaml?raw';
import keywordsText from '../../../data/keywords.yaml?raw';
import metaJson from '../../../geo/out/countries-meta.json';
import type { AtlasData } from '../../data/types';
import { EVENT_KINDS } from '../../data/schema';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/messages';
import { buildLexicon, type Lexicon } from '../lexicon.ts';
import {
  compileTeacherArticles,
  listArticles,
  loadZip,
  mergeAtlas,
  removeArticle,
  saveArticle,
  type AtlasIssue,
} from '../teacher.ts';
import { fromTeacher, toTeacher } from './bridge.ts';
import type { ArticleDraft } from './review.ts';
import { teacherAtlas, type CountryMeta } from './to-atlas.ts';

export { extractArticle, readInput, loadChrono, MAX_CHARS } from '../extract.ts';
export { findCountries } from '../gazetteer.ts';
export { findAmounts } from '../amounts.ts';
export { findDates } from '../dates.ts';

export const meta = metaJson as unknown as CountryMeta;

let lexicon: Lexicon | undefined;
/** The extractor's word lists, parsed once. */
export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const r = buildLexicon(parse(gazetteerText), parse(keywordsText));
  if (!r.ok) throw new Error(`data/ word lists: ${r.error}`);
  lexicon = r.lexicon;
  return lexicon;
}

const eventKey = (kind: string): MessageKey =>
  ((EVENT_KINDS as readonly string[]).includes(kind)
    ? `articleEvent_${kind}`
    : 'articleEvent_other') as MessageKey;

export interface TeacherAtlas {
  atlas: AtlasData;
  draftLinks: Set<string>;
  /** The data compiler's problems with the articles' files ([] when `npm run data` would pass). */
  issues: AtlasIssue[];
}

/**
 * The base atlas with the teacher's accepted proposals, and the links they touch: the articles'
 * data files compiled in the browser by the data compiler (the same checks as `npm run data`) and
 * merged. Should the compiler refuse them, the accepted proposals (each checked against its
 * quote by the review) are still drawn, and the problems are returned to be shown.
 */
export function buildTeacherAtlas(base: AtlasData, drafts: readonly ArticleDraft[]): TeacherAtlas {
  if (drafts.length === 0) return { atlas: base, draftLinks: new Set(), issues: [] };
  const lex = getLexicon();
  const r = compileTeacherArticles(
    drafts.map((d) => toTeacher(d, lex)),
    { atlas: base, meta },
  );
  if (r.ok) {
    return {
      atlas: mergeAtlas(base, r.extra),
      draftLinks: new Set(r.extra.links.map((l) => l.id)),
      issues: [],
    };
  }
  return { ...reviewedAtlas(base, drafts), issues: r.issues };
}

/** Kept articles, oldest first. */
export async function loadKept(): Promise<ArticleDraft[]> {
  const r = await listArticles();
  return r.ok ? r.value.map(fromTeacher) : [];
}

/** Keeps one article; false when this browser keeps nothing. */
export async function keepArticle(d: ArticleDraft): Promise<boolean> {
  return (await saveArticle(toTeacher(d, getLexicon()))).ok;
}

export async function forgetArticle(id: string): Promise<boolean> {
  return (await removeArticle(id)).ok;
}

/** The zip of the articles' data files (`documents/…`, `relations-<id>.yaml`). */
export async function zipOf(base: AtlasData, drafts: readonly ArticleDraft[]): Promise<Uint8Array> {
  const z = await loadZip();
  const names = Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, v.name]));
  return z.articlesToZip(
    drafts.map((d) => toTeacher(d, getLexicon())),
    base.links.map((l) => l.id),
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

function reviewedAtlas(base: AtlasData, drafts: readonly ArticleDraft[]) {
  const names = new Map(base.countries.map((c) => [c.iso3, c.name]));
  const nameOf = (iso3: string) => names.get(iso3) ?? meta[iso3]?.name ?? { ja: iso3, en: iso3 };
  return teacherAtlas(base, drafts, meta, (kind, a, b) => ({
    ja: `${nameOf(a).ja}・${nameOf(b).ja}: ${translate('ja', eventKey(kind))}`,
    en: `${nameOf(a).en}–${nameOf(b).en}: ${translate('en', eventKey(kind))}`,
  }));
}

/**
 * The public API of "Add an article" (issue 11): the one module the interface imports, lazily,
 * when the teacher opens the dialog. Everything here is pure or browser-only (no Node API).
 *
 * Flow: `extractArticle` (text or file bytes → proposals) → `createTeacherArticle` → `decide`
 * for each proposal (accept / edit with form values / reject; a figure its quote does not state
 * is refused with a reason in ja and en) → `compileTeacherArticles` (the compiler's own checks,
 * in the browser) → `mergeAtlas` (the map draws the result, marked `origin: 'teacher'`) →
 * `saveArticle` (IndexedDB) and `loadZip()` → `articlesToZip` / `zipToArticles` (fflate, loaded
 * only then).
 */

import { parse } from 'yaml';
import { buildLexicon, type LexiconResult } from './lexicon.ts';

/** Reads pasted text or a dropped file's bytes (UTF-8 / Shift_JIS, HTML reduced to its text) and proposes. */
export { extractArticle, extractSync, readInput, MAX_CHARS } from './extract.ts';
export type { ExtractResult, ExtractError, ExtractOptions } from './extract.ts';
/** Builds the extractor's word lists from data/gazetteer.yaml and data/keywords.yaml (parsed). */
export { buildLexicon, type Lexicon, type LexiconResult } from './lexicon.ts';
/** The compiler's money parser: `parseMoney('59億ドル')` → 5900000000 (for the form's amount field); `findMoney(quote)` lists a quote's dollar amounts. */
export { parseMoney, findMoney, formatUsd } from './money.ts';
/** The closed lists for the form's pickers (kinds, measures, qualifiers, event kinds). */
export {
  LINK_KINDS,
  MEASURES,
  QUALIFIERS,
  EVENT_KINDS,
  DIRECTIONAL_MEASURES,
} from '../data/schema.ts';
/** A document id from a file name or a title (lowercase letters, digits and dashes). */
export { documentId } from './draft.ts';
export type {
  Proposals,
  ProposedLink,
  ProposedFigure,
  ProposedEvent,
  ProposedDate,
  Period,
} from './propose.ts';

export {
  /** A new article with no decisions; pass the lexicon so the country words (aliases) are kept. */
  createTeacherArticle,
  /** Records accept / edit / reject (or clears it with `undefined`); `{ ok: false, reason: {ja,en} }` when refused. */
  decide,
  /** The key of a link / figure / event proposal: `link:i`, `figure:i:j`, `event:i:j`. */
  linkKey,
  figureKey,
  eventKey,
  /** The proposal a key names. */
  proposalAt,
  /** The form values a proposed figure starts from (for "edit"). */
  figureEditOf,
  /** Why a figure cannot be saved ({ja, en}) or null: the compiler's quote check, period, direction. */
  checkTeacherFigure,
  /** Why an edited link / event cannot be kept, or null. */
  checkLinkEdit,
  checkEventEdit,
  /** A link's two ends as decided. */
  linkEnds,
  /** What the teacher keeps (accepted/edited, checked again), and what no longer passes. */
  keptEntries,
  ARTICLE_ID_RE,
} from './model.ts';
export type {
  TeacherArticle,
  TeacherMeta,
  Decision,
  DecideResult,
  FigureEdit,
  EventEdit,
  LinkEdit,
  ProposalKey,
  Kept,
  KeptLink,
  KeptFigure,
  KeptEvent,
} from './model.ts';

/** The article's data files (`documents/<id>.txt|yaml`, `relations-<id>.yaml`), exactly in the data/ format. */
export { articleFiles, teacherFiles, type DataFile, type ArticleFilesOptions } from './files.ts';
/** The compiler's core run on the teacher's files in the browser: the extra data, or the problems with their Fix. */
export {
  compileTeacherArticles,
  type TeacherBase,
  type TeacherCompile,
  /** The atlas the map shows: base + every article that compiles, and the problems of the others. */
  teacherAtlas,
  type TeacherAtlas,
} from './check.ts';
/** The atlas with the teacher's extra data joined (new items `origin: 'teacher'`; a pair of data/ that gets more is `teacher-joined`). */
export { mergeAtlas } from '../data/merge.ts';
export type { AtlasIssue } from '../../compiler/core/index.ts';
/** Kept in the browser (IndexedDB 'bilateral-atlas-articles'): list, save, remove one. */
export {
  listArticles,
  saveArticle,
  removeArticle,
  ARTICLES_DB,
  type StoreResult,
} from './store.ts';

/**
 * The extractor's word lists from the texts of data/gazetteer.yaml and data/keywords.yaml (e.g.
 * imported with `?raw`), or why they cannot be read.
 */
export function lexiconFromYaml(gazetteer: string, keywords: string): LexiconResult {
  try {
    return buildLexicon(parse(gazetteer), parse(keywords));
  } catch (e) {
    return {
      ok: false,
      error: `the word lists cannot be read: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/** The zip module (fflate), loaded only when the teacher downloads or opens a zip. */
export const loadZip = () => import('./zip.ts');

/**
 * Is this value a teacher's article? For what comes back from storage or from a zip made on
 * another computer: the shape is checked (not trusted); the quotes and figures are checked again
 * when the files are made (`keptEntries`) and compiled.
 */
import type { LangText } from '../data/types.ts';
import { ARTICLE_ID_RE, type TeacherArticle } from './model.ts';

export type ParsedArticle = { ok: true; article: TeacherArticle } | { ok: false; error: LangText };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isLang = (v: unknown): boolean =>
  isObj(v) && typeof v.ja === 'string' && typeof v.en === 'string';
const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

function problem(v: unknown): string | undefined {
  if (!isObj(v)) return 'not an object';
  if (typeof v.id !== 'string' || !ARTICLE_ID_RE.test(v.id)) return 'id';
  if (typeof v.text !== 'string' || v.text.trim() === '') return 'text';
  if (typeof v.createdAt !== 'string') return 'createdAt';
  const m = v.meta;
  if (!isObj(m) || !isLang(m.title) || !isLang(m.credit) || typeof m.lang !== 'string') {
    return 'meta';
  }
  if (m.sourceUrl !== undefined && typeof m.sourceUrl !== 'string') return 'meta.sourceUrl';
  if (m.summary !== undefined && !isLang(m.summary)) return 'meta.summary';
  if (
    m.date !== undefined &&
    typeof m.date !== 'string' &&
    !(isObj(m.date) && typeof m.date.iso === 'string')
  ) {
    return 'meta.date';
  }
  const p = v.proposals;
  if (!isObj(p) || !Array.isArray(p.countries) || !Array.isArray(p.links)) return 'proposals';
  for (const c of p.countries) {
    if (!isObj(c) || typeof c.iso3 !== 'string' || !strings(c.mentions))
      return 'proposals.countries';
  }
  for (const l of p.links) {
    if (
      !isObj(l) ||
      typeof l.a !== 'string' ||
      typeof l.b !== 'string' ||
      !strings(l.kinds) ||
      !strings(l.quotes) ||
      !Array.isArray(l.figures) ||
      !Array.isArray(l.events) ||
      !l.figures.every(
        (f) => isObj(f) && typeof f.value === 'number' && typeof f.quote === 'string',
      ) ||
      !l.events.every((e) => isObj(e) && typeof e.quote === 'string')
    ) {
      return 'proposals.links';
    }
  }
  if (!isObj(v.aliases) || !Object.values(v.aliases).every(strings)) return 'aliases';
  if (!isObj(v.decisions)) return 'decisions';
  for (const d of Object.values(v.decisions)) {
    if (!isObj(d) || !['accepted', 'rejected', 'edited'].includes(d.status as string)) {
      return 'decisions';
    }
    if (d.status === 'edited' && !isObj(d.link) && !isObj(d.figure) && !isObj(d.event)) {
      return 'decisions';
    }
  }
  return undefined;
}

/** The value as an article, or what is wrong with it (ja/en). */
export function parseTeacherArticle(v: unknown): ParsedArticle {
  const bad = problem(v);
  if (bad === undefined) return { ok: true, article: v as TeacherArticle };
  return {
    ok: false,
    error: {
      ja: `記事のデータが壊れています(${bad})。`,
      en: `the article's data is broken (${bad})`,
    },
  };
}

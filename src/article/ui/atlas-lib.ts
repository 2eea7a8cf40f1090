/**
 * The teacher's atlas, in its own lazily loaded chunk: the articles kept in IndexedDB, compiled
 * in the browser by the data compiler (the same checks as `npm run data`, with its YAML parser)
 * and merged into the base atlas. Loaded at start when the teacher kept articles, and when the
 * dialog accepts or keeps something; not needed to open the dialog (lib.ts).
 */
import metaJson from '../../../geo/out/countries-meta.json';
import type { AtlasData, EventKind } from '../../data/types';
import { mergeAtlas } from '../../data/merge';
import { EVENT_KINDS } from '../../data/schema';
import { eventKindLabel } from '../../lib/describe';
import type { AtlasIssue } from '../../../compiler/core/issues';
import { compileTeacherArticles } from '../check.ts';
import { listArticles } from '../store.ts';
import { fromTeacher, toTeacher } from './bridge.ts';
import type { ArticleDraft } from './review.ts';
import { teacherAtlas, type CountryMeta } from './to-atlas.ts';
import { getLexicon } from './words.ts';

const meta = metaJson as unknown as CountryMeta;

/** A kind the compiler does not know (a hand-edited file) is named as "other". */
const knownKind = (kind: string): EventKind =>
  (EVENT_KINDS as readonly string[]).includes(kind) ? (kind as EventKind) : 'other';

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

function reviewedAtlas(base: AtlasData, drafts: readonly ArticleDraft[]) {
  const names = new Map(base.countries.map((c) => [c.iso3, c.name]));
  const nameOf = (iso3: string) => names.get(iso3) ?? meta[iso3]?.name ?? { ja: iso3, en: iso3 };
  return teacherAtlas(base, drafts, meta, (kind, a, b) => ({
    ja: `${nameOf(a).ja}・${nameOf(b).ja}: ${eventKindLabel(knownKind(kind), 'ja')}`,
    en: `${nameOf(a).en}–${nameOf(b).en}: ${eventKindLabel(knownKind(kind), 'en')}`,
  }));
}

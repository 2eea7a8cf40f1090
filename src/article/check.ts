/**
 * The teacher's articles checked in the browser by the compiler's own core (`compileAtlas`), the
 * same rules as `npm run data`: their data files, plus just enough of the atlas for context (the
 * geometry's country list, the regions, and the first declaration of each pair they touch, so
 * that China–Kazakhstan merges instead of being declared twice). No Node API is used here.
 *
 * The result is the teacher's extra data (what `mergeAtlas` adds to the atlas) or the compiler's
 * problems, each with its Fix.
 */
import { compileAtlas, type AtlasIssue } from '../../compiler/core/index.ts';
import { mergeAtlas } from '../data/merge.ts';
import type { AtlasData, LangText, Quote } from '../data/types.ts';
import { teacherFiles, type DataFile } from './files.ts';
import { ARTICLE_ID_RE, keptEntries, type TeacherArticle } from './model.ts';

export interface TeacherBase {
  /** The atlas as built from data/ (what the app shows). */
  atlas: AtlasData;
  /** The geometry's country list (`geo/out/countries-meta.json`): its text or its parsed JSON. */
  meta: string | Readonly<Record<string, unknown>>;
}

export type TeacherCompile =
  | { ok: true; extra: AtlasData; warnings: AtlasIssue[]; files: DataFile[] }
  | { ok: false; issues: AtlasIssue[]; files: DataFile[] };

/** Country names from the geometry's list (for the titles of events). */
function namesOf(meta: Readonly<Record<string, unknown>>): Record<string, LangText> {
  const out: Record<string, LangText> = {};
  for (const [iso3, e] of Object.entries(meta)) {
    const name = (e as { name?: { ja?: unknown; en?: unknown } } | null)?.name;
    if (typeof name?.ja === 'string' && typeof name.en === 'string') {
      out[iso3] = { ja: name.ja, en: name.en };
    }
  }
  return out;
}

function idProblems(articles: readonly TeacherArticle[], atlas: AtlasData): AtlasIssue[] {
  const issues: AtlasIssue[] = [];
  const seen = new Set<string>();
  const known = new Set(atlas.documents.map((d) => d.id));
  for (const a of articles) {
    const file = `data/documents/${a.id}.yaml`;
    if (!ARTICLE_ID_RE.test(a.id)) {
      issues.push({
        file,
        path: 'id',
        message: `「${a.id}」 is not a document id`,
        fix: 'use lowercase letters, digits and dashes, e.g. jpn-mng-2024',
      });
    } else if (known.has(a.id)) {
      issues.push({
        file,
        path: 'id',
        message: `the atlas already has a document ${a.id}`,
        fix: 'give the article another id',
      });
    } else if (seen.has(a.id)) {
      issues.push({
        file,
        path: 'id',
        message: `two articles have the id ${a.id}`,
        fix: 'give each article its own id',
      });
    }
    seen.add(a.id);
  }
  return issues;
}

/** The context files: the first declaration of each pair the articles touch, with its document. */
function contextFiles(articles: readonly TeacherArticle[], atlas: AtlasData): Map<string, string> {
  const files = new Map<string, string>();
  const touched = new Set(
    articles.flatMap((a) => keptEntries(a).links.map((l) => `${l.a}-${l.b}`)),
  );
  const quotes = new Map(atlas.quotes.map((q) => [q.id, q]));
  const used: Quote[] = [];
  const links: unknown[] = [];
  for (const l of atlas.links) {
    if (!touched.has(l.id)) continue;
    const q = l.quotes.map((id) => quotes.get(id)).find((x) => x !== undefined);
    if (!q) continue;
    used.push(q);
    links.push({ a: l.a, b: l.b, kinds: l.kinds, quotes: [q.id] });
  }
  const docs = new Set(used.map((q) => q.doc));
  for (const d of atlas.documents) {
    if (!docs.has(d.id)) continue;
    // The caller passes the atlas with its documents' texts (`withTexts`, src/data/texts.ts).
    if (d.text === undefined) throw new Error(`document ${d.id}: no text (load the texts first)`);
    files.set(`documents/${d.id}.txt`, d.text);
    files.set(
      `documents/${d.id}.yaml`,
      JSON.stringify({
        title: d.title,
        lang: d.lang,
        source: { credit: d.source.credit },
        summary: d.summary,
      }),
    );
  }
  files.set(
    'relations.yaml',
    JSON.stringify({
      quotes: used.map((q) => ({ id: q.id, doc: q.doc, text: q.text })),
      links,
    }),
  );
  const regions =
    atlas.regions.length > 0
      ? atlas.regions
      : [{ id: 'world', name: { ja: '世界', en: 'World' }, bounds: [-180, -60, 180, 80] }];
  files.set(
    'regions.yaml',
    JSON.stringify({ initialRegion: atlas.initialRegion || regions[0]?.id, regions }),
  );
  return files;
}

/** What the compile of article + context gives, without the context. */
function withoutContext(data: AtlasData, contextDocs: Set<string>): AtlasData {
  const quotes = data.quotes.filter((q) => !contextDocs.has(q.doc));
  const keep = new Set(quotes.map((q) => q.id));
  return {
    documents: data.documents.filter((d) => !contextDocs.has(d.id)),
    quotes,
    countries: data.countries.map((c) => ({
      ...c,
      mentions: c.mentions.filter((m) => keep.has(m)),
    })),
    links: data.links.map((l) => ({
      ...l,
      quotes: l.quotes.filter((q) => keep.has(q)),
      statuses: l.statuses.filter((s) => s.quotes.every((q) => keep.has(q))),
    })),
    figures: data.figures,
    events: data.events,
    regions: [],
    initialRegion: '',
    tour: [],
  };
}

/**
 * Compiles the teacher's articles against the atlas, in the browser. `ok: false` carries the
 * compiler's problems (file, line, what is wrong, `fix`), exactly as `npm run data` would print
 * them for the downloaded files.
 */
export function compileTeacherArticles(
  articles: readonly TeacherArticle[],
  base: TeacherBase,
): TeacherCompile {
  let meta: Readonly<Record<string, unknown>> | undefined;
  let metaText: string | undefined;
  if (typeof base.meta === 'string') {
    metaText = base.meta;
    try {
      meta = JSON.parse(base.meta) as Record<string, unknown>;
    } catch {
      meta = undefined;
    }
  } else {
    meta = base.meta;
    metaText = JSON.stringify(base.meta);
  }
  const files = teacherFiles(articles, meta ? namesOf(meta) : undefined);
  const issues = idProblems(articles, base.atlas);
  if (issues.length > 0) return { ok: false, issues, files };
  if (articles.length === 0) {
    const none = { documents: [], quotes: [], countries: [], links: [], figures: [], events: [] };
    return {
      ok: true,
      extra: { ...none, regions: [], initialRegion: '', tour: [] },
      warnings: [],
      files,
    };
  }
  const input = contextFiles(articles, base.atlas);
  const contextDocs = new Set(
    [...input.keys()].filter((p) => p.endsWith('.txt')).map((p) => p.slice(10, -4)),
  );
  for (const f of files) input.set(f.path, f.text);
  const result = compileAtlas(input, { meta: { text: metaText } });
  if (!result.data) return { ok: false, issues: result.errors, files };
  return {
    ok: true,
    extra: withoutContext(result.data, contextDocs),
    // The context has no tour (and needs none): only the articles' own warnings are kept.
    warnings: result.warnings.filter((w) => !/\/(?:tour|regions|relations)\.yaml$/.test(w.file)),
    files,
  };
}

export interface TeacherAtlas {
  /** The atlas with every article that compiles joined in (`mergeAtlas`). */
  atlas: AtlasData;
  /** The compiler's problems of each article that does not compile (`id: ''` when only the
   * articles together fail, e.g. two with one id). */
  problems: { id: string; issues: AtlasIssue[] }[];
  warnings: AtlasIssue[];
}

/**
 * What the map shows: the atlas with the teacher's articles joined. When they do not compile
 * together, each is compiled alone and those that pass are still drawn, so that one broken
 * article never hides the others.
 */
export function teacherAtlas(articles: readonly TeacherArticle[], base: TeacherBase): TeacherAtlas {
  const all = compileTeacherArticles(articles, base);
  if (all.ok) {
    return { atlas: mergeAtlas(base.atlas, all.extra), problems: [], warnings: all.warnings };
  }
  let atlas = base.atlas;
  const problems: TeacherAtlas['problems'] = [];
  const warnings: AtlasIssue[] = [];
  const seen = new Set<string>();
  for (const a of articles) {
    const r = seen.has(a.id) ? all : compileTeacherArticles([a], base);
    seen.add(a.id);
    if (r.ok) {
      atlas = mergeAtlas(atlas, r.extra);
      warnings.push(...r.warnings);
    } else problems.push({ id: a.id, issues: r.issues });
  }
  if (problems.length === 0) problems.push({ id: '', issues: all.issues });
  return { atlas, problems, warnings };
}

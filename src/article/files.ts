/**
 * A teacher's article as data files, exactly in the data/ format (data/README.md):
 * `documents/<id>.txt` (the text, unchanged), `documents/<id>.yaml` and `relations-<id>.yaml`
 * holding only what the teacher accepted or edited. Strings are written as JSON strings, which
 * YAML reads as double-quoted scalars (safe for any character), as in draft.ts.
 */
import { dateStated } from '../../compiler/core/dates.ts';
import type { LangText } from '../data/types.ts';
import { keptEntries, type KeptLink, type TeacherArticle } from './model.ts';
import type { Period } from './propose.ts';

export interface DataFile {
  path: string;
  text: string;
}

export interface ArticleFilesOptions {
  /** Country names, for the titles of events (the ISO codes are used otherwise). */
  names?: Readonly<Record<string, LangText>>;
}

const s = (x: string) => JSON.stringify(x);
const lang = (t: LangText) => `{ ja: ${s(t.ja)}, en: ${s(t.en)} }`;

/** The extractor's reason for an inferred date (English) in both languages. */
export function inferredReason(en: string): LangText {
  const prev = /^The year comes from the preceding sentence \((.+)\)\.$/.exec(en);
  if (prev) return { ja: `年は直前の文の「${prev[1]}」による。`, en };
  const part = /^The text gives (.+?) without a (month or year|year); (.+)$/.exec(en);
  if (part) {
    const what = part[2] === 'year' ? '年' : '年と月';
    return { ja: `本文は「${part[1]}」とだけ記し、${what}はない(${part[3]})。`, en };
  }
  return { ja: en, en };
}

/**
 * A period as written in the data files. A year the teacher chose for a quote that names none
 * (the form asks for one) is marked inferred, with the reason: the article's date when it is of
 * that year, else the teacher's reading of the article.
 */
function period(p: Period, quote: string, articleDate: string | undefined): string {
  if (typeof p === 'object' && 'year' in p) {
    return `{ year: ${p.year}, inferred: ${lang(inferredReason(p.inferred))} }`;
  }
  const year = typeof p === 'number' ? String(p) : p.start.slice(0, 4);
  const written = typeof p === 'number' ? `year: ${p}` : `start: ${p.start}, end: ${p.end}`;
  // Stated, or the quote names another year (a contradiction the check reports): as written.
  if (/(?<!\d)(?:1[89]|20)\d\d(?!\d)/.test(quote)) {
    return typeof p === 'number' ? year : `{ ${written} }`;
  }
  const reason: LangText =
    articleDate?.slice(0, 4) === year
      ? {
          ja: `引用に年はなく、記事の日付(${articleDate})の年とした。`,
          en: `The quote gives no year; it is that of the article's date (${articleDate}).`,
        }
      : {
          ja: `引用に年はなく、先生が記事から補った。`,
          en: 'The quote gives no year; the teacher gave it from the article.',
        };
  return `{ ${written}, inferred: ${lang(reason)} }`;
}

/** The article's date as `YYYY[-MM[-DD]]`, if it has one. */
const dateOf = (a: TeacherArticle): string | undefined =>
  typeof a.meta.date === 'string' ? a.meta.date : a.meta.date?.iso;

const EVENT_WORDS: Record<string, LangText> = {
  establishment: { ja: '国交樹立', en: 'diplomatic relations established' },
  rupture: { ja: '関係断絶', en: 'relations broken off' },
  visit: { ja: '訪問', en: 'visit' },
  summit: { ja: '首脳会談', en: 'summit' },
  meeting: { ja: '会談', en: 'meeting' },
  agreement: { ja: '合意・協定', en: 'agreement' },
  recognition: { ja: '承認', en: 'recognition' },
  deployment: { ja: '派遣', en: 'deployment' },
  combat: { ja: '戦闘', en: 'combat' },
  statement: { ja: '声明', en: 'statement' },
  other: { ja: '出来事', en: 'event' },
};

export const pairId = (a: string, b: string) => (a < b ? `${a}-${b}` : `${b}-${a}`);

/** The YAML of `documents/<id>.yaml`. */
export function documentYaml(article: TeacherArticle): string {
  const m = article.meta;
  const summary = m.summary ?? {
    ja: `先生が追加した記事「${m.title.ja || m.title.en}」。`,
    en: `An article added by the teacher: "${m.title.en || m.title.ja}".`,
  };
  const out = [
    `# Made in Bilateral Atlas ("Add an article"): the text is documents/${article.id}.txt, unchanged.`,
    `title: ${lang(m.title)}`,
    `lang: ${m.lang}`,
    'source:',
    ...(m.sourceUrl ? [`  url: ${s(m.sourceUrl)}`] : []),
    `  credit: ${lang(m.credit)}`,
  ];
  if (typeof m.date === 'string' && !dateStated(article.text, m.date)) {
    // A date from the source (the page's date line, the publisher), not in the text itself.
    const from = m.sourceUrl ? `(${m.sourceUrl})` : '';
    const reason: LangText = {
      ja: `本文にない日付で、先生が出典${from}の掲載日として入れた。`,
      en: `Not stated in the text: the teacher gave it as the date of the source${from ? ` ${from}` : ''}.`,
    };
    out.push(`date: { iso: ${m.date}, inferred: ${lang(reason)} }`);
  } else if (typeof m.date === 'string') out.push(`date: ${m.date}`);
  else if (m.date) {
    out.push(
      `date: { iso: ${m.date.iso}${m.date.inferred ? `, inferred: ${lang(m.date.inferred)}` : ''} }`,
    );
  }
  out.push(`summary: ${lang(summary)}`, '');
  return out.join('\n');
}

/** The YAML of `relations-<id>.yaml`: only the entries the teacher kept. */
export function relationsYaml(article: TeacherArticle, opts: ArticleFilesOptions = {}): string {
  const { id } = article;
  const kept = keptEntries(article);
  const quoteIds = new Map<string, string>();
  const qid = (text: string): string => {
    let q = quoteIds.get(text);
    if (!q) quoteIds.set(text, (q = `${id}-q${quoteIds.size + 1}`));
    return q;
  };
  const name = (iso3: string, l: 'ja' | 'en') => opts.names?.[iso3]?.[l] ?? iso3;

  const links: string[] = [];
  for (const l of kept.links) {
    links.push(`  - a: ${l.a}`, `    b: ${l.b}`);
    // Also for a pair data/ (or another article) declares: the compiler joins the kinds.
    links.push(`    kinds: [${l.kinds.join(', ')}]`);
    links.push(`    quotes: [${l.quotes.map(qid).join(', ')}]`);
  }
  const figures: string[] = [];
  const events: string[] = [];
  let n = 0;
  let e = 0;
  for (const l of kept.links) {
    const link = `${l.a}-${l.b}`;
    for (const f of l.figures) {
      n++;
      figures.push(
        `  - id: ${id}-${link.toLowerCase()}-${n}`,
        `    link: ${link}`,
        `    stated: ${s(f.stated)} # = ${f.value} US dollars`,
        `    measure: ${f.measure}`,
        ...(f.from && f.to ? [`    from: ${f.from}`, `    to: ${f.to}`] : []),
        `    qualifier: ${f.qualifier}`,
        ...(f.period !== undefined
          ? [`    period: ${period(f.period, f.quote, dateOf(article))}`]
          : []),
        `    quote: ${qid(f.quote)}`,
      );
    }
    for (const ev of l.events) {
      e++;
      const d = ev.date;
      const date =
        typeof d === 'string'
          ? d
          : `{ iso: ${d.iso}${d.end ? `, end: ${d.end}` : ''}${d.inferred ? `, inferred: ${lang(inferredReason(d.inferred))}` : ''} }`;
      const w = EVENT_WORDS[ev.kind] ?? { ja: ev.kind, en: ev.kind };
      const title = ev.title ?? {
        ja: `${name(l.a, 'ja')}・${name(l.b, 'ja')}: ${w.ja}`,
        en: `${name(l.a, 'en')}–${name(l.b, 'en')}: ${w.en}`,
      };
      events.push(
        `  - id: ${id}-${ev.kind}-${e}`,
        `    date: ${date}`,
        `    countries: [${l.a}, ${l.b}]`,
        `    link: ${link}`,
        `    kind: ${ev.kind}`,
        `    title: ${lang(title)}`,
        `    quotes: [${qid(ev.quote)}]`,
      );
    }
  }
  const countries: string[] = [];
  for (const iso3 of [...new Set(kept.links.flatMap((l) => [l.a, l.b]))].sort()) {
    const aliases = article.aliases[iso3] ?? [];
    const named = (q: string) => aliases.some((a) => q.includes(a));
    const proposed = article.proposals.countries.find((c) => c.iso3 === iso3)?.mentions ?? [];
    let mentions = proposed.filter((q) => article.text.includes(q) && named(q));
    if (mentions.length === 0) mentions = linkQuotes(kept.links, iso3).filter(named);
    if (mentions.length === 0) mentions = proposed.filter((q) => article.text.includes(q));
    countries.push(
      `  - iso3: ${iso3}`,
      `    aliases: [${aliases.map(s).join(', ')}]`,
      `    mentions: [${mentions.slice(0, 2).map(qid).join(', ')}]`,
    );
  }
  const quotes: string[] = [];
  for (const [text, q] of quoteIds)
    quotes.push(`  - id: ${q}`, `    doc: ${id}`, `    text: ${s(text)}`);
  const section = (key: string, lines: string[]) =>
    lines.length > 0 ? [`${key}:`, ...lines] : [`${key}: []`];
  return [
    `# Made in Bilateral Atlas ("Add an article") from documents/${id}.txt: the entries the teacher kept.`,
    ...section('quotes', quotes),
    ...section('countries', countries),
    ...section('links', links),
    ...section('figures', figures),
    ...section('events', events),
    '',
  ].join('\n');
}

function linkQuotes(links: KeptLink[], iso3: string): string[] {
  return links.filter((l) => l.a === iso3 || l.b === iso3).flatMap((l) => l.quotes);
}

/** The article's three data files (paths relative to data/). */
export function articleFiles(article: TeacherArticle, opts: ArticleFilesOptions = {}): DataFile[] {
  return [
    { path: `documents/${article.id}.txt`, text: article.text },
    { path: `documents/${article.id}.yaml`, text: documentYaml(article) },
    { path: `relations-${article.id}.yaml`, text: relationsYaml(article, opts) },
  ];
}

/**
 * The data files of several articles, in the order the compiler reads relations-*.yaml (by file
 * name). They compile with data/: a pair data/ or another article declares too is declared again
 * with the kinds this article accepted, and the compiler joins the declarations.
 */
export function teacherFiles(
  articles: readonly TeacherArticle[],
  names?: Readonly<Record<string, LangText>>,
): DataFile[] {
  const file = (a: TeacherArticle) => `relations-${a.id}.yaml`;
  return [...articles]
    .sort((x, y) => (file(x) < file(y) ? -1 : 1))
    .flatMap((a) => articleFiles(a, names ? { names } : {}));
}

/**
 * A teacher's article: its text, its metadata, the extractor's proposals and the teacher's
 * decision on each (accepted, edited with form values, rejected). Pure: no DOM, no storage.
 *
 * Nothing a quote does not state may be kept: an accepted or edited figure is checked with the
 * compiler's own rule (`checkFigureQuote`: the quote is in the text and states the value), and a
 * refusal comes with its reason in Japanese and English.
 */
import { checkFigureQuote } from '../../compiler/core/money-check.ts';
import { findMoney } from '../../compiler/core/money.ts';
import { EVENT_KINDS, LINK_KINDS, MEASURES, DIRECTIONAL_MEASURES } from '../data/schema.ts';
import type { EventKind as DataEventKind, LangText, LinkKind } from '../data/types.ts';
import { findCountries } from './gazetteer.ts';
import type { Lexicon, Measure } from './lexicon.ts';
import type { MoneyQualifier } from './money.ts';
import type { Period, ProposedDate, ProposedFigure, Proposals } from './propose.ts';

export type { Period, ProposedDate, Proposals } from './propose.ts';

export const ARTICLE_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO3 = /^[A-Z]{3}$/;
const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export interface TeacherMeta {
  title: LangText;
  /** The text's language, e.g. `ja`, `en`. */
  lang: string;
  sourceUrl?: string;
  /** The credit alone (the app prints 「出典: 」 / "Source: " before it). */
  credit: LangText;
  /** Publication date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), with a reason when the text does not state it. */
  date?: string | { iso: string; inferred?: LangText };
  /** Two neutral sentences; a short default naming the title is written when left out. */
  summary?: LangText;
}

/** A figure as the review form gives it: the value already converted from 億/万. */
export interface FigureEdit {
  value: number;
  /** ISO 4217; only `USD` can be kept (an arc's width is in dollars). */
  currency: string;
  measure: Measure;
  from?: string;
  to?: string;
  period?: Period;
  /** Optional: taken from the quote's amount when left out. */
  qualifier?: MoneyQualifier;
  quote: string;
}

export interface EventEdit {
  date: string | ProposedDate;
  kind: DataEventKind;
  quote: string;
  /** Shown on the timeline; a title made from the kind and the pair when left out. */
  title?: LangText;
}

export interface LinkEdit {
  a: string;
  b: string;
  kinds: LinkKind[];
}

/** The teacher's decision on one proposal. A proposal with no decision is not kept. */
export type Decision =
  | { status: 'accepted' }
  | { status: 'rejected' }
  | { status: 'edited'; link: LinkEdit }
  | { status: 'edited'; figure: FigureEdit }
  | { status: 'edited'; event: EventEdit };

/** `link:<i>`, `figure:<i>:<j>`, `event:<i>:<j>` (indexes into `proposals.links`). */
export type ProposalKey = string;

export interface TeacherArticle {
  /** The document id: lowercase letters, digits and dashes. */
  id: string;
  meta: TeacherMeta;
  /** The text exactly as read (quotes are checked against it). */
  text: string;
  proposals: Proposals;
  /** The words the text uses for each country (the data's `aliases`), found by the gazetteer. */
  aliases: Record<string, string[]>;
  decisions: Record<ProposalKey, Decision>;
  /** ISO date-time. */
  createdAt: string;
}

export const linkKey = (i: number): ProposalKey => `link:${i}`;
export const figureKey = (i: number, j: number): ProposalKey => `figure:${i}:${j}`;
export const eventKey = (i: number, j: number): ProposalKey => `event:${i}:${j}`;

const lt = (ja: string, en: string): LangText => ({ ja, en });

/** A new article with no decisions. `lexicon` (the one that made the proposals) finds the aliases. */
export function createTeacherArticle(input: {
  id: string;
  meta: TeacherMeta;
  text: string;
  proposals: Proposals;
  lexicon?: Lexicon;
  now?: Date;
}): TeacherArticle {
  const aliases: Record<string, string[]> = {};
  if (input.lexicon) {
    for (const m of findCountries(input.text, input.lexicon)) {
      const list = (aliases[m.iso3] ??= []);
      if (!list.includes(m.text)) list.push(m.text);
    }
  }
  return {
    id: input.id,
    meta: input.meta,
    text: input.text,
    proposals: input.proposals,
    aliases,
    decisions: {},
    createdAt: (input.now ?? new Date()).toISOString(),
  };
}

/** The proposal a key names, or `undefined`. */
export function proposalAt(
  p: Proposals,
  key: ProposalKey,
): { kind: 'link' | 'figure' | 'event'; link: number; item: number } | undefined {
  const m = /^(link|figure|event):(\d+)(?::(\d+))?$/.exec(key);
  if (!m) return undefined;
  const kind = m[1] as 'link' | 'figure' | 'event';
  const i = Number(m[2]);
  const l = p.links[i];
  if (!l) return undefined;
  if (kind === 'link') return m[3] === undefined ? { kind, link: i, item: -1 } : undefined;
  if (m[3] === undefined) return undefined;
  const j = Number(m[3]);
  const list = kind === 'figure' ? l.figures : l.events;
  return j < list.length ? { kind, link: i, item: j } : undefined;
}

/** The form values of a proposed figure (what "edit" starts from). */
export function figureEditOf(f: ProposedFigure): FigureEdit {
  const e: FigureEdit = {
    value: f.value,
    currency: f.currency,
    measure: f.measure,
    qualifier: f.qualifier,
    quote: f.quote,
  };
  if (f.from) e.from = f.from;
  if (f.to) e.to = f.to;
  if (f.period !== undefined) e.period = f.period;
  return e;
}

/**
 * Why a figure cannot be saved, in both languages, or `null`: the compiler's own check (the
 * quote is in the text and states exactly `value` in US dollars), a period, and a direction
 * between the link's two ends for exports, imports, investment and acquisition.
 */
export function checkTeacherFigure(
  text: string,
  f: FigureEdit,
  ends?: [string, string],
): LangText | null {
  if (typeof f.quote !== 'string' || f.quote.trim() === '') {
    return lt(
      '引用が空です。金額を述べている文を引用してください。',
      'The quote is empty: quote the sentence that states the amount.',
    );
  }
  if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value <= 0) {
    return lt('金額は正の数で入力してください。', 'The amount must be a positive number.');
  }
  if (!(MEASURES as readonly string[]).includes(f.measure)) {
    return lt(
      `「${String(f.measure)}」は金額の種類ではありません。`,
      `${String(f.measure)} is not a kind of amount.`,
    );
  }
  const problem = checkFigureQuote(text, f.quote, f.value, f.currency);
  if (problem) {
    const en = `${problem.message}. ${problem.fix}.`;
    if (!text.includes(f.quote))
      return lt('この引用は記事の本文にありません。本文からそのまま写してください。', en);
    if (f.currency !== 'USD') {
      return lt(
        `${f.currency}の金額は保存できません。地図の線の太さは米ドルの金額だけで決まります。`,
        en,
      );
    }
    const found = findMoney(f.quote);
    if (found.length === 0)
      return lt('この引用には米ドルの金額がありません。金額を述べている文を引用してください。', en);
    return lt(
      `${f.value.toLocaleString('ja')}ドルは引用の金額ではありません(引用: ${found.map((m) => `「${m.text}」= ${m.value.toLocaleString('ja')}ドル`).join('、')})。引用どおりの金額にしてください。`,
      en,
    );
  }
  if (f.period === undefined || f.period === null) {
    return lt(
      '期間(年)を選んでください。本文にない年なら、その理由も書いてください。',
      'Choose the period (a year); when the text does not state it, give the reason.',
    );
  }
  if ((DIRECTIONAL_MEASURES as readonly string[]).includes(f.measure)) {
    if (!f.from || !f.to || f.from === f.to) {
      return lt(
        '輸出・輸入・投資・買収には、どちらからどちらへかを選んでください。',
        'Exports, imports, investment and acquisition need a direction: choose from and to.',
      );
    }
    if (ends && !(ends.includes(f.from) && ends.includes(f.to))) {
      return lt(
        `方向は${ends[0]}と${ends[1]}の間で選んでください。`,
        `The direction must be between ${ends[0]} and ${ends[1]}.`,
      );
    }
  }
  return null;
}

/** Why an edited link cannot be kept, or `null`. */
export function checkLinkEdit(e: LinkEdit): LangText | null {
  if (!ISO3.test(e.a ?? '') || !ISO3.test(e.b ?? '')) {
    return lt('国を二つ選んでください。', 'Choose two countries.');
  }
  if (e.a === e.b) return lt('二つの異なる国を選んでください。', 'Choose two different countries.');
  if (!Array.isArray(e.kinds) || e.kinds.length === 0) {
    return lt('関係の種類を一つ以上選んでください。', 'Choose at least one kind of relation.');
  }
  const bad = e.kinds.find((k) => !(LINK_KINDS as readonly string[]).includes(k));
  if (bad !== undefined)
    return lt(`「${bad}」は関係の種類ではありません。`, `${bad} is not a kind of relation.`);
  return null;
}

/** Why an edited event cannot be kept, or `null`. */
export function checkEventEdit(text: string, e: EventEdit): LangText | null {
  const iso = typeof e.date === 'string' ? e.date : e.date?.iso;
  const end = typeof e.date === 'string' ? undefined : e.date?.end;
  if (!ISO_DATE.test(iso ?? '') || (end !== undefined && !ISO_DATE.test(end))) {
    return lt(
      '日付は 2021、2021-08、2021-08-16 の形で入力してください。',
      'Write the date as 2021, 2021-08 or 2021-08-16.',
    );
  }
  if (!(EVENT_KINDS as readonly string[]).includes(e.kind)) {
    return lt(
      `「${String(e.kind)}」は出来事の種類ではありません。`,
      `${String(e.kind)} is not a kind of event.`,
    );
  }
  if (typeof e.quote !== 'string' || e.quote.trim() === '' || !text.includes(e.quote)) {
    return lt(
      'この引用は記事の本文にありません。本文からそのまま写してください。',
      'The quote is not in the text: copy it exactly from the article.',
    );
  }
  return null;
}

export type DecideResult = { ok: true; article: TeacherArticle } | { ok: false; reason: LangText };

/** The link's two ends as decided (an edited link's, else the proposal's). */
export function linkEnds(article: TeacherArticle, i: number): [string, string] {
  const d = article.decisions[linkKey(i)];
  if (d && d.status === 'edited' && 'link' in d) return [d.link.a, d.link.b];
  const l = article.proposals.links[i];
  return [l?.a ?? '', l?.b ?? ''];
}

/**
 * Records a decision, or says (ja/en) why it cannot be kept. Pure: returns a new article.
 * `undefined` clears the decision (back to "not reviewed").
 */
export function decide(
  article: TeacherArticle,
  key: ProposalKey,
  decision: Decision | undefined,
): DecideResult {
  const at = proposalAt(article.proposals, key);
  if (!at) return { ok: false, reason: lt('この提案はありません。', 'There is no such proposal.') };
  const next = (): DecideResult => {
    const decisions = { ...article.decisions };
    if (decision) decisions[key] = decision;
    else delete decisions[key];
    return { ok: true, article: { ...article, decisions } };
  };
  if (!decision || decision.status === 'rejected') return next();
  const link = article.proposals.links[at.link];
  if (!link)
    return { ok: false, reason: lt('この提案はありません。', 'There is no such proposal.') };
  const wrong = lt('この提案には使えない編集です。', 'This edit does not fit this proposal.');
  if (at.kind === 'link') {
    if (decision.status === 'edited') {
      if (!('link' in decision)) return { ok: false, reason: wrong };
      const r = checkLinkEdit(decision.link);
      if (r) return { ok: false, reason: r };
    }
    return next();
  }
  const ends = linkEnds(article, at.link);
  if (at.kind === 'figure') {
    const proposed = link.figures[at.item];
    if (!proposed) return { ok: false, reason: wrong };
    let f = figureEditOf(proposed);
    if (decision.status === 'edited') {
      if (!('figure' in decision)) return { ok: false, reason: wrong };
      f = decision.figure;
    }
    const r = checkTeacherFigure(article.text, f, ends);
    return r ? { ok: false, reason: r } : next();
  }
  const proposed = link.events[at.item];
  if (!proposed) return { ok: false, reason: wrong };
  if (decision.status === 'edited') {
    if (!('event' in decision)) return { ok: false, reason: wrong };
    const r = checkEventEdit(article.text, decision.event);
    if (r) return { ok: false, reason: r };
  }
  return next();
}

/** A figure ready to be written: checked, with `stated` and `qualifier` read from its quote. */
export interface KeptFigure extends FigureEdit {
  stated: string;
  qualifier: MoneyQualifier;
  key: ProposalKey;
}

export interface KeptEvent extends EventEdit {
  key: ProposalKey;
}

export interface KeptLink {
  a: string;
  b: string;
  kinds: LinkKind[];
  quotes: string[];
  figures: KeptFigure[];
  events: KeptEvent[];
}

export interface Kept {
  links: KeptLink[];
  /** Decisions that no longer pass their check (e.g. an article read from a file), with why. */
  refused: { key: ProposalKey; reason: LangText }[];
}

const KIND_OF_MEASURE: Record<string, LinkKind> = {
  'total-trade': 'trade',
  exports: 'trade',
  imports: 'trade',
  target: 'trade',
  investment: 'investment',
  acquisition: 'investment',
};
const KIND_OF_EVENT: Partial<Record<DataEventKind, LinkKind>> = {
  establishment: 'diplomatic',
  rupture: 'diplomatic',
  visit: 'diplomatic',
  summit: 'diplomatic',
  meeting: 'diplomatic',
  statement: 'diplomatic',
  agreement: 'cooperation',
  deployment: 'military',
  combat: 'conflict',
};

const accepted = (d: Decision | undefined) =>
  d !== undefined && (d.status === 'accepted' || d.status === 'edited');

/**
 * What the teacher keeps: every accepted or edited link, figure and event (a figure or event
 * accepted under a link that was not rejected keeps its link too), each checked again.
 */
export function keptEntries(article: TeacherArticle): Kept {
  const out: Kept = { links: [], refused: [] };
  const { text, decisions } = article;
  article.proposals.links.forEach((l, i) => {
    const ld = decisions[linkKey(i)];
    if (ld?.status === 'rejected') return;
    const [a, b] = linkEnds(article, i);
    const figures: KeptFigure[] = [];
    l.figures.forEach((pf, j) => {
      const key = figureKey(i, j);
      const d = decisions[key];
      if (!accepted(d)) return;
      const f = d && d.status === 'edited' && 'figure' in d ? d.figure : figureEditOf(pf);
      const reason = checkTeacherFigure(text, f, [a, b]);
      if (reason) {
        out.refused.push({ key, reason });
        return;
      }
      const match = findMoney(f.quote).find((m) => m.value === f.value);
      const stated =
        pf.stated && pf.value === f.value && f.quote.includes(pf.stated)
          ? pf.stated
          : (match?.text ?? pf.stated);
      figures.push({ ...f, stated, qualifier: match?.qualifier ?? f.qualifier ?? 'exact', key });
    });
    const events: KeptEvent[] = [];
    l.events.forEach((pe, j) => {
      const key = eventKey(i, j);
      const d = decisions[key];
      if (!accepted(d)) return;
      const e: EventEdit =
        d && d.status === 'edited' && 'event' in d
          ? d.event
          : { date: pe.date, kind: pe.kind, quote: pe.quote };
      const reason = checkEventEdit(text, e);
      if (reason) out.refused.push({ key, reason });
      else events.push({ ...e, key });
    });
    if (!accepted(ld) && figures.length === 0 && events.length === 0) return;
    let kinds: LinkKind[] =
      ld && ld.status === 'edited' && 'link' in ld
        ? [...ld.link.kinds]
        : (l.kinds.filter((k) => k !== 'severed') as LinkKind[]);
    if (kinds.length === 0) {
      const derived = [
        ...figures.map((f) => KIND_OF_MEASURE[f.measure]),
        ...events.map((e) => KIND_OF_EVENT[e.kind]),
      ].filter((k): k is LinkKind => k !== undefined);
      kinds = [...new Set(derived)];
    }
    if (kinds.length === 0) kinds = ['diplomatic'];
    const quotes = l.quotes.filter((q) => text.includes(q));
    if (quotes.length === 0)
      quotes.push(...figures.map((f) => f.quote), ...events.map((e) => e.quote));
    const [x, y] = a < b ? [a, b] : [b, a];
    out.links.push({ a: x, b: y, kinds, quotes: [...new Set(quotes)], figures, events });
  });
  return out;
}

/**
 * The teacher's review of one article's proposals: every link, figure and event is pending,
 * accepted or rejected, and may be edited with form values (never YAML). Pure: the dialog draws
 * this, `to-atlas.ts` turns the accepted part into atlas data. A figure whose value the quote does
 * not state cannot be accepted (`figureProblem` says why), the same rule as `npm run data`.
 */
import { findAmounts } from '../amounts.ts';
import type { EventKind } from '../../data/types';
import type { Measure, ProposedKind } from '../lexicon.ts';
import type { MoneyQualifier } from '../money.ts';
import type { Period, Proposals, ProposedDate } from '../propose.ts';
import type { Lang } from '../sentences.ts';

export type Verdict = 'pending' | 'accepted' | 'rejected';

export interface ReviewFigure {
  key: string;
  verdict: Verdict;
  edited: boolean;
  value: number;
  currency: string;
  measure: Measure;
  from?: string;
  to?: string;
  period?: Period;
  qualifier: MoneyQualifier;
  quote: string;
  stated: string;
}

export interface ReviewEvent {
  key: string;
  verdict: Verdict;
  edited: boolean;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  end?: string;
  inferred?: string;
  kind: EventKind;
  quote: string;
}

export interface ReviewLink {
  key: string;
  verdict: Verdict;
  edited: boolean;
  a: string;
  b: string;
  kinds: ProposedKind[];
  quotes: string[];
  figures: ReviewFigure[];
  events: ReviewEvent[];
}

/** One article as the teacher keeps it: its text, its details, and the reviewed proposals. */
export interface ArticleDraft {
  id: string;
  title: string;
  lang: Lang;
  url: string;
  credit: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or ''. */
  date: string;
  text: string;
  links: ReviewLink[];
  /** When it was added (ms since 1970), for the list's order. */
  added: number;
  /** The extractor's proposals as first made (the review's keys index into them). */
  proposals: Proposals;
}

export const DIRECTIONAL: readonly Measure[] = ['exports', 'imports', 'investment', 'acquisition'];

function eventDate(d: string | ProposedDate): { date: string; end?: string; inferred?: string } {
  if (typeof d === 'string') return { date: d };
  return {
    date: d.iso,
    ...(d.end ? { end: d.end } : {}),
    ...(d.inferred ? { inferred: d.inferred } : {}),
  };
}

/** Every proposal pending, in the extractor's order. */
export function reviewFrom(p: Proposals): ReviewLink[] {
  return p.links.map((l, i) => ({
    key: `l${i}`,
    verdict: 'pending',
    edited: false,
    a: l.a,
    b: l.b,
    kinds: [...l.kinds],
    quotes: [...l.quotes],
    figures: l.figures.map((f, j) => ({
      key: `l${i}f${j}`,
      verdict: 'pending',
      edited: false,
      value: f.value,
      currency: f.currency,
      measure: f.measure,
      ...(f.from && f.to ? { from: f.from, to: f.to } : {}),
      ...(f.period !== undefined ? { period: f.period } : {}),
      qualifier: f.qualifier,
      quote: f.quote,
      stated: f.stated,
    })),
    events: l.events.map((e, j) => ({
      key: `l${i}e${j}`,
      verdict: 'pending',
      edited: false,
      ...eventDate(e.date),
      kind: e.kind,
      quote: e.quote,
    })),
  }));
}

export type FigureProblem =
  | { code: 'not-stated'; amounts: { text: string; value: number; currency: string }[] }
  | { code: 'quote-not-in-text' }
  | { code: 'no-period' }
  | { code: 'no-direction' }
  | { code: 'not-dollars' };

/**
 * Why a figure cannot be saved, or null. The value and currency must be an amount the quote
 * states (the stated words are then those of that amount); the quote must be in the text; a
 * period is needed; a directional measure needs both ends; only US dollars set an arc's width.
 */
export function figureProblem(
  f: ReviewFigure,
  text: string,
  pair: [string, string],
): FigureProblem | null {
  if (!f.quote || !text.includes(f.quote)) return { code: 'quote-not-in-text' };
  const amounts = findAmounts(f.quote);
  if (!amounts.some((a) => a.value === f.value && a.currency === f.currency)) {
    return {
      code: 'not-stated',
      amounts: amounts.map((a) => ({ text: a.text, value: a.value, currency: a.currency })),
    };
  }
  if (f.currency !== 'USD') return { code: 'not-dollars' };
  if (f.period === undefined) return { code: 'no-period' };
  if (DIRECTIONAL.includes(f.measure)) {
    const ends = [f.from, f.to];
    if (!f.from || !f.to || f.from === f.to || !ends.every((x) => x && pair.includes(x))) {
      return { code: 'no-direction' };
    }
  }
  return null;
}

/** The stated words of the quote's amount with this value and currency (after an edit). */
export function statedFor(quote: string, value: number, currency: string): string | undefined {
  return findAmounts(quote).find((a) => a.value === value && a.currency === currency)?.text;
}

/** Whether a date string is `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`. */
export function isPartialIso(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const mo = m[2] === undefined ? 1 : Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (mo < 1 || mo > 12) return false;
  const last = new Date(Date.UTC(Number(m[1]), mo, 0)).getUTCDate();
  return d >= 1 && d <= last;
}

export function eventProblem(
  e: ReviewEvent,
  text: string,
): 'quote-not-in-text' | 'bad-date' | null {
  if (!e.quote || !text.includes(e.quote)) return 'quote-not-in-text';
  if (!isPartialIso(e.date) || (e.end !== undefined && !isPartialIso(e.end))) return 'bad-date';
  return null;
}

/** Accepting a figure or an event accepts its link; rejecting a link rejects what it holds. */
export function setVerdict(links: ReviewLink[], key: string, verdict: Verdict): ReviewLink[] {
  return links.map((l) => {
    if (l.key === key) {
      return verdict === 'rejected'
        ? {
            ...l,
            verdict,
            figures: l.figures.map((f) => ({ ...f, verdict })),
            events: l.events.map((e) => ({ ...e, verdict })),
          }
        : { ...l, verdict };
    }
    const inFigures = l.figures.some((f) => f.key === key);
    const inEvents = l.events.some((e) => e.key === key);
    if (!inFigures && !inEvents) return l;
    return {
      ...l,
      verdict: verdict === 'accepted' ? 'accepted' : l.verdict,
      figures: l.figures.map((f) => (f.key === key ? { ...f, verdict } : f)),
      events: l.events.map((e) => (e.key === key ? { ...e, verdict } : e)),
    };
  });
}

/** Accepts every proposal that can be saved (a figure with a problem stays pending). */
export function acceptAll(links: ReviewLink[], text: string): ReviewLink[] {
  return links.map((l) => {
    if (l.verdict === 'rejected') return l;
    return {
      ...l,
      verdict: 'accepted',
      figures: l.figures.map((f) =>
        f.verdict === 'pending' && !figureProblem(f, text, [l.a, l.b])
          ? { ...f, verdict: 'accepted' }
          : f,
      ),
      events: l.events.map((e) =>
        e.verdict === 'pending' && !eventProblem(e, text) ? { ...e, verdict: 'accepted' } : e,
      ),
    };
  });
}

export interface Tally {
  accepted: number;
  edited: number;
  rejected: number;
  pending: number;
}

/** Counts of decisions over links, figures and events (edited ones count as accepted too). */
export function tally(links: readonly ReviewLink[]): Tally {
  const t: Tally = { accepted: 0, edited: 0, rejected: 0, pending: 0 };
  for (const item of links.flatMap((l) => [l, ...l.figures, ...l.events])) {
    t[item.verdict]++;
    if (item.edited && item.verdict === 'accepted') t.edited++;
  }
  return t;
}

/** A document id for the teacher's article: never one of `taken`. */
export function articleId(title: string, taken: ReadonlySet<string>): string {
  const base =
    'my-' +
    (title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'article');
  let id = base.replace(/-+$/, '');
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Title, source and date found in the text (the form's first values). */
export function detailsFrom(
  text: string,
  p: Proposals,
): { title: string; url: string; date: string } {
  const first =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  const url = /https?:\/\/[^\s"'<>）)」]+/u.exec(text)?.[0] ?? '';
  return {
    title: first.length <= 100 ? first : first.slice(0, 60) + '…',
    url,
    date: p.published && isPartialIso(p.published) ? p.published : '',
  };
}

/**
 * Proposals from one article: the countries it names, and for each pair of countries named in the
 * same sentence (or in a sentence about "the two countries" of the pair named before, or of the
 * title's pair) its kinds, its figures and its events, each with the exact quote. The teacher
 * reviews them; nothing here is trusted. Every figure's value is the amount its quote states
 * (checked before it is proposed).
 */
import { findAmounts, quoteStates, type Amount, type Currency } from './amounts.ts';
import { findCountries, type CountryMention } from './gazetteer.ts';
import type { EventKind, Lexicon, Measure, ProposedKind, Words } from './lexicon.ts';
import { findDates, type ChronoLike, type DateMention } from './dates.ts';
import type { MoneyQualifier } from './money.ts';
import { guessLang, splitSentences, type Lang, type Sentence } from './sentences.ts';

export type Period = number | { start: string; end: string } | { year: number; inferred: string };

export interface ProposedFigure {
  value: number;
  currency: Currency;
  measure: Measure;
  from?: string;
  to?: string;
  period?: Period;
  qualifier: MoneyQualifier;
  quote: string;
  /** The amount exactly as the quote writes it (the data's `stated`). */
  stated: string;
}

export interface ProposedDate {
  iso: string;
  end?: string;
  inferred?: string;
}

export interface ProposedEvent {
  date: string | ProposedDate;
  kind: EventKind;
  quote: string;
}

export interface ProposedLink {
  a: string;
  b: string;
  kinds: ProposedKind[];
  figures: ProposedFigure[];
  events: ProposedEvent[];
  /** Sentences that name the pair (the link's backing quotes). */
  quotes: string[];
}

export interface Proposals {
  lang: Lang;
  countries: { iso3: string; mentions: string[] }[];
  links: ProposedLink[];
  /** The first date on a header line (publication), if any, and its words. */
  published?: string;
  publishedText?: string;
}

export interface ProposeOptions {
  lang?: Lang;
  title?: string;
  chrono?: ChronoLike;
}

export const MAX_QUOTE = 200;
const MAX_PER_SENTENCE = 6;

function wordsFor(w: Words, lang: Lang): string[] {
  return lang === 'ja' ? [...w.ja, ...w.en] : w.en;
}

/** Offsets of keyword hits in `s` (ja: anywhere; en: at a word start, any case). */
function hits(s: string, list: string[], lang: Lang): { at: number; len: number }[] {
  const out: { at: number; len: number }[] = [];
  const lower = lang === 'en' ? s.toLowerCase() : s;
  for (const w of list) {
    const needle = lang === 'en' ? w.toLowerCase() : w;
    for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) {
      if (lang === 'en' && i > 0 && /[a-z0-9]/i.test(lower.charAt(i - 1))) continue;
      out.push({ at: i, len: needle.length });
    }
  }
  return out;
}

const has = (s: string, w: Words, lang: Lang) => hits(s, wordsFor(w, lang), lang).length > 0;

/** A quote of at most MAX_QUOTE characters around [from, to) of the sentence: the sentence, or
 * its clauses around the span. Always a substring of the sentence. */
export function quoteFor(sentence: string, from: number, to: number): string {
  if (sentence.length <= MAX_QUOTE) return sentence;
  const cuts = [0];
  for (let i = 0; i < sentence.length; i++)
    if ('、,;，；'.includes(sentence.charAt(i))) cuts.push(i + 1);
  cuts.push(sentence.length);
  let a = cuts.filter((c) => c <= from).pop() ?? 0;
  let b = cuts.find((c) => c >= to) ?? sentence.length;
  if (b - a > MAX_QUOTE) {
    a = Math.max(0, Math.min(from, to - MAX_QUOTE));
    b = Math.min(sentence.length, a + MAX_QUOTE);
  }
  for (;;) {
    const prev = cuts.filter((c) => c < a).pop();
    const next = cuts.find((c) => c > b);
    if (prev !== undefined && b - prev <= MAX_QUOTE) a = prev;
    else if (next !== undefined && next - a <= MAX_QUOTE) b = next;
    else break;
  }
  return sentence.slice(a, b).trim();
}

type Role = 'source' | 'dest' | 'owner';

function roleOf(text: string, m: CountryMention, lang: Lang): Role | undefined {
  const before = text.slice(Math.max(0, m.start - 8), m.start);
  const after = text.slice(m.end, m.end + 14);
  if (lang === 'ja' || /[\u3040-\u30ff\u3400-\u9fff]/u.test(m.text)) {
    if (before.endsWith('対')) return 'dest';
    if (after.startsWith('から')) return 'source';
    if (/^(?:へ|に|向け)/u.test(after)) return 'dest';
    if (/^(?:の|は|が|企業|側)?(?:投資|輸出|輸入)/u.test(after)) return 'owner';
    if (/^(?:の|は|が)/u.test(after)) return 'owner';
    return undefined;
  }
  if (/\bfrom\s+(?:the\s+)?$/i.test(before)) return 'source';
  if (/\b(?:to|into|in)\s+(?:the\s+)?$/i.test(before)) return 'dest';
  if (/^(?:’s|'s)\b/u.test(after) || /^\s+(?:exports?|imports?|investments?)\b/i.test(after)) {
    return 'owner';
  }
  return undefined;
}

function direction(
  measure: Measure,
  pair: [string, string],
  roles: { iso3: string; role: Role }[],
): { from?: string; to?: string } {
  if (measure !== 'exports' && measure !== 'imports' && measure !== 'investment') return {};
  const other = (x: string) => (x === pair[0] ? pair[1] : pair[0]);
  const find = (role: Role) => roles.filter((r) => r.role === role).pop()?.iso3;
  const source = find('source');
  const dest = find('dest');
  const owner = find('owner');
  let from: string | undefined;
  let to: string | undefined;
  if (measure === 'exports') {
    from = source ?? (owner !== dest ? owner : undefined);
    to = dest;
  } else if (measure === 'imports') {
    from = source;
    to = owner !== source ? owner : dest;
  } else {
    from = owner !== dest ? owner : source;
    to = dest;
  }
  if (from && !to) to = other(from);
  if (to && !from) from = other(to);
  if (!from || !to || from === to) return {};
  return { from, to };
}

function periodOf(d: DateMention): Period {
  if (d.precision === 'period' && d.end) return { start: d.iso, end: d.end };
  if (d.precision === 'month') {
    const [y, m] = d.iso.split('-').map(Number);
    const last = new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
    return { start: `${d.iso}-01`, end: `${d.iso}-${String(last).padStart(2, '0')}` };
  }
  return Number(d.iso.slice(0, 4));
}

function nearestDate(dates: DateMention[], a: Amount, lang: Lang): DateMention | undefined {
  const usable = dates.filter((d) => !d.header && !d.inferred);
  if (lang === 'en') {
    const right = usable.find((d) => d.start >= a.end && d.start - a.end <= 15);
    if (right) return right;
  }
  const before = usable.filter((d) => d.end_ <= a.start).pop();
  return before ?? usable.find((d) => d.start >= a.end);
}

/**
 * The pairs a sentence names. Every two countries, except: a country given as an example
 * ("including Russia", 「中国など」) pairs with nobody; countries ranked before another
 * (「ベトナムにとって…中国と米国に次ぐ」, "after China and the US") pair only with the country whose
 * ranking it is (ベトナム), not with each other.
 */
export function sentencePairs(text: string, ms: CountryMention[], lang: Lang): [string, string][] {
  const example = new Set<string>();
  // Ranked country → the country whose ranking it is (the nearest 「…にとって」 before it).
  const ranked = new Map<string, string | undefined>();
  const viewpoints: CountryMention[] = [];
  for (const m of ms) {
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    const after = text.slice(m.end, m.end + 8);
    if (
      /\b(?:including|such as|e\.g\.,?)\s+(?:the\s+)?$/i.test(before) ||
      /^(?:など|を含む|を含め)/u.test(after)
    ) {
      example.add(m.iso3);
    }
    if (
      /^(?:にとって|にとり)/u.test(after) ||
      /^(?:’s|'s)\s+(?:\w+\s+){0,3}(?:partner|market)/iu.test(after)
    ) {
      viewpoints.push(m);
    }
  }
  // Ranked lists: 「A、B に次ぐ」「A と B に続く」 / "after A and B".
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (!m) continue;
    const after = text.slice(m.end, m.end + 8);
    const enBefore = text.slice(Math.max(0, m.start - 10), m.start);
    if (
      /^(?:に次[ぐい]|に続[くい])/u.test(after) ||
      (lang === 'en' && /\b(?:after|behind)\s+(?:the\s+)?$/i.test(enBefore))
    ) {
      const viewpoint = viewpoints.filter((v) => v.start < m.start).pop()?.iso3;
      ranked.set(m.iso3, viewpoint);
      // The list before it: neighbours joined by と / 、 / ・ / and / ,
      for (let j = i - 1; j >= 0; j--) {
        const prev = ms[j];
        const next = ms[j + 1];
        if (!prev || !next) break;
        const gap = text.slice(prev.end, next.start);
        if (!/^\s*(?:と|、|・|,|and|or)\s*(?:the\s+)?$/iu.test(gap)) break;
        ranked.set(prev.iso3, viewpoint);
      }
      if (lang === 'en') {
        for (let j = i + 1; j < ms.length; j++) {
          const prev = ms[j - 1];
          const next = ms[j];
          if (!prev || !next) break;
          if (!/^\s*(?:,|and|or)\s*(?:the\s+)?$/iu.test(text.slice(prev.end, next.start))) break;
          ranked.set(next.iso3, viewpoint);
        }
      }
    }
  }
  // A list of three or more countries (「米国、英国、フランスが」, "the US, Britain and France")
  // names parties acting together: they pair with the others in the sentence, not with each other.
  const together = new Set<string>();
  for (let i = 0; i < ms.length;) {
    let j = i;
    while (j + 1 < ms.length) {
      const a = ms[j];
      const b = ms[j + 1];
      if (!a || !b || !LIST_GAP.test(text.slice(a.end, b.start))) break;
      j++;
    }
    const members = [...new Set(ms.slice(i, j + 1).map((m) => m.iso3))];
    if (members.length >= 3) {
      for (const x of members) for (const y of members) if (x < y) together.add(`${x}-${y}`);
    }
    i = j + 1;
  }
  const related = relatedByPlace(
    text,
    ms.filter((m) => !example.has(m.iso3)),
    lang,
  );
  const isos = [...new Set(ms.map((m) => m.iso3))];
  const out: [string, string][] = [];
  for (let i = 0; i < isos.length; i++) {
    for (let j = i + 1; j < isos.length; j++) {
      const x = isos[i] ?? '';
      const y = isos[j] ?? '';
      if (example.has(x) || example.has(y)) continue;
      if (ranked.has(x) && ranked.has(y)) continue;
      const vx = ranked.get(x);
      const vy = ranked.get(y);
      if ((vx && y !== vx) || (vy && x !== vy)) continue;
      const key = pairKey(x, y);
      if (together.has(key.join('-'))) continue;
      // A ranked country pairs with its viewpoint wherever each stands; the others only where
      // the sentence puts them side by side (below).
      if (!vx && !vy && !related.has(key.join('-'))) continue;
      out.push(key);
    }
  }
  return out;
}

/**
 * Which countries of a sentence its word order relates, as "A-B" keys. The mentions are taken
 * in groups (a list 「A、BとC」 / "A, B and C", or a compound 日米韓: the members relate to each
 * other); a group relates to the groups just before and after it, not to a country further
 * on with another country between them: in "the Indian decision to import Russian oil … the
 * Russian war on Ukraine" India relates to Russia and Russia to Ukraine, not India to Ukraine.
 * A list of three or more (「米国、英国、フランスが…ロシア領土…ウクライナ戦争」) names parties
 * acting together: it relates to every other group. In Japanese, a group that is the
 * sentence's topic (「ベトナムは…、米国から…、中国産の…」) relates to every other group and
 * the others only to it.
 */
function relatedByPlace(text: string, ms: CountryMention[], lang: Lang): Set<string> {
  const groups: CountryMention[][] = [];
  for (const m of ms) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && (prev.iso3 === m.iso3 || GROUP_GAP.test(text.slice(prev.end, m.start)))) {
      last.push(m);
    } else groups.push([m]);
  }
  const out = new Set<string>();
  const relate = (g: CountryMention[], h: CountryMention[]) => {
    for (const x of g)
      for (const y of h) if (x.iso3 !== y.iso3) out.add(pairKey(x.iso3, y.iso3).join('-'));
  };
  for (const g of groups) relate(g, g);
  const topic =
    lang === 'ja'
      ? groups.findIndex((g) => {
          const last = g[g.length - 1];
          return last !== undefined && /^は/u.test(text.slice(last.end, last.end + 1));
        })
      : -1;
  const isos = (g: CountryMention[]) => new Set(g.map((m) => m.iso3)).size;
  const distinct = new Set(ms.map((m) => m.iso3)).size;
  const topicGroup = groups[topic];
  if (topicGroup && distinct >= 3 && isos(topicGroup) < distinct) {
    for (const g of groups) relate(topicGroup, g);
    return out;
  }
  for (let i = 0; i + 1 < groups.length; i++) relate(groups[i] ?? [], groups[i + 1] ?? []);
  // A list of three or more acts together and relates to every other country of the sentence.
  for (const g of groups) if (isos(g) >= 3) for (const h of groups) relate(g, h);
  return out;
}

const LIST_GAP = /^\s*(?:、|,|，|と|・|and|, and|及び|および)\s*(?:the\s+)?$/iu;
/** Between two members of one group: a list's joiner, or nothing (日米韓). */
const GROUP_GAP = /^(?:\s*(?:、|,|，|と|・|and|, and|及び|および)\s*(?:the\s+)?)?$/iu;

const pairKey = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/** Builds the proposals for one text. Never throws on any string. */
export function propose(text: string, lex: Lexicon, opts: ProposeOptions = {}): Proposals {
  const lang = opts.lang ?? guessLang(text);
  const sentences = splitSentences(text, lang);
  const mentions = findCountries(text, lex);
  const amounts = findAmounts(text);
  const dates = findDates(text, opts.chrono);
  const titleIsos = [...new Set(findCountries(opts.title ?? '', lex).map((m) => m.iso3))];
  const titlePair =
    titleIsos.length >= 2 ? pairKey(titleIsos[0] ?? '', titleIsos[1] ?? '') : undefined;

  const countries = new Map<string, string[]>();
  const links = new Map<string, ProposedLink>();
  const link = (p: [string, string]) => {
    const id = p.join('-');
    let l = links.get(id);
    if (!l) {
      l = { a: p[0], b: p[1], kinds: [], figures: [], events: [], quotes: [] };
      links.set(id, l);
    }
    return l;
  };

  let lastPair: [string, string] | undefined;
  let prevSentenceDates: DateMention[] = [];
  let mi = 0;
  let ai = 0;
  let di = 0;
  for (const s of sentences) {
    const inS = <T extends { start: number }>(list: T[], from: number) => {
      let i = from;
      while (i < list.length && (list[i]?.start ?? 0) < s.start) i++;
      const out: T[] = [];
      let j = i;
      while (j < list.length && (list[j]?.start ?? 0) < s.end) out.push(list[j++] as T);
      return { out, next: j };
    };
    const m = inS(mentions, mi);
    mi = m.next;
    const am = inS(amounts, ai);
    ai = am.next;
    const dt = inS(dates, di);
    di = dt.next;
    const sMentions = m.out;
    // An exchange rate ("212億ドル(1ドル=約138円)") is not a figure: neither of its two sides.
    const rate = (x: Amount | undefined, y: Amount | undefined) =>
      x !== undefined && y !== undefined && /^\s*[=＝]\s*$/.test(text.slice(x.end, y.start));
    const sAmounts = am.out.filter(
      (a, i, all) => a.end <= s.end && !rate(a, all[i + 1]) && !rate(all[i - 1], a),
    );
    const sDates = dt.out;

    for (const mm of sMentions) {
      const quotes = countries.get(mm.iso3) ?? [];
      const q = quoteFor(s.text, mm.start - s.start, mm.end - s.start);
      if (quotes.length < 3 && !quotes.includes(q)) quotes.push(q);
      countries.set(mm.iso3, quotes);
    }

    const isos = [...new Set(sMentions.map((x) => x.iso3))].slice(0, MAX_PER_SENTENCE);
    let pairs: [string, string][] = [];
    if (isos.length >= 2) {
      pairs = sentencePairs(
        text,
        sMentions.filter((x) => isos.includes(x.iso3)),
        lang,
      );
      lastPair = pairKey(isos[0] ?? '', isos[1] ?? '');
    } else {
      const ctx = lastPair ?? titlePair;
      const fits = ctx && (isos.length === 0 || ctx.includes(isos[0] ?? ''));
      const worth = has(s.text, lex.both, lang) || sAmounts.length > 0;
      if (ctx && fits && worth) pairs = [ctx];
    }
    if (pairs.length > 0)
      addSentence(text, s, pairs, sMentions, sAmounts, sDates, prevSentenceDates);
    if (sDates.some((d) => !d.header)) prevSentenceDates = sDates;
  }

  function addSentence(
    full: string,
    s: Sentence,
    pairs: [string, string][],
    sMentions: CountryMention[],
    sAmounts: Amount[],
    sDates: DateMention[],
    prevDates: DateMention[],
  ) {
    const kinds = lex.kinds.filter(([, w]) => has(s.text, w, lang)).map(([k]) => k);
    const measureHits = lex.measures.flatMap(([measure, w]) =>
      hits(s.text, wordsFor(w, lang), lang).map((h) => ({
        measure,
        at: s.start + h.at,
        len: h.len,
      })),
    );
    const eventKind = lex.events.find(([, w]) => has(s.text, w, lang))?.[0];
    const eventDate = sDates.find((d) => !d.header && d.precision !== 'period');
    for (const pair of pairs) {
      const l = link(pair);
      for (const k of kinds) if (!l.kinds.includes(k)) l.kinds.push(k);
      const q = quoteFor(s.text, 0, Math.min(s.text.length, MAX_QUOTE));
      if (l.quotes.length < 5 && !l.quotes.includes(q)) l.quotes.push(q);
      let windowStart = s.start;
      for (const a of sAmounts) {
        const window = [windowStart, a.start] as const;
        const before = measureHits.filter((h) => h.at + h.len <= a.start);
        const inWindow = before.filter((h) => h.at >= window[0]);
        const closeAfter = measureHits.filter((h) => h.at >= a.end && h.at - a.end <= 8);
        const chosen =
          inWindow.sort((x, y) => x.at + x.len - (y.at + y.len)).pop() ??
          before.sort((x, y) => x.at - y.at).pop() ??
          (lang === 'ja' ? closeAfter[0] : undefined);
        const measure: Measure =
          chosen?.measure ??
          (kinds.includes('investment') && !kinds.includes('trade') ? 'investment' : 'total-trade');
        const roles = sMentions
          .filter((mm) => pair.includes(mm.iso3) && mm.start >= window[0] && mm.start < a.start)
          .map((mm) => ({ iso3: mm.iso3, role: roleOf(full, mm, lang) }))
          .filter((r): r is { iso3: string; role: Role } => r.role !== undefined);
        const fallbackRoles = roles.length
          ? roles
          : sMentions
              .filter((mm) => pair.includes(mm.iso3))
              .map((mm) => ({ iso3: mm.iso3, role: roleOf(full, mm, lang) }))
              .filter((r): r is { iso3: string; role: Role } => r.role !== undefined);
        const dir = direction(measure, pair, fallbackRoles);
        const d = nearestDate(sDates, a, lang);
        let period: Period | undefined = d ? periodOf(d) : undefined;
        if (!period) {
          const p = prevDates.filter((x) => !x.header && !x.inferred).pop();
          if (p) {
            period = {
              year: Number(p.iso.slice(0, 4)),
              inferred: `The year comes from the preceding sentence (${p.text}).`,
            };
          }
        }
        const quote = quoteFor(s.text, a.start - s.start, a.end - s.start);
        windowStart = a.end;
        // The rule every figure passes: its quote is in the text and states this very amount.
        if (!full.includes(quote) || !quoteStates(quote, a.text, a.value, a.currency)) continue;
        const fig: ProposedFigure = {
          value: a.value,
          currency: a.currency,
          measure,
          ...dir,
          ...(period !== undefined ? { period } : {}),
          qualifier: a.qualifier,
          quote,
          stated: a.text,
        };
        l.figures.push(fig);
      }
      if (eventKind && eventDate) {
        const date: string | ProposedDate =
          eventDate.end || eventDate.inferred
            ? {
                iso: eventDate.iso,
                ...(eventDate.end ? { end: eventDate.end } : {}),
                ...(eventDate.inferred ? { inferred: eventDate.inferred } : {}),
              }
            : eventDate.iso;
        const quote = quoteFor(s.text, eventDate.start - s.start, eventDate.end_ - s.start);
        if (!l.events.some((e) => e.quote === quote && e.kind === eventKind)) {
          l.events.push({ date, kind: eventKind, quote });
        }
      }
    }
  }

  const header = dates.find((d) => d.header && d.precision === 'day');
  return {
    lang,
    countries: [...countries].map(([iso3, mentionsOf]) => ({ iso3, mentions: mentionsOf })),
    links: [...links.values()].sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1)),
    ...(header ? { published: header.iso, publishedText: header.text } : {}),
  };
}

/** Problems that must never occur in proposals (used by tests and the CLI). */
export function checkProposals(text: string, p: Proposals): string[] {
  const problems: string[] = [];
  for (const l of p.links) {
    for (const f of l.figures) {
      if (!text.includes(f.quote)) problems.push(`figure quote not in text: ${f.quote}`);
      if (!quoteStates(f.quote, f.stated, f.value, f.currency)) {
        problems.push(
          `figure ${f.value} ${f.currency} differs from its quote's amount 「${f.stated}」`,
        );
      }
      if (f.quote.length > MAX_QUOTE) problems.push(`quote over ${MAX_QUOTE} characters`);
    }
    for (const e of l.events)
      if (!text.includes(e.quote)) problems.push(`event quote not in text: ${e.quote}`);
    for (const q of l.quotes) if (!text.includes(q)) problems.push(`link quote not in text: ${q}`);
  }
  for (const c of p.countries) {
    for (const q of c.mentions) if (!text.includes(q)) problems.push(`mention not in text: ${q}`);
  }
  return problems;
}

/**
 * Dates and periods in Japanese and English text: 2023年, 2021年8月16~17日, 11月27日から28日
 * (year taken from the text), 18~19日, 令和5年, 2024年の最初の9か月, 2017年1-11月期, "in 2016",
 * "January–September 2025", "the first quarter of 2021". English calendar dates ("February 24,
 * 1972", "16.06.2021") come from chrono-node when the caller passes it in (it is loaded lazily,
 * see extract.ts). A date alone on a short line (a page header) is marked `header`: it tells the
 * publication date and the year of the text, but is not evidence for an event.
 */
import { normaliseWidth } from './money.ts';

export interface DateValue {
  /** 2021, 2021-08 or 2021-08-16. */
  iso: string;
  /** Last day of a range (2021-08-17) or of a period. */
  end?: string;
  /** Why the year (or month) was supplied, when the words do not state it. */
  inferred?: string;
}

export interface DateMention extends DateValue {
  start: number;
  end_: number;
  text: string;
  /** `day`/`month`/`year`: a point; `period`: a stretch of months (figures' periods). */
  precision: 'day' | 'month' | 'year' | 'period';
  header: boolean;
}

/** The part of chrono-node the finder uses (chrono.en / chrono.ja `parse`). */
export interface ChronoLike {
  parse(
    text: string,
    ref?: Date,
  ): {
    index: number;
    text: string;
    start: { get(c: string): number | null; isCertain(c: string): boolean };
    end?: { get(c: string): number | null } | null;
  }[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function isRealDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m) && y >= 1000 && y <= 2999;
}

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

interface Raw {
  start: number;
  end: number;
  precision: DateMention['precision'];
  y?: number;
  m?: number;
  d?: number;
  m2?: number;
  d2?: number;
  /** For periods: first and last month. */
  p?: [number, number];
}

const S = String.raw`\s*`;
const Y = String.raw`(\d{4})${S}年`;
const ERA_Y = String.raw`(令和|平成|昭和)${S}(\d{1,2}|元)${S}年`;
const RANGE = String.raw`${S}(?:[~〜～\-–−]|から)${S}`;

type Rule = [RegExp, (m: RegExpExecArray) => Omit<Raw, 'start' | 'end'> | undefined];

const n = (s: string | undefined) => (s === undefined ? undefined : s === '元' ? 1 : Number(s));

/** Japanese rules, most specific first; a later rule never overlaps an earlier match. */
const JA_RULES: Rule[] = [
  // 2021年8月16~17日, 2024年11月27日から12月1日
  [
    new RegExp(
      `${Y}${S}(\\d{1,2})${S}月${S}(\\d{1,2})${S}日?${RANGE}(?:(\\d{1,2})${S}月${S})?(\\d{1,2})${S}日`,
      'gu',
    ),
    (m) => ({ precision: 'day', y: n(m[1]), m: n(m[2]), d: n(m[3]), m2: n(m[4]), d2: n(m[5]) }),
  ],
  [
    new RegExp(`${ERA_Y}${S}(\\d{1,2})${S}月${S}(\\d{1,2})${S}日`, 'gu'),
    (m) => ({
      precision: 'day',
      y: (ERAS[m[1] ?? ''] ?? 0) + (n(m[2]) ?? 0),
      m: n(m[3]),
      d: n(m[4]),
    }),
  ],
  [
    new RegExp(`${Y}${S}(\\d{1,2})${S}月${S}(\\d{1,2})${S}日`, 'gu'),
    (m) => ({ precision: 'day', y: n(m[1]), m: n(m[2]), d: n(m[3]) }),
  ],
  // 2017年1-11月期, 2025年1~9月
  [
    new RegExp(`${Y}${S}(\\d{1,2})${S}[~〜～\\-–−]${S}(\\d{1,2})${S}月期?`, 'gu'),
    (m) => ({ precision: 'period', y: n(m[1]), p: [n(m[2]) ?? 1, n(m[3]) ?? 12] }),
  ],
  // 2024年の最初の9か月, 2024年1月から9月
  [
    new RegExp(`${Y}${S}の?${S}最初の${S}(\\d{1,2})${S}[かカヶケ箇]${S}月`, 'gu'),
    (m) => ({ precision: 'period', y: n(m[1]), p: [1, n(m[2]) ?? 12] }),
  ],
  // 2025年10月までの累計: January to that month
  [
    new RegExp(`${Y}${S}(\\d{1,2})${S}月${S}まで`, 'gu'),
    (m) => ({ precision: 'period', y: n(m[1]), p: [1, n(m[2]) ?? 12] }),
  ],
  [
    new RegExp(`${Y}${S}(\\d{1,2})${S}月`, 'gu'),
    (m) => ({ precision: 'month', y: n(m[1]), m: n(m[2]) }),
  ],
  // 11月27日から28日 / 11月27日 (year from the text)
  [
    new RegExp(
      `(\\d{1,2})${S}月${S}(\\d{1,2})${S}日(?:${RANGE}(?:(\\d{1,2})${S}月${S})?(\\d{1,2})${S}日)?`,
      'gu',
    ),
    (m) => ({ precision: 'day', m: n(m[1]), d: n(m[2]), m2: n(m[3]), d2: n(m[4]) }),
  ],
  // 18~19日 (month and year from the text)
  [
    new RegExp(`(\\d{1,2})${S}[~〜～]${S}(\\d{1,2})${S}日`, 'gu'),
    (m) => ({ precision: 'day', d: n(m[1]), d2: n(m[2]) }),
  ],
  [
    new RegExp(ERA_Y, 'gu'),
    (m) => ({ precision: 'year', y: (ERAS[m[1] ?? ''] ?? 0) + (n(m[2]) ?? 0) }),
  ],
  [new RegExp(`${Y}(?!${S}\\d{1,2}${S}月)`, 'gu'), (m) => ({ precision: 'year', y: n(m[1]) })],
];

const EN_RULES: Rule[] = [
  // January–September 2025
  [
    new RegExp(`\\b${MONTH_RE}\\s*(?:[–\\-]|to)\\s*${MONTH_RE},?\\s+(\\d{4})\\b`, 'gu'),
    (m) => ({ precision: 'period', y: n(m[3]), p: [monthOf(m[1] ?? ''), monthOf(m[2] ?? '')] }),
  ],
  // the first quarter of 2021, the first nine months of 2024
  [
    /\b(first|second|third|fourth) quarter of (\d{4})\b/gu,
    (m) => {
      const q = ['first', 'second', 'third', 'fourth'].indexOf(m[1] ?? '') + 1;
      return { precision: 'period', y: n(m[2]), p: [q * 3 - 2, q * 3] };
    },
  ],
  [
    /\bfirst (\d{1,2}|three|six|nine) months of (\d{4})\b/gu,
    (m) => {
      const k =
        ({ three: 3, six: 6, nine: 9 } as Record<string, number>)[m[1] ?? ''] ?? n(m[1]) ?? 12;
      return { precision: 'period', y: n(m[2]), p: [1, k] };
    },
  ],
  [
    new RegExp(`\\b${MONTH_RE}\\s+(\\d{4})\\b`, 'gu'),
    (m) => ({ precision: 'month', y: n(m[2]), m: monthOf(m[1] ?? '') }),
  ],
  [
    /\b(1[89]\d\d|20\d\d)\b(?![.,]\d|\s*(?:percent|per cent|%))/gu,
    (m) => ({ precision: 'year', y: n(m[1]) }),
  ],
];

/** The dates found so far, with a mask of the characters they cover. */
interface Taken extends Array<Raw> {
  mask?: Uint8Array;
}

function overlaps(taken: Taken, s: number, e: number): boolean {
  const mask = taken.mask;
  if (!mask) return false;
  for (let i = s; i < e; i++) if (mask[i]) return true;
  return false;
}

function take(taken: Taken, r: Raw, length: number): void {
  taken.mask ??= new Uint8Array(length);
  taken.mask.fill(1, r.start, r.end);
  taken.push(r);
}

function runRules(norm: string, rules: Rule[], taken: Taken): void {
  for (const [re, make] of rules) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const s = m.index;
      const e = s + m[0].length;
      if (overlaps(taken, s, e)) continue;
      const r = make(m);
      if (r) take(taken, { ...r, start: s, end: e }, norm.length);
    }
  }
}

function isHeaderLine(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le === -1) le = text.length;
  // What the line says besides the date: a header adds a source or a label ("Sputnik 日本",
  // "- Article"), never a clause (no hiragana, no lower-case word, no full stop).
  const rest = (text.slice(ls, start) + ' ' + text.slice(end, le)).trim();
  if (rest.length > 30) return false;
  if (/[\u3040-\u309f。]/u.test(rest)) return false;
  if (/(^|\s)[a-z]/u.test(rest)) return false;
  return !/\.\s*$/.test(rest);
}

export interface DateContext {
  /** Year for dates without one (11月27日), and the reason. */
  year?: { year: number; reason: string };
  /** Month for day ranges without one (18~19日). */
  month?: { year: number; month: number; reason: string };
}

/**
 * The year (and month) a text is about, for the dates that leave it out: a header date line
 * (publication) first, else the year the text names most often.
 */
export function dateContext(mentions: DateMention[]): DateContext {
  const header = mentions.find(
    (d) => d.header && d.precision === 'day' && /^\d{4}-\d\d-\d\d$/.test(d.iso),
  );
  if (header) {
    const [y, m] = header.iso.split('-').map(Number);
    const reason = `the text is dated ${header.text.trim()} (its header line)`;
    return {
      year: { year: y ?? 0, reason },
      month: { year: y ?? 0, month: m ?? 1, reason },
    };
  }
  const counts = new Map<number, number>();
  for (const d of mentions) {
    if (d.inferred) continue;
    const y = Number(d.iso.slice(0, 4));
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (!best) return {};
  return {
    year: {
      year: best[0],
      reason: `the text names ${best[0]} most often (${best[1]} times); check it`,
    },
  };
}

function toMention(text: string, r: Raw, ctx: DateContext): DateMention | undefined {
  let inferred: string | undefined;
  let y = r.y;
  let m = r.m;
  if (y === undefined) {
    if (m === undefined) {
      if (!ctx.month) return undefined;
      m = ctx.month.month;
      y = ctx.month.year;
      inferred = `The text gives ${text.slice(r.start, r.end)} without a month or year; ${ctx.month.reason}.`;
    } else {
      if (!ctx.year) return undefined;
      y = ctx.year.year;
      inferred = `The text gives ${text.slice(r.start, r.end)} without a year; ${ctx.year.reason}.`;
    }
  }
  const base = { start: r.start, end_: r.end, text: text.slice(r.start, r.end), header: false };
  if (r.precision === 'period' && r.p) {
    const [a, b] = r.p;
    if (!isRealDate(y, a, 1) || !isRealDate(y, b, 1) || b < a) return undefined;
    return { ...base, precision: 'period', iso: ymd(y, a, 1), end: ymd(y, b, lastDay(y, b)) };
  }
  if (r.precision === 'year') return { ...base, precision: 'year', iso: String(y), inferred };
  if (r.precision === 'month') {
    if (!m || m < 1 || m > 12) return undefined;
    return { ...base, precision: 'month', iso: `${y}-${pad(m)}`, inferred };
  }
  const d = r.d ?? 0;
  if (!m || !isRealDate(y, m, d)) return undefined;
  const out: DateMention = { ...base, precision: 'day', iso: ymd(y, m, d), inferred };
  if (r.d2 !== undefined) {
    const m2 = r.m2 ?? m;
    if (!isRealDate(y, m2, r.d2)) return undefined;
    const end = ymd(y, m2, r.d2);
    if (end <= out.iso) return undefined;
    out.end = end;
  }
  return out;
}

/** Every date and period in `text`, in order. Never throws. */
export function findDates(text: string, chrono?: ChronoLike): DateMention[] {
  if (typeof text !== 'string' || text === '') return [];
  const norm = normaliseWidth(text);
  const taken: Taken = [];
  runRules(norm, JA_RULES.slice(0, 7), taken); // dated Japanese forms first
  runRules(norm, EN_RULES.slice(0, 3), taken);
  if (chrono) {
    try {
      for (const r of chrono.parse(norm, new Date(Date.UTC(2000, 0, 1)))) {
        const s = r.index;
        const e = s + r.text.length;
        const y = r.start.get('year');
        const mo = r.start.get('month');
        const d = r.start.get('day');
        if (!r.start.isCertain('year') || !r.start.isCertain('day') || !y || !mo || !d) continue;
        if (overlaps(taken, s, e)) continue;
        const raw: Raw = { start: s, end: e, precision: 'day', y, m: mo, d };
        const ey = r.end?.get('year');
        const em = r.end?.get('month');
        const ed = r.end?.get('day');
        if (ey === y && em && ed) {
          raw.m2 = em;
          raw.d2 = ed;
        }
        take(taken, raw, norm.length);
      }
    } catch {
      // chrono is a help, not a requirement: the rules below still run.
    }
  }
  runRules(norm, JA_RULES.slice(7), taken);
  runRules(norm, EN_RULES.slice(3), taken);
  taken.sort((a, b) => a.start - b.start);
  // Dated mentions first (no context needed), then the ones that need a year.
  const firstPass: DateMention[] = [];
  for (const r of taken) {
    if (r.y === undefined) continue;
    const d = toMention(text, r, {});
    if (d) {
      d.header = isHeaderLine(text, r.start, r.end);
      firstPass.push(d);
    }
  }
  const ctx = dateContext(firstPass);
  const out = [...firstPass];
  for (const r of taken) {
    if (r.y !== undefined) continue;
    const d = toMention(text, r, ctx);
    if (d) {
      d.header = isHeaderLine(text, r.start, r.end);
      out.push(d);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

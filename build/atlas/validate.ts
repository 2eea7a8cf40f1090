/**
 * Pure checks used by the compiler: typed field readers that report instead of throwing, dates,
 * finding quotes in documents (with the closest passage when they are not there) and checking a
 * figure against the money expression in its quote.
 */
import type { DatePrecision, LangText, PartialDate } from '../../src/data/types.ts';
import { findMoney, formatUsd, parseMoney } from '../../src/data/money.ts';
import { didYouMean, displayPath, type AtlasIssue, type FieldPath } from './errors.ts';
import type { YamlSource } from './load.ts';

/* ------------------------------------------------------------------------------------------ */
/* Field readers                                                                               */

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** How a value reads in a message: "a list", "the number 42", "text 「abc」". */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (an empty value)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping (key: value lines)';
  if (typeof v === 'string') return `text 「${clip(v, 40)}」`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return typeof v;
}

export function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
}

export interface StringOpts {
  required?: boolean;
  /** A regular expression the text must match, and how to say it. */
  pattern?: RegExp;
  patternHelp?: string;
  /** How to fix a missing or wrong value. */
  help?: string;
}

/** Reads fields of one YAML file and records problems with their file, line and path. */
export class FileReader {
  readonly src: YamlSource;
  readonly issues: AtlasIssue[];

  constructor(src: YamlSource, issues: AtlasIssue[]) {
    this.src = src;
    this.issues = issues;
  }

  get file(): string {
    return this.src.file;
  }

  lineOf(path: FieldPath): number | undefined {
    try {
      return this.src.locate(path);
    } catch {
      return undefined;
    }
  }

  where(path: FieldPath): string {
    const line = this.lineOf(path);
    return line ? `${this.file}:${line}` : this.file;
  }

  error(path: FieldPath, message: string, fix?: string, detail?: string[]): void {
    const issue: AtlasIssue = { file: this.file, path: displayPath(path), message };
    const line = this.lineOf(path);
    if (line !== undefined) issue.line = line;
    if (fix) issue.fix = fix;
    if (detail && detail.length) issue.detail = detail;
    this.issues.push(issue);
  }

  /** A mapping, or an error saying what was found instead. */
  object(v: unknown, path: FieldPath, what: string, help?: string): Obj | undefined {
    if (isObj(v)) return v;
    this.error(
      path,
      `expected ${what} (a mapping of \`key: value\` lines), found ${describe(v)}`,
      help,
    );
    return undefined;
  }

  /** Reports keys that are not in `allowed`, with a "did you mean" for typos. */
  keys(obj: Obj, path: FieldPath, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) {
        this.error(
          [...path, k],
          `unknown field \`${k}\`${didYouMean(k, allowed)}`,
          `allowed fields here: ${allowed.join(', ')}`,
        );
      }
    }
  }

  missing(obj: Obj, key: string, path: FieldPath, help?: string): void {
    this.error([...path, key], `missing required field \`${key}\``, help ?? `add \`${key}: …\``);
  }

  string(obj: Obj, key: string, path: FieldPath, opts: StringOpts = {}): string | undefined {
    const v = obj[key];
    const p = [...path, key];
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, opts.help);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.error(p, `expected text, found ${describe(v)}`, opts.help);
      return undefined;
    }
    if (v.trim() === '') {
      this.error(p, 'is empty', opts.help);
      return undefined;
    }
    if (opts.pattern && !opts.pattern.test(v)) {
      this.error(p, `「${clip(v, 60)}」 ${opts.patternHelp ?? 'has the wrong form'}`, opts.help);
      return undefined;
    }
    return v;
  }

  number(
    obj: Obj,
    key: string,
    path: FieldPath,
    opts: { required?: boolean; integer?: boolean; min?: number; max?: number; help?: string } = {},
  ): number | undefined {
    const v = obj[key];
    const p = [...path, key];
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, opts.help);
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const hint =
        typeof v === 'string' && /\d/.test(v)
          ? ' (write a plain number: no quotes, commas or units)'
          : '';
      this.error(p, `expected a number, found ${describe(v)}${hint}`, opts.help);
      return undefined;
    }
    if (opts.integer && !Number.isInteger(v)) {
      this.error(p, `expected a whole number, found ${v}`, opts.help);
      return undefined;
    }
    if (opts.min !== undefined && v < opts.min) {
      this.error(p, `must be at least ${opts.min}, found ${v}`, opts.help);
      return undefined;
    }
    if (opts.max !== undefined && v > opts.max) {
      this.error(p, `must be at most ${opts.max}, found ${v}`, opts.help);
      return undefined;
    }
    return v;
  }

  list(
    obj: Obj,
    key: string,
    path: FieldPath,
    opts: { required?: boolean; nonEmpty?: boolean; help?: string } = {},
  ): unknown[] | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, opts.help);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.error(
        [...path, key],
        `expected a list (lines starting with \`- \`), found ${describe(v)}`,
        opts.help,
      );
      return undefined;
    }
    if (opts.nonEmpty && v.length === 0) {
      this.error([...path, key], 'the list is empty', opts.help);
      return undefined;
    }
    return v;
  }

  langText(
    obj: Obj,
    key: string,
    path: FieldPath,
    opts: { required?: boolean } = {},
  ): LangText | undefined {
    const v = obj[key];
    const help = `write it in both languages:\n      ${key}:\n        ja: …\n        en: …`;
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, help);
      return undefined;
    }
    const o = this.object(v, [...path, key], 'a text in both languages', help);
    if (!o) return undefined;
    this.keys(o, [...path, key], ['ja', 'en']);
    const ja = this.string(o, 'ja', [...path, key], { required: true, help });
    const en = this.string(o, 'en', [...path, key], { required: true, help });
    return ja !== undefined && en !== undefined ? { ja, en } : undefined;
  }

  oneOf<T extends string>(
    obj: Obj,
    key: string,
    path: FieldPath,
    values: readonly T[],
    opts: { required?: boolean } = {},
  ): T | undefined {
    const v = obj[key];
    const help = `use one of: ${values.join(', ')}`;
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, help);
      return undefined;
    }
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      const hint = typeof v === 'string' ? didYouMean(v, values) : '';
      this.error([...path, key], `${describe(v)} is not allowed here${hint}`, help);
      return undefined;
    }
    return v as T;
  }

  /** A list of distinct values from `values`. */
  oneOfList<T extends string>(
    obj: Obj,
    key: string,
    path: FieldPath,
    values: readonly T[],
    opts: { required?: boolean; nonEmpty?: boolean } = {},
  ): T[] | undefined {
    const list = this.list(obj, key, path, { ...opts, help: `a list of: ${values.join(', ')}` });
    if (!list) return undefined;
    const out: T[] = [];
    list.forEach((v, i) => {
      if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
        const hint = typeof v === 'string' ? didYouMean(v, values) : '';
        this.error(
          [...path, key, i],
          `${describe(v)} is not allowed here${hint}`,
          `use one of: ${values.join(', ')}`,
        );
      } else if (out.includes(v as T)) {
        this.error([...path, key, i], `「${v}」 is listed twice`, 'remove the repeated entry');
      } else {
        out.push(v as T);
      }
    });
    return out;
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Dates                                                                                       */

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked to be a real date. */
export function parseIso(s: string): { precision: DatePrecision } | { error: string } {
  const m = ISO_RE.exec(s);
  if (!m) return { error: `「${clip(s, 30)}」 is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` };
  const [, y = '', mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { precision: 'year' };
  const month = Number(mo);
  if (month < 1 || month > 12) return { error: `${s} is not a real date: there is no month ${mo}` };
  if (d === undefined) return { precision: 'month' };
  const day = Number(d);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) {
    return { error: `${s} is not a real date: ${y}-${mo} has ${max} days` };
  }
  return { precision: 'day' };
}

/** A YAML value as an ISO date string (YAML reads `2017` as a number). */
export function isoText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  return undefined;
}

const DATE_HELP =
  'write `date: 2021-08-16` (or 2021-08 / 2021), or for a range or an inferred date:\n' +
  '      date: { iso: 2021-08-16, end: 2021-08-17, inferred: "year taken from …" }';

/** Reads a `PartialDate` field: a plain date, or `{ iso, end?, precision?, inferred? }`. */
export function readDate(
  r: FileReader,
  obj: Obj,
  key: string,
  path: FieldPath,
  opts: { required?: boolean } = {},
): PartialDate | undefined {
  const v = obj[key];
  const p = [...path, key];
  if (v === undefined || v === null) {
    if (opts.required) r.missing(obj, key, path, DATE_HELP);
    return undefined;
  }
  let iso: string | undefined;
  let end: string | undefined;
  let inferred: string | undefined;
  let precisionGiven: unknown;
  let isoPath = p;
  if (isObj(v)) {
    r.keys(v, p, ['iso', 'end', 'precision', 'inferred']);
    isoPath = [...p, 'iso'];
    if (v.iso === undefined || v.iso === null) {
      r.missing(v, 'iso', p, DATE_HELP);
      return undefined;
    }
    iso = isoText(v.iso);
    if (iso === undefined) {
      r.error(isoPath, `expected a date, found ${describe(v.iso)}`, DATE_HELP);
      return undefined;
    }
    if (v.end !== undefined && v.end !== null) {
      end = isoText(v.end);
      if (end === undefined) {
        r.error([...p, 'end'], `expected a date, found ${describe(v.end)}`, DATE_HELP);
        return undefined;
      }
    }
    if (v.inferred !== undefined && v.inferred !== null) {
      inferred = r.string(v, 'inferred', p, {
        help: 'say in words where the missing part of the date comes from',
      });
      if (inferred === undefined) return undefined;
    }
    precisionGiven = v.precision;
  } else {
    iso = isoText(v);
    if (iso === undefined) {
      r.error(p, `expected a date, found ${describe(v)}`, DATE_HELP);
      return undefined;
    }
  }
  const parsed = parseIso(iso);
  if ('error' in parsed) {
    r.error(isoPath, parsed.error, DATE_HELP);
    return undefined;
  }
  if (precisionGiven !== undefined && precisionGiven !== parsed.precision) {
    r.error(
      [...p, 'precision'],
      `precision ${typeof precisionGiven === 'string' ? precisionGiven : describe(precisionGiven)} does not match ${iso} (which is ${parsed.precision} precision)`,
      `remove \`precision\` (it follows from the date) or write the date as ${
        precisionGiven === 'year' ? 'YYYY' : precisionGiven === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD'
      }`,
    );
    return undefined;
  }
  const date: PartialDate = { iso, precision: parsed.precision };
  if (end !== undefined) {
    const pe = parseIso(end);
    if ('error' in pe) {
      r.error([...p, 'end'], pe.error, DATE_HELP);
      return undefined;
    }
    if (pe.precision !== parsed.precision) {
      r.error(
        [...p, 'end'],
        `end ${end} must have the same precision as ${iso}`,
        'write both as YYYY-MM-DD, YYYY-MM or YYYY',
      );
      return undefined;
    }
    if (end <= iso) {
      r.error(
        [...p, 'end'],
        `end ${end} must come after ${iso}`,
        'swap them, or remove `end` for a single date',
      );
      return undefined;
    }
    date.end = end;
  }
  if (inferred !== undefined) date.inferred = inferred;
  return date;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Regular expressions that find a date (of its precision) written in a text. */
function datePatterns(iso: string): RegExp[] {
  const [y = '', mo, d] = iso.split('-');
  const M = mo ? String(Number(mo)) : '';
  const D = d ? String(Number(d)) : '';
  const monthName = mo ? EN_MONTHS[Number(mo) - 1] : '';
  const sep = String.raw`\s*`;
  if (d) {
    return [
      new RegExp(`${y}${sep}年${sep}0?${M}${sep}月${sep}0?${D}(?!\\d)`),
      new RegExp(`${y}-${mo}-${d}`),
      new RegExp(`${monthName}\\s+0?${D},?\\s+${y}`, 'i'),
      new RegExp(`(?<!\\d)0?${D}\\s+${monthName}\\s+${y}`, 'i'),
    ];
  }
  if (mo) {
    return [
      new RegExp(`${y}${sep}年${sep}0?${M}${sep}月`),
      new RegExp(`${y}-${mo}(?!\\d)`),
      new RegExp(`${monthName},?\\s+${y}`, 'i'),
    ];
  }
  return [new RegExp(`(?<!\\d)${y}(?!\\d)`)];
}

/** Does the text state this date (for a non-inferred date)? */
export function dateStated(text: string, iso: string): boolean {
  return datePatterns(iso).some((re) => re.test(text));
}

/** Does the text state the end of the range that starts at `start` ("16~17日", "から28日")? */
export function rangeEndStated(text: string, start: string, end: string): boolean {
  const [sy, sm] = start.split('-');
  const [ey = '', em, ed] = end.split('-');
  if (sy !== ey || !em) return dateStated(text, end);
  const M = String(Number(em));
  if (!ed) return new RegExp(`(?<!\\d)0?${M}\\s*月`).test(text) || dateStated(text, end);
  const D = String(Number(ed));
  if (sm !== em)
    return new RegExp(`(?<!\\d)0?${M}\\s*月\\s*0?${D}(?!\\d)`).test(text) || dateStated(text, end);
  return (
    new RegExp(`(?:[~〜～\\-–—]|から|to|and)\\s*0?${D}(?!\\d)`, 'i').test(text) ||
    dateStated(text, end)
  );
}

/** How a date reads in Japanese, for messages: 2021-08-16 → 2021年8月16日. */
export function japaneseDate(iso: string): string {
  const [y, mo, d] = iso.split('-');
  return `${y}年${mo ? `${Number(mo)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/* ------------------------------------------------------------------------------------------ */
/* Quotes                                                                                      */

/** Start offsets of every occurrence of `needle` in `hay` (overlapping ones too). */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Find `needle` ignoring all whitespace; returns the passage of `hay` it matches. */
export function matchIgnoringSpace(
  hay: string,
  needle: string,
): { start: number; end: number } | undefined {
  const target = needle.replace(/\s+/g, '');
  if (target === '') return undefined;
  const map: number[] = [];
  let stripped = '';
  for (let i = 0; i < hay.length; i++) {
    const ch = hay.charAt(i);
    if (/\s/.test(ch)) continue;
    stripped += ch;
    map.push(i);
  }
  const at = stripped.indexOf(target);
  if (at === -1) return undefined;
  const start = map[at] ?? 0;
  const end = (map[at + target.length - 1] ?? start) + 1;
  return { start, end };
}

/**
 * The passage of `hay` closest to `needle` by edit distance (approximate substring matching,
 * O(|hay|·|needle|)). `similarity` is 1 − distance / |needle|.
 */
export function closestPassage(
  hay: string,
  needle: string,
): { start: number; end: number; similarity: number } | undefined {
  const p = needle.length > 400 ? needle.slice(0, 400) : needle;
  const m = p.length;
  const n = hay.length;
  if (m === 0 || n === 0) return undefined;
  let prev = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  let curStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = { distance: m + 1, start: 0, end: 0 };
  for (let j = 1; j <= n; j++) {
    cur[0] = 0;
    curStart[0] = j;
    prevStart[0] = j - 1;
    const tc = hay.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      let d = (prev[i - 1] ?? 0) + (p.charCodeAt(i - 1) === tc ? 0 : 1);
      let s = prevStart[i - 1] ?? 0;
      const up = (prev[i] ?? 0) + 1;
      if (up < d) {
        d = up;
        s = prevStart[i] ?? 0;
      }
      const left = (cur[i - 1] ?? 0) + 1;
      if (left < d) {
        d = left;
        s = curStart[i - 1] ?? 0;
      }
      cur[i] = d;
      curStart[i] = s;
    }
    const dm = cur[m] ?? m;
    if (dm < best.distance) best = { distance: dm, start: curStart[m] ?? 0, end: j };
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  return { start: best.start, end: best.end, similarity: Math.max(0, 1 - best.distance / m) };
}

export type QuoteLocation =
  | { ok: true; start: number; end: number; count: number }
  | { ok: false; message: string; fix: string; detail: string[] };

/**
 * Where the quote is in its document. Exact, case- and space-sensitive. When it is not found,
 * explains why: found in another document, found with different spacing, or the closest passage.
 */
export function locateQuote(
  docId: string,
  docFile: string,
  docText: string,
  quote: string,
  occurrence: number | undefined,
  otherDocs: { id: string; text: string }[],
  fuzzy: boolean,
): QuoteLocation {
  const hits = occurrences(docText, quote);
  if (hits.length > 0) {
    const n = occurrence ?? 1;
    const start = hits[n - 1];
    if (start === undefined) {
      return {
        ok: false,
        message: `occurrence ${n} requested, but the text occurs only ${hits.length} time${hits.length === 1 ? '' : 's'} in ${docId}`,
        fix: `use occurrence 1 to ${hits.length}, or remove \`occurrence\``,
        detail: [],
      };
    }
    return { ok: true, start, end: start + quote.length, count: hits.length };
  }
  const elsewhere = otherDocs.find((d) => d.id !== docId && d.text.includes(quote));
  if (elsewhere) {
    return {
      ok: false,
      message: `the text is not in document ${docId} — it is in ${elsewhere.id}`,
      fix: `set \`doc: ${elsewhere.id}\``,
      detail: [],
    };
  }
  const spaced = matchIgnoringSpace(docText, quote);
  if (spaced) {
    const passage = docText.slice(spaced.start, spaced.end);
    return {
      ok: false,
      message: `the text is not in document ${docId} exactly: the spaces or line breaks differ`,
      fix: 'copy the passage exactly as the document writes it (spaces included); a quote cannot span a line break',
      detail: [
        `the document has (${docFile}:${lineAt(docText, spaced.start)}): 「${passage.replace(/\n/g, '⏎')}」`,
      ],
    };
  }
  const detail: string[] = [];
  if (fuzzy) {
    const best = closestPassage(docText, quote);
    if (best && best.similarity >= 0.3) {
      const passage = docText.slice(best.start, best.end).replace(/\n/g, '⏎');
      detail.push(
        `closest passage (${Math.round(best.similarity * 100)}% similar) at ${docFile}:${lineAt(docText, best.start)}:`,
        `  document: 「${passage}」`,
        `  quote:    「${quote.replace(/\n/g, '⏎')}」`,
      );
    } else {
      detail.push(`no similar passage in ${docFile}`);
    }
  } else {
    detail.push('(closest passage not computed: too many quotes failed at once)');
  }
  return {
    ok: false,
    message: `the text does not occur in document ${docId}`,
    fix: 'copy the words exactly from the document (same characters, punctuation and spaces)',
    detail,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Figures against their quote                                                                 */

export interface MoneyProblem {
  field: 'value' | 'stated' | 'qualifier';
  message: string;
  fix: string;
}

/**
 * A figure's `value`, `stated` and `qualifier` must agree with the money expression its quote
 * contains: `stated` occurs in the quote, parses on its own to `value`, and the expression around
 * it in the quote carries the same qualifier (約 → about, 以上 → at-least, 超 → more-than).
 */
export function checkMoney(
  quoteId: string,
  quoteText: string,
  stated: string,
  value: number | undefined,
  qualifier: string | undefined,
): MoneyProblem[] {
  const problems: MoneyProblem[] = [];
  const at = quoteText.indexOf(stated);
  const found = findMoney(quoteText);
  if (at === -1) {
    const list = found.map((m) => `「${m.text}」`).join(', ');
    problems.push({
      field: 'stated',
      message: `「${stated}」 does not occur in quote ${quoteId} 「${clip(quoteText, 80)}」`,
      fix: list
        ? `copy the amount exactly as the quote writes it: ${list}`
        : 'the quote contains no money expression: quote the sentence that states the amount',
    });
    return problems;
  }
  const own = parseMoney(stated);
  if (!own.ok) {
    problems.push({
      field: 'stated',
      message: `「${stated}」 is not a money expression the parser accepts: ${own.error}`,
      fix: 'write the amount with its unit and currency as the quote does, e.g. 59億ドル, 6億3,400万ドル, $5.9 billion',
    });
    return problems;
  }
  const match = found.find((m) => m.start < at + stated.length && at < m.end);
  if (value !== undefined && own.value !== value) {
    problems.push({
      field: 'value',
      message: `${value} does not match 「${stated}」 in quote ${quoteId} (= ${formatUsd(own.value)})`,
      fix: `set value to ${own.value}, or correct \`stated\` to the amount the quote gives`,
    });
  }
  if (match && match.value !== own.value) {
    problems.push({
      field: 'stated',
      message: `「${stated}」 is only part of the amount 「${match.text}」 in quote ${quoteId} (= ${formatUsd(match.value)})`,
      fix: `copy the whole amount: stated: ${match.text}`,
    });
  }
  const q = match ? match.qualifier : own.qualifier;
  if (qualifier !== undefined && q !== qualifier) {
    const shown = match ? match.text : stated;
    problems.push({
      field: 'qualifier',
      message: `${qualifier} does not match 「${shown}」 in quote ${quoteId}, which reads as ${q}`,
      fix: `set qualifier: ${q} (約 → about, 以上 → at-least, 超/を超える → more-than, otherwise exact)`,
    });
  }
  return problems;
}

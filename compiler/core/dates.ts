/**
 * Dates: ISO partial dates, reading them from YAML, finding them in a quote, period labels.
 */
import type { DatePrecision, LangText, PartialDate } from '../../src/data/types.ts';
import type { FieldPath } from './issues.ts';
import { clip, describe, type FileReader, isObj, type Obj } from './reader.ts';

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
  '      date: { iso: 2021-08-16, end: 2021-08-17, inferred: { ja: 年は…による, en: year taken from … } }';

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
  let inferred: LangText | undefined;
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
      inferred = r.langText(v, 'inferred', p);
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

/** Order of two dates by their start. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
}

export function isFullYear(start: string, end: string): boolean {
  return (
    start.slice(5) === '01-01' && end.slice(5) === '12-31' && start.slice(0, 4) === end.slice(0, 4)
  );
}

const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2020-01-01…2020-12-31 → 2020年 / 2020; 2024-01-01…2024-09-30 → 2024年1〜9月 / Jan–Sep 2024. */
export function periodLabel(start: string, end: string): LangText {
  const [sy = '', sm = '', sd = ''] = start.split('-');
  const [ey = '', em = '', ed = ''] = end.split('-');
  if (isFullYear(start, end)) return { ja: `${sy}年`, en: sy };
  const wholeMonths = sd === '01' && Number(ed) === daysInMonth(Number(ey), Number(em));
  if (sy === ey && wholeMonths) {
    const m1 = Number(sm);
    const m2 = Number(em);
    if (m1 === m2) return { ja: `${sy}年${m1}月`, en: `${EN_MON[m1 - 1]} ${sy}` };
    return { ja: `${sy}年${m1}〜${m2}月`, en: `${EN_MON[m1 - 1]}–${EN_MON[m2 - 1]} ${sy}` };
  }
  return { ja: `${start}〜${end}`, en: `${start} – ${end}` };
}

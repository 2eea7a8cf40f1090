/**
 * Dates as the documents give them: a year, a month or a day. Comparisons against an "as of"
 * day use the earliest day a partial date can mean (a status stated for "July 2022" holds from
 * 1 July 2022), and figures count from the end of their period (a 2020 total is known from
 * 31 December 2020).
 */
import type { PartialDate } from '../data/types';

/** First day a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) can mean, as `YYYY-MM-DD`. */
export function firstDay(iso: string): string {
  if (/^\d{4}$/.test(iso)) return `${iso}-01-01`;
  if (/^\d{4}-\d{2}$/.test(iso)) return `${iso}-01`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  throw new Error(`not a date: "${iso}"`);
}

/** Last day a partial date can mean. */
export function lastDay(iso: string): string {
  if (/^\d{4}$/.test(iso)) return `${iso}-12-31`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month) {
    const days = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${iso}-${String(days).padStart(2, '0')}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  throw new Error(`not a date: "${iso}"`);
}

/**
 * Sort key: partial dates order by their first day, then by precision (year before month).
 * (The compiler's own comparison of ISO strings is another rule, under another name.)
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const fa = firstDay(a.iso);
  const fb = firstDay(b.iso);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.iso.length - b.iso.length;
}

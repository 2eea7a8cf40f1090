/**
 * Money, figures and dates for display, through Intl per locale: 5.9e9 → `59億ドル` / `$5.9B`.
 * Small amounts are written in full (`7,710ドル` / `$7,710`) because rounding them would
 * change what the document says; large ones keep a fourth digit when it makes them exact.
 */
import type { FigureQualifier, PartialDate } from '../data/types';
import type { Lang } from '../i18n/messages';

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

/**
 * Intl formatters are slow to build (tens of them cost tens of ms at start-up), so each one is
 * built once per locale and options and then reused.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/**
 * A dollar amount for a reader, in their language (`$5.9B`, `59億ドル`). Not the compiler's
 * `formatUsd`, which writes full digits for its messages.
 */
export function formatDollars(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  const compact = Math.abs(value) >= 1e6;
  // Three significant digits, or four where that is the amount exactly: 「311億7千万ドル」 reads
  // 311.7億ドル, not 312億ドル next to its quote.
  const digits = Number(value.toPrecision(4)) === value ? 4 : 3;
  const options: Intl.NumberFormatOptions = compact
    ? { notation: 'compact', maximumSignificantDigits: digits }
    : { maximumFractionDigits: 0 };
  if (lang === 'ja') {
    return `${numberFormat(LOCALE.ja, options).format(value)}ドル`;
  }
  return numberFormat(LOCALE.en, {
    ...options,
    style: 'currency',
    currency: 'USD',
  }).format(value);
}

const QUALIFIER: Record<Lang, Record<FigureQualifier, (amount: string) => string>> = {
  ja: {
    exact: (a) => a,
    'at-least': (a) => `${a}以上`,
    'more-than': (a) => `${a}超`,
    about: (a) => `約${a}`,
  },
  en: {
    exact: (a) => a,
    'at-least': (a) => `at least ${a}`,
    'more-than': (a) => `more than ${a}`,
    about: (a) => `about ${a}`,
  },
};

export function formatAmount(value: number, qualifier: FigureQualifier, lang: Lang): string {
  return QUALIFIER[lang][qualifier](formatDollars(value, lang));
}

/** A partial date at its own precision: `2022年7月13日` / `13 July 2022`, `1992年` / `1992`. */
export function formatDate(date: Pick<PartialDate, 'iso' | 'end'>, lang: Lang): string {
  const one = (iso: string): string => {
    const [y, m, d] = iso.split('-').map(Number);
    if (y === undefined || Number.isNaN(y)) return iso;
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (m) options.month = 'long';
    if (d) options.day = 'numeric';
    return dateFormat(LOCALE[lang], options).format(new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)));
  };
  return date.end ? `${one(date.iso)}–${one(date.end)}` : one(date.iso);
}

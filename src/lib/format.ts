/**
 * Money, figures and dates for display, through Intl per locale: 5.9e9 → `59億ドル` / `$5.9B`.
 * Small amounts are written in full (`7,710ドル` / `$7,710`) because rounding them would
 * change what the document says.
 */
import type { FigureQualifier, PartialDate } from '../data/types';
import type { Lang } from '../i18n/messages';

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

export function formatUsd(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return '—';
  const compact = Math.abs(value) >= 1e6;
  const options: Intl.NumberFormatOptions = compact
    ? { notation: 'compact', maximumSignificantDigits: 3 }
    : { maximumFractionDigits: 0 };
  if (lang === 'ja') {
    return `${new Intl.NumberFormat(LOCALE.ja, options).format(value)}ドル`;
  }
  return new Intl.NumberFormat(LOCALE.en, {
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
  return QUALIFIER[lang][qualifier](formatUsd(value, lang));
}

/** A partial date at its own precision: `2022年7月13日` / `13 July 2022`, `1992年` / `1992`. */
export function formatDate(date: Pick<PartialDate, 'iso' | 'end'>, lang: Lang): string {
  const one = (iso: string): string => {
    const [y, m, d] = iso.split('-').map(Number);
    if (y === undefined || Number.isNaN(y)) return iso;
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (m) options.month = 'long';
    if (d) options.day = 'numeric';
    return new Intl.DateTimeFormat(LOCALE[lang], options).format(
      new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1)),
    );
  };
  return date.end ? `${one(date.iso)}–${one(date.end)}` : one(date.iso);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang]).format(value);
}

/**
 * Small text rules of the panels: a text given in one language or in both, a credit that may
 * still carry its own "Source" prefix, Wikipedia's footnote marks inside a quote, and quotes
 * grouped by their document. Pure, so the panels only draw.
 */
import type { LangText } from '../data/types';

export type Lang = keyof LangText;

/** A note that is either one string (older data) or given in both languages. */
export function localText(value: string | LangText | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[lang] || value[lang === 'ja' ? 'en' : 'ja'] || '';
}

/**
 * A credit as the line after the interface's own "Source:" label: a leading "出典" / "Source"
 * (with its colon) is dropped, so the line never reads "Source: Source: …".
 */
export function stripSourcePrefix(credit: string): string {
  return (
    credit.replace(/^\s*(?:出典|source(?![\p{L}\p{N}]))\s*[:：]?\s*/iu, '').trim() || credit.trim()
  );
}

export interface TextPart {
  text: string;
  /** A footnote mark such as `[4]`, kept verbatim but drawn small. */
  mark: boolean;
}

/** Splits a text around footnote marks (`[4]`, `[12]`, `[注 3]`, `[a]`), keeping every character. */
export function splitFootnotes(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const re = /\[(?:\d{1,3}|[a-z]|注\s?\d{1,3})\]/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at), mark: false });
    parts.push({ text: m[0], mark: true });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/** Items grouped by a key, groups in order of first appearance, items keeping their order. */
export function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string,
): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].map(([k, list]) => ({ key: k, items: list }));
}

/** Unique strings in first-seen order. */
export function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

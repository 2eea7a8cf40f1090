/**
 * The article cut into plain runs and marked runs (countries, amounts, dates) for the review
 * screen: text only, drawn as text nodes inside <mark>, never as HTML. Overlaps are resolved
 * by order (amounts, then dates, then countries: an amount's digits are not also a date).
 */
export type MarkKind = 'country' | 'amount' | 'date';

export interface Run {
  text: string;
  kind: MarkKind | null;
}

interface Span {
  start: number;
  end: number;
}

/** Plain and marked runs covering `text` exactly, in order. */
export function marksOf(
  text: string,
  found: { countries: Span[]; amounts: Span[]; dates: { start: number; end_: number }[] },
): Run[] {
  const spans: (Span & { kind: MarkKind })[] = [];
  const free = (s: Span) =>
    s.start >= 0 &&
    s.end <= text.length &&
    s.start < s.end &&
    !spans.some((t) => s.start < t.end && t.start < s.end);
  for (const a of found.amounts)
    if (free(a)) spans.push({ start: a.start, end: a.end, kind: 'amount' });
  for (const d of found.dates) {
    const s = { start: d.start, end: d.end_ };
    if (free(s)) spans.push({ ...s, kind: 'date' });
  }
  for (const c of found.countries)
    if (free(c)) spans.push({ start: c.start, end: c.end, kind: 'country' });
  spans.sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) runs.push({ text: text.slice(at, s.start), kind: null });
    runs.push({ text: text.slice(s.start, s.end), kind: s.kind });
    at = s.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), kind: null });
  return runs;
}

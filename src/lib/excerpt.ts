/**
 * Quotes in their context: the sentence around a quote (so the panel can highlight the exact
 * words inside it), and a document cut into plain and highlighted segments for the reader.
 * Everything stays text; nothing here produces HTML.
 */

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

const SENTENCE_END = /[。．！？!?\n]|\.(?=\s)/g;

/** The sentence(s) containing text[start, end), cut at sentence ends, at most `max` chars aside. */
export function excerptAround(text: string, start: number, end: number, max = 160): Excerpt {
  if (!(start >= 0 && end <= text.length && start <= end)) {
    throw new RangeError(
      `quote offsets ${start}–${end} are outside the text (length ${text.length})`,
    );
  }
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const i = m.index ?? 0;
    if (i < start) from = i + 1;
    else if (i + 1 >= end) {
      to = i + 1;
      break;
    }
  }
  from = Math.max(from, start - max);
  to = Math.min(to, end + max);
  const before = text.slice(from, start).replace(/^\s+/, '');
  const after = text.slice(end, to).replace(/\s+$/, '');
  return {
    before: (from > 0 && from === start - max ? '…' : '') + before,
    match: text.slice(start, end),
    after: after + (to < text.length && to === end + max ? '…' : ''),
  };
}

/** An excerpt that could not be cut keeps the reason (the offsets and the text's length). */
export type QuoteExcerpt = Excerpt & { error?: string };

/**
 * The excerpt around a quote in its document; without the document, or where the quote's
 * offsets do not fit it, the quote's own words alone, with `error` saying why.
 */
export function quoteExcerpt(
  quote: { text: string; start: number; end: number },
  docText: string | undefined,
  max?: number,
): QuoteExcerpt {
  const alone = { before: '', match: quote.text, after: '' };
  if (docText === undefined) return alone;
  try {
    return excerptAround(docText, quote.start, quote.end, max);
  } catch (e) {
    return { ...alone, error: e instanceof Error ? e.message : String(e) };
  }
}

export interface Segment {
  text: string;
  /** Ids of the quotes this segment belongs to (empty: plain text). */
  quotes: string[];
}

/** Cuts a text at every quote boundary; overlapping quotes give segments with several ids. */
export function segments(
  text: string,
  quotes: readonly { id: string; start: number; end: number }[],
): Segment[] {
  const valid = quotes.filter((q) => q.start >= 0 && q.end <= text.length && q.start < q.end);
  const cuts = new Set<number>([0, text.length]);
  for (const q of valid) {
    cuts.add(q.start);
    cuts.add(q.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (a === b) continue;
    const ids = valid.filter((q) => q.start <= a && q.end >= b).map((q) => q.id);
    const last = out[out.length - 1];
    if (last && ids.length === 0 && last.quotes.length === 0) last.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), quotes: ids });
  }
  return out;
}

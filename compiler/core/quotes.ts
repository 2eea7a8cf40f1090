/**
 * Finding a quote in its document, and explaining why when it is not there.
 */

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

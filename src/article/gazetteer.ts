/**
 * Finds the countries a text names, from the gazetteer (data/gazetteer.yaml through
 * `buildLexicon`). Whole names are matched leftmost-longest; one-character short forms (米, 中,
 * 日, …) only where their neighbours make them a country (see the gazetteer's header).
 */
import type { Lexicon } from './lexicon.ts';

export interface CountryMention {
  iso3: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
}

const LATIN_WORD = /[A-Za-z0-9]/;
const KATAKANA = /[\u30a1-\u30fa\u30fc\uff66-\uff9f]/u;
const IDEOGRAPH_OR_DIGIT = /[\u3400-\u9fff\uf900-\ufaff0-9０-９〇]/u;

/** Whether [pos, end) lies inside an occurrence of one of `phrases` (linear set-up, O(1)-ish query). */
function coverage(text: string, phrases: string[]): (pos: number, end: number) => boolean {
  let ends: Int32Array | undefined;
  let longest = 0;
  for (const p of phrases) {
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1)) {
      ends ??= new Int32Array(text.length);
      ends[i] = Math.max(ends[i] ?? 0, i + p.length);
      longest = Math.max(longest, p.length);
    }
  }
  if (!ends) return () => false;
  const e = ends;
  return (pos, end) => {
    for (let s = pos; s >= 0 && s > pos - longest; s--) if ((e[s] ?? 0) >= end) return true;
    return false;
  };
}

function nameFits(text: string, i: number, form: string, latin: boolean, lex: Lexicon): boolean {
  const before = i > 0 ? text.charAt(i - 1) : '';
  const end = i + form.length;
  const after = text.charAt(end);
  if (latin) {
    if (LATIN_WORD.test(before) || LATIN_WORD.test(after)) return false;
    // US$ is a currency; "U.S.-made" is fine.
    if (after === '$') return false;
    return true;
  }
  if (KATAKANA.test(form.charAt(0)) && KATAKANA.test(before)) return false;
  if (KATAKANA.test(form.charAt(form.length - 1)) && KATAKANA.test(after)) return false;
  if (after && lex.notFollowedBy.some((w) => text.startsWith(w, end))) return false;
  return true;
}

/** Every country mention in `text`, in order. Never throws. */
export function findCountries(text: string, lex: Lexicon): CountryMention[] {
  if (typeof text !== 'string' || text === '') return [];
  const inNot = coverage(text, lex.notPhrases);
  const out: CountryMention[] = [];
  const covered = new Uint8Array(text.length);
  for (let i = 0; i < text.length;) {
    const list = lex.byFirst.get(text.charAt(i));
    let hit = false;
    if (list) {
      for (const f of list) {
        if (!text.startsWith(f.form, i) || !nameFits(text, i, f.form, f.latin, lex)) continue;
        const end = i + f.form.length;
        if (inNot(i, end)) continue;
        out.push({ iso3: f.iso3, start: i, end, text: f.form });
        covered.fill(1, i, end);
        i = end;
        hit = true;
        break;
      }
    }
    if (!hit) i++;
  }
  out.push(...findShortForms(text, lex, covered));
  return out.sort((a, b) => a.start - b.start);
}

function findShortForms(text: string, lex: Lexicon, covered: Uint8Array): CountryMention[] {
  if (lex.short.size === 0) return [];
  const inAbbrNot = coverage(text, lex.abbrNot);
  // Candidates: short-form characters outside whole names and outside the `not` words.
  const cand = new Map<number, { iso3: string; joint: boolean }>();
  for (let i = 0; i < text.length; i++) {
    if (covered[i]) continue;
    const f = lex.short.get(text.charAt(i));
    if (!f || inAbbrNot(i, i + 1)) continue;
    const before = i > 0 ? text.charAt(i - 1) : '';
    if (/[0-9０-９]/.test(before)) continue; // 27日
    if (f.type === 'joint' && KATAKANA.test(f.form)) {
      if (KATAKANA.test(text.charAt(i + 1)) || KATAKANA.test(before)) continue;
    }
    cand.set(i, { iso3: f.iso3, joint: f.type === 'joint' });
  }
  // 日 and 中 after another kanji: only behind 訪/対/… (毎日, 本日, 会談中), or inside a run.
  for (const [i] of cand) {
    const ch = text.charAt(i);
    if (!lex.strict.includes(ch) || i === 0) continue;
    const before = text.charAt(i - 1);
    if (!IDEOGRAPH_OR_DIGIT.test(before) || cand.has(i - 1)) continue;
    if (!lex.kanjiBefore.includes(before)) cand.delete(i);
  }
  const out: CountryMention[] = [];
  const positions = [...cand.keys()].sort((a, b) => a - b);
  for (let k = 0; k < positions.length;) {
    let j = k;
    while (j + 1 < positions.length && positions[j + 1] === (positions[j] ?? 0) + 1) j++;
    const run = positions.slice(k, j + 1);
    k = j + 1;
    if (run.length >= 2) {
      const isos = new Set(run.map((p) => cand.get(p)?.iso3));
      if (isos.size < 2) continue;
      for (const p of run) {
        const c = cand.get(p);
        if (c) out.push({ iso3: c.iso3, start: p, end: p + 1, text: text.charAt(p) });
      }
      continue;
    }
    const p = run[0] ?? 0;
    const c = cand.get(p);
    if (!c || c.joint) continue;
    const after = lex.abbrAfter.some((w) => text.startsWith(w, p + 1));
    const before = lex.abbrBefore.some((w) => p >= w.length && text.startsWith(w, p - w.length));
    if (after || before) out.push({ iso3: c.iso3, start: p, end: p + 1, text: text.charAt(p) });
  }
  return out;
}

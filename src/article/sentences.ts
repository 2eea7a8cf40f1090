/**
 * Sentences with `Intl.Segmenter` (sentence granularity), never across a line break: a quote in
 * the data must sit on one line of the document.
 */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export type Lang = 'ja' | 'en';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/gu;

/** `ja` when a tenth or more of the letters are kana or kanji, else `en`. */
export function guessLang(text: string): Lang {
  const sample = text.slice(0, 20_000);
  const ja = sample.match(JAPANESE)?.length ?? 0;
  const letters = sample.match(/[\p{L}]/gu)?.length ?? 0;
  return letters > 0 && ja / letters >= 0.1 ? 'ja' : 'en';
}

export function splitSentences(text: string, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  if (typeof text !== 'string' || text === '') return out;
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      for (const s of seg.segment(line)) {
        // Reference marks split by the segmenter ("…した。[" + "1] 次の文") stay out of quotes.
        const refLead = /^\s*(?:\d{1,3}\](?:\[\d{1,3}\])*\s*)?/u.exec(s.segment)?.[0].length ?? 0;
        const body = s.segment.slice(refLead).replace(/\s*\[\s*$/u, '');
        const lead = refLead + body.length - body.trimStart().length;
        const trimmed = body.trim();
        if (trimmed === '') continue;
        const start = lineStart + s.index + lead;
        out.push({ start, end: start + trimmed.length, text: trimmed });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * The extractor's word lists (data/gazetteer.yaml, data/keywords.yaml) and the map countries'
 * names, parsed at build time (`virtual:article-words`, compiler/article-words.ts): shared by the
 * dialog's chunk and the teacher atlas's chunk, with no YAML parser in either.
 */
import { gazetteer, keywords, names } from 'virtual:article-words';
import type { LangText } from '../../data/types';
import { buildLexicon, type Lexicon } from '../lexicon.ts';

/** Each map country's name (the review's pickers, the zip's relation names). */
export const countryNames: Record<string, { name: LangText }> = names;

let lexicon: Lexicon | undefined;
/** The extractor's word lists, checked once. */
export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const r = buildLexicon(gazetteer, keywords);
  if (!r.ok) throw new Error(`data/ word lists: ${r.error}`);
  lexicon = r.lexicon;
  return lexicon;
}

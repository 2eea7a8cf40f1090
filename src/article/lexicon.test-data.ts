// Test-only: the real word lists from data/, read with Node (the module itself never reads files).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildLexicon, type Lexicon } from './lexicon.ts';

const root = new URL('../../', import.meta.url);

export function readData(path: string): string {
  return readFileSync(new URL(path, root), 'utf8');
}

export function realLexicon(): Lexicon {
  const r = buildLexicon(
    parse(readData('data/gazetteer.yaml')),
    parse(readData('data/keywords.yaml')),
  );
  if (!r.ok) throw new Error(r.error);
  return r.lexicon;
}

/**
 * Vite plugin: the word lists of "Add an article" as the virtual module `virtual:article-words`,
 * parsed at build time so the browser's extractor chunk carries neither the YAML parser nor the
 * geometry's label points: `gazetteer` and `keywords` (data/gazetteer.yaml, data/keywords.yaml as
 * plain objects, checked by the extractor's `buildLexicon` when it starts) and `names` (each map
 * country's name in ja and en, from geo/out/countries-meta.json, for the review's pickers).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

export const ARTICLE_WORDS_ID = 'virtual:article-words';
const RESOLVED_ID = '\0virtual:article-words';

const FILES = {
  gazetteer: 'data/gazetteer.yaml',
  keywords: 'data/keywords.yaml',
  meta: 'geo/out/countries-meta.json',
} as const;

/** The module text: each export a JSON.parse of a string literal (quicker to load). */
export function articleWordsModule(root: string): { code: string; files: string[] } {
  const files = Object.values(FILES).map((f) => resolve(root, f));
  const read = (f: string) => readFileSync(resolve(root, f), 'utf8');
  const meta = JSON.parse(read(FILES.meta)) as Record<string, { name: unknown }>;
  const names = Object.fromEntries(Object.entries(meta).map(([k, v]) => [k, { name: v.name }]));
  const out = (name: string, value: unknown) =>
    `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
  return {
    code:
      out('gazetteer', parse(read(FILES.gazetteer))) +
      out('keywords', parse(read(FILES.keywords))) +
      out('names', names),
    files,
  };
}

export function articleWords(): Plugin {
  let root = process.cwd();
  return {
    name: 'bilateral-atlas:article-words',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ARTICLE_WORDS_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const m = articleWordsModule(root);
      for (const f of m.files) this.addWatchFile(f);
      return m.code;
    },
  };
}

declare module 'virtual:atlas-data' {
  const data: import('./types').AtlasData;
  export default data;
}

declare module 'virtual:article-words' {
  /** data/gazetteer.yaml, parsed at build time (checked by `buildLexicon`). */
  export const gazetteer: unknown;
  /** data/keywords.yaml, parsed at build time. */
  export const keywords: unknown;
  /** Each map country's name (geo/out/countries-meta.json without its geometry). */
  export const names: Record<string, { name: import('./types').LangText }>;
}

declare module 'virtual:atlas-texts' {
  /** Document id → verbatim text, for the documents of data/ (see `src/data/texts.svelte.ts`). */
  const texts: Readonly<Record<string, string>>;
  export default texts;
}

declare module 'virtual:atlas-data' {
  const data: import('./types').AtlasData;
  export default data;
}

declare module 'virtual:atlas-texts' {
  /** Document id → verbatim text, for the documents of data/ (see `src/data/texts.svelte.ts`). */
  const texts: Readonly<Record<string, string>>;
  export default texts;
}

// Svelte 5 strips TypeScript itself and our styles are plain CSS: no preprocessor needed.
export default {
  compilerOptions: { runes: true },
};

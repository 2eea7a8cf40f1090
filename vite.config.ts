import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { atlasData } from './compiler/plugin.ts';
import { articleWords } from './compiler/article-words.ts';
import { csp } from './compiler/csp.ts';
import { pruneMapLibreCss } from './compiler/prune-css.ts';

/** The interface's chunk, imported by the entry once it has started the map (`src/main.ts`). */
const APP_ENTRY = /\/src\/app-main\.ts$/;

/**
 * The page's HTML asks for the interface's chunk (and what it imports, its CSS too) next to the
 * entry's, so both download at once: Vite itself would only ask for it when the entry's
 * `import()` runs, after MapLibre's chunk has arrived and been evaluated (issue 14).
 */
function preloadDynamicEntry(): Plugin {
  return {
    name: 'bilateral-atlas:preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !ctx.chunk) return;
        const app = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.facadeModuleId && APP_ENTRY.test(c.facadeModuleId),
        );
        if (!app || app.type !== 'chunk') return;
        const present = new Set([ctx.chunk.fileName, ...ctx.chunk.imports]);
        const scripts: string[] = [];
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          if (present.has(fileName)) return;
          present.add(fileName);
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk') return;
          chunk.imports.forEach(visit);
          scripts.push(fileName);
          chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
        };
        visit(app.fileName);
        ctx.chunk.viteMetadata?.importedCss.forEach((css) => styles.delete(css));
        const href = (file: string) => `./${file}`;
        return [
          ...scripts.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: href(file) },
            injectTo: 'head' as const,
          })),
          ...[...styles].map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: href(file) },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

// `static/` is the public dir: the geometry built by `npm run geo` is served from /geo/.
export default defineConfig({
  // Relative paths: the build runs from any folder of a school's site (see vite.singlefile.config.ts).
  base: './',
  publicDir: 'static',
  plugins: [
    atlasData(),
    articleWords(),
    pruneMapLibreCss(),
    svelte(),
    csp(),
    preloadDynamicEntry(),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    // Source maps only when asked (`SOURCEMAP=1 npm run build`): production ships none.
    sourcemap: process.env.SOURCEMAP === '1',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // The speaker-notes window is a second page of the same app.
      input: { main: 'index.html', notes: 'notes.html' },
      // MapLibre is a chunk of its own: the entry's first download, in parallel with the app's.
      output: {
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules\/maplibre-gl\// }] },
      },
    },
  },
});

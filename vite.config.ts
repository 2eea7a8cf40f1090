import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { atlasData } from './compiler/plugin.ts';
import { csp } from './compiler/csp.ts';

// `static/` is the public dir: the geometry built by `npm run geo` is served from /geo/.
export default defineConfig({
  // Relative paths: the build runs from any folder of a school's site (see vite.singlefile.config.ts).
  base: './',
  publicDir: 'static',
  plugins: [atlasData(), svelte(), csp()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    // Source maps only when asked (`SOURCEMAP=1 npm run build`): production ships none.
    sourcemap: process.env.SOURCEMAP === '1',
    chunkSizeWarningLimit: 1200,
    // The speaker-notes window is a second page of the same app.
    rolldownOptions: { input: { main: 'index.html', notes: 'notes.html' } },
  },
});

import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { atlasData } from './build/atlas/plugin.ts';
import { csp } from './build/csp.ts';

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
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    // The speaker-notes window is a second page of the same app.
    rolldownOptions: { input: { main: 'index.html', notes: 'notes.html' } },
  },
});

/**
 * Builds the bare MapLibre baseline page (`bench/bare/`) with the app's geometry as its public
 * folder, so both pages fetch the same first-view geometry, `/geo/countries-coarse.topo.json`.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./bare'),
  publicDir: here('../static'),
  // The bench passes its own outDir; this default keeps a manual build out of the repository.
  build: {
    target: 'es2022',
    outDir: join(tmpdir(), 'bilateral-atlas-bench', 'bare'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  logLevel: 'warn',
});

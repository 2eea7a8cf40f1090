/**
 * The second build of `npm run build`: one self-contained `dist/bilateral-atlas.html` that opens
 * from a USB stick with no server and no network (`file://`). Scripts, styles, data and the
 * geometry are inlined (`import.meta.env.MODE === 'single'` switches the geometry from a fetch to
 * a bundled import, see src/map/geometry.ts), MapLibre's worker runs from a blob: URL made from
 * its inlined source, and the CSP lists the SHA-256 of each inlined block instead of `'self'`.
 * The speaker-notes window (a second page) is not part of it. The app uses the computer's own
 * fonts (no font files are shipped), so there are none to inline.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';
import { hashInlineCsp } from './scripts/inline-csp.ts';

const OUT_DIR = 'dist';
const FILE = 'bilateral-atlas.html';
const WORKER = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const WORKER_BLOB = '\0bilateral-atlas:worker-blob-url';

/** MapLibre's worker from its inlined source, through a blob: URL (file:// pages cannot fetch it). */
function workerFromBlob(): Plugin {
  return {
    name: 'bilateral-atlas:worker-blob',
    enforce: 'pre',
    resolveId(id) {
      return id === WORKER ? WORKER_BLOB : null;
    },
    load(id) {
      if (id !== WORKER_BLOB) return null;
      return [
        `import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';`,
        `export default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));`,
      ].join('\n');
    },
  };
}

/** No preload of the geometry file: it is inside the page. */
function noGeometryPreload(): Plugin {
  return {
    name: 'bilateral-atlas:no-geometry-preload',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(/\s*<!--[^>]*-->\s*<link rel="preload"[^>]*topo\.json[^>]*>/, ''),
    },
  };
}

/** Once written, the page's CSP lists the hashes of exactly the blocks it holds. */
function hashCsp(): Plugin {
  return {
    name: 'bilateral-atlas:hash-csp',
    apply: 'build',
    closeBundle() {
      const file = resolve(OUT_DIR, FILE);
      const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
      // From file:// (origin "null") MapLibre reads its worker's source back from the blob: URL
      // and starts it from a data: URL: both stay inside the page.
      const extra = { 'connect-src': "'self' blob:", 'worker-src': "'self' blob: data:" };
      writeFileSync(file, hashInlineCsp(readFileSync(file, 'utf8'), sha256, extra));
    },
  };
}

export default defineConfig((env) => {
  const shared = (typeof base === 'function' ? base(env) : base) as UserConfig;
  const single: UserConfig = {
    mode: 'single',
    // Only index.html: the notes window is a second page, which one file cannot hold.
    plugins: [
      workerFromBlob(),
      noGeometryPreload(),
      viteSingleFile({ outputFileName: FILE }),
      hashCsp(),
    ],
    publicDir: false,
    build: {
      outDir: OUT_DIR,
      emptyOutDir: false,
      sourcemap: false,
      reportCompressedSize: false,
      rolldownOptions: { input: 'index.html' },
    },
  };
  const merged = mergeConfig(shared, single);
  // mergeConfig concatenates inputs; the single file has exactly one.
  merged.build.rolldownOptions.input = 'index.html';
  return merged;
});

/**
 * The app's own Vite config with the data compiler's plugin swapped for one serving a synthetic
 * dataset (`bench/synthetic.ts`), so the frame-time bench never depends on the data format.
 *
 *   BENCH_ATLAS_JSON=/tmp/atlas.json npx vite build -c bench/vite.synthetic.config.ts --outDir …
 */
import { defineConfig, type UserConfig } from 'vite';
import appConfig from '../vite.config.ts';
import { swapDataPlugin, syntheticAtlasData } from './synthetic-plugin.ts';

const jsonPath = process.env.BENCH_ATLAS_JSON;
if (!jsonPath) throw new Error('set BENCH_ATLAS_JSON to the synthetic AtlasData JSON file');

const base = appConfig as UserConfig;
export default defineConfig({
  ...base,
  plugins: swapDataPlugin(base.plugins ?? [], syntheticAtlasData(jsonPath)),
});

/**
 * Vite plugin: `virtual:atlas-data` and `virtual:atlas-texts` from a JSON file holding an
 * `AtlasData` (written by the bench from `syntheticAtlas`), in place of the data compiler's
 * plugin. The modules have the same form as the real ones (`JSON.parse` of one string literal;
 * the documents' texts apart, `splitTexts`).
 */
import { readFileSync } from 'node:fs';
import type { Plugin, PluginOption } from 'vite';
import { atlasModule, splitTexts, TEXTS_VIRTUAL_ID, VIRTUAL_ID } from '../compiler/plugin.ts';
import type { AtlasData } from '../src/data/types.ts';

const RESOLVED_ID = '\0virtual:atlas-data';
const TEXTS_RESOLVED_ID = '\0virtual:atlas-texts';

export function syntheticAtlasData(jsonPath: string): Plugin {
  return {
    name: 'atlas-data-synthetic',
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === TEXTS_VIRTUAL_ID ? TEXTS_RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID && id !== TEXTS_RESOLVED_ID) return undefined;
      this.addWatchFile(jsonPath);
      // Parsed here, so that a bad file fails the build with its name rather than in the browser.
      const split = splitTexts(JSON.parse(readFileSync(jsonPath, 'utf8')) as AtlasData);
      return atlasModule(id === RESOLVED_ID ? split.data : split.texts);
    },
  };
}

const DATA_PLUGIN = 'atlas-data';

function hasName(p: PluginOption): boolean {
  return typeof p === 'object' && p !== null && 'name' in p && p.name === DATA_PLUGIN;
}

/** The app's plugins, flattened, with the data plugin replaced (throws if there is none). */
export function swapDataPlugin(plugins: PluginOption[], replacement: PluginOption): PluginOption[] {
  const flat = plugins.flat(Infinity as 1) as PluginOption[];
  const at = flat.findIndex(hasName);
  if (at < 0) throw new Error(`vite.config.ts has no "${DATA_PLUGIN}" plugin to replace`);
  return flat.map((p, i) => (i === at ? replacement : p));
}

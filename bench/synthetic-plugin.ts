/**
 * Vite plugin: `virtual:atlas-data` from a JSON file holding an `AtlasData` (written by the bench
 * from `syntheticAtlas`), in place of the data compiler's plugin. The module has the same form as
 * the real one (`JSON.parse` of one string literal).
 */
import { readFileSync } from 'node:fs';
import type { Plugin, PluginOption } from 'vite';

const VIRTUAL_ID = 'virtual:atlas-data';
const RESOLVED_ID = '\0virtual:atlas-data';

export function syntheticAtlasData(jsonPath: string): Plugin {
  return {
    name: 'atlas-data-synthetic',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(jsonPath);
      const json = readFileSync(jsonPath, 'utf8');
      JSON.parse(json); // fail here, with the file named, rather than in the browser
      return `export default JSON.parse(${JSON.stringify(json)});\n`;
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

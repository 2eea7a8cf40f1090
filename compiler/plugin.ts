/**
 * Vite plugin: the compiled atlas as the virtual module `virtual:atlas-data` (default export:
 * `AtlasData` without the documents' verbatim texts), and those texts as `virtual:atlas-texts`
 * (default export: document id → text), which the app imports only when something shows them
 * (issue 14: they are not the first view's). The data folder is compiled when the build starts and
 * again whenever a file in it (or the geometry's country list) changes.
 *
 * - `vite build`: any data error fails the build with the full list of problems.
 * - `vite` (dev): errors show in Vite's overlay; fixing the file reloads the page.
 * - Tests (Vitest) that never import the module are not affected by data errors.
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { AtlasData } from '../src/data/types.ts';
import { formatIssue, formatIssues } from './core/issues.ts';
import { buildAtlas, resolveAtlasPaths, type AtlasBuild } from './index.ts';

export interface AtlasDataOptions {
  /** The data folder, relative to the Vite root. Default: `process.env.ATLAS_DATA_DIR ?? 'data'`. */
  dir?: string;
  /** The geometry's country list. Default: `process.env.ATLAS_GEO_META ?? 'geo/out/countries-meta.json'`. */
  meta?: string;
}

export const VIRTUAL_ID = 'virtual:atlas-data';
const RESOLVED_ID = '\0virtual:atlas-data';
export const TEXTS_VIRTUAL_ID = 'virtual:atlas-texts';
const TEXTS_RESOLVED_ID = '\0virtual:atlas-texts';

/** Document id → verbatim text: what `virtual:atlas-texts` exports. */
export type DocumentTexts = Record<string, string>;

/**
 * The atlas without its documents' texts (the first view's dataset), and the texts apart. A
 * document without a text keeps none; nothing else changes.
 */
export function splitTexts(data: AtlasData): { data: AtlasData; texts: DocumentTexts } {
  const texts: DocumentTexts = {};
  const documents = data.documents.map(({ text, ...rest }) => {
    if (text !== undefined) texts[rest.id] = text;
    return rest;
  });
  return { data: { ...data, documents }, texts };
}

/** The module text for a compiled atlas. */
export function atlasModule(data: unknown): string {
  // JSON.parse of a string literal is faster to load than an object literal of the same size.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;
}

/**
 * An error that prints as its message: the data's problems, not the compiler's call stack (Vite
 * prints `error.stack` when a build fails before bundling starts).
 */
function messageOnly(message: string): Error {
  const error = new Error(message);
  Object.defineProperty(error, 'name', { value: 'AtlasDataError', enumerable: false });
  error.stack = `AtlasDataError: ${message}`;
  // Vite's CLI prints `util.inspect(error)`: make that the message alone.
  Object.defineProperty(error, Symbol.for('nodejs.util.inspect.custom'), { value: () => message });
  return error;
}

export function atlasData(options: AtlasDataOptions = {}): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  let result: AtlasBuild | undefined;

  const paths = () => resolveAtlasPaths({ root, ...options });
  const compile = (): AtlasBuild => {
    result = buildAtlas({ root, ...options });
    return result;
  };
  const failure = (r: AtlasBuild): string => formatIssues(r.errors);

  const isDataPath = (file: string): boolean => {
    const { dir, metaPath } = paths();
    const f = resolve(file);
    return f === metaPath || f === dir || f.startsWith(dir + sep);
  };

  let lastOutcome = '';
  const onDataChange = (server: ViteDevServer, file: string): void => {
    if (!isDataPath(file)) return;
    const r = compile();
    // Editors often write a file in two steps: reload once per actual change of the outcome.
    const outcome = JSON.stringify(r.data ?? r.errors);
    if (outcome === lastOutcome) return;
    lastOutcome = outcome;
    for (const env of Object.values(server.environments ?? {})) {
      for (const id of [RESOLVED_ID, TEXTS_RESOLVED_ID]) {
        const mod = env.moduleGraph.getModuleById(id);
        if (mod) env.moduleGraph.invalidateModule(mod);
      }
    }
    const hot = server.environments?.client?.hot ?? server.ws;
    if (r.data) {
      server.config.logger.info(`atlas data reloaded (${r.data.quotes.length} quotes)`, {
        timestamp: true,
      });
      hot.send({ type: 'full-reload' });
    } else {
      const message = failure(r);
      server.config.logger.error(message, { timestamp: true });
      hot.send({
        type: 'error',
        err: { message, stack: '', plugin: 'atlas-data', id: VIRTUAL_ID },
      });
    }
  };

  return {
    name: 'atlas-data',

    configResolved(config) {
      root = config.root;
      command = config.command;
      // A production build with bad data stops here, before the bundler starts: an error thrown
      // from the bundler's hooks would be wrapped and printed with the bundler's stack frames.
      if (command === 'build') {
        const r = compile();
        if (!r.data) throw messageOnly(failure(r));
      }
    },

    buildStart() {
      const r = command === 'build' && result ? result : compile();
      lastOutcome = JSON.stringify(r.data ?? r.errors);
      for (const f of r.files) this.addWatchFile(f);
      for (const w of r.warnings) this.warn(formatIssue(w));
      // A failing build must stop here; in dev the error is shown when the module is loaded.
      if (!r.data && command === 'build') throw messageOnly(failure(r));
    },

    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      return id === TEXTS_VIRTUAL_ID ? TEXTS_RESOLVED_ID : undefined;
    },

    load(id) {
      if (id !== RESOLVED_ID && id !== TEXTS_RESOLVED_ID) return undefined;
      const r = result ?? compile();
      if (!r.data) throw messageOnly(failure(r));
      const split = splitTexts(r.data);
      return atlasModule(id === RESOLVED_ID ? split.data : split.texts);
    },

    configureServer(server) {
      const { dir, metaPath } = paths();
      server.watcher.add([dir, metaPath]);
      for (const event of ['add', 'change', 'unlink'] as const) {
        server.watcher.on(event, (file: string) => onDataChange(server, file));
      }
    },

    handleHotUpdate(ctx) {
      // Data files are handled by the watcher above (recompile + full reload).
      if (isDataPath(ctx.file)) return [];
      return undefined;
    },
  };
}

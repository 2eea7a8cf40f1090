/**
 * Compile a data folder on disk: read it (and the geometry's country list), then `compileAtlas`.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { compileAtlas, type CompileResult } from './core/index.ts';
import { readDataDir, readTextFile } from './load.ts';

export interface AtlasBuildOptions {
  /** The data folder; default `process.env.ATLAS_DATA_DIR ?? 'data'`, relative to `root`. */
  dir?: string;
  /** The geometry's country list; default `process.env.ATLAS_GEO_META ?? 'geo/out/countries-meta.json'`. */
  meta?: string;
  /** Folder the paths are relative to, and the one messages name files from; default cwd. */
  root?: string;
  /** Largest document, in UTF-8 bytes; default $ATLAS_MAX_DOCUMENT_BYTES or 1 MB. */
  maxDocumentBytes?: number;
}

function envNumber(v: string | undefined): number | undefined {
  const n = v === undefined || v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export interface AtlasBuild extends CompileResult {
  /** Absolute paths of the data folder and the meta file (to watch them). */
  dir: string;
  metaPath: string;
  /** Absolute paths of the files read. */
  files: string[];
}

export const DEFAULT_META = 'geo/out/countries-meta.json';

/** A path as shown in messages: relative to the root when inside it, with `/`. */
export function shownPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  const shown = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return shown.split('\\').join('/');
}

export function resolveAtlasPaths(options: AtlasBuildOptions = {}): {
  root: string;
  dir: string;
  metaPath: string;
} {
  const root = resolve(options.root ?? process.cwd());
  const dir = resolve(root, options.dir ?? process.env.ATLAS_DATA_DIR ?? 'data');
  const metaPath = resolve(root, options.meta ?? process.env.ATLAS_GEO_META ?? DEFAULT_META);
  return { root, dir, metaPath };
}

export function buildAtlas(options: AtlasBuildOptions = {}): AtlasBuild {
  const { root, dir, metaPath } = resolveAtlasPaths(options);
  const dirLabel = shownPath(root, dir);
  const metaLabel = shownPath(root, metaPath);
  const { files, issues } = readDataDir(dir, dirLabel);
  const meta = readTextFile(metaPath);
  const maxDocumentBytes =
    options.maxDocumentBytes ?? envNumber(process.env.ATLAS_MAX_DOCUMENT_BYTES);
  // A file that could not be read is reported alone: compiling without it would only add
  // echoes ("relations.yaml not found", references to what it defines).
  const result: CompileResult =
    issues.length > 0
      ? { errors: [], warnings: [] }
      : compileAtlas(files, {
          dirLabel,
          meta: { file: metaLabel, text: meta.text, error: meta.error },
          ...(maxDocumentBytes === undefined ? {} : { maxDocumentBytes }),
        });
  const errors = [...issues, ...result.errors];
  const out: AtlasBuild = {
    errors,
    warnings: result.warnings,
    computed: result.computed ?? [],
    dir,
    metaPath,
    files: [...files.keys()].map((rel) => resolve(dir, rel)),
  };
  if (errors.length === 0 && result.data) out.data = result.data;
  return out;
}

/**
 * (e) Data build time: the data compiler (`compiler/`) run on the real folder and on larger
 * folders made from it (`multiplyDataFiles`), read from disk each time, as `npm run data` and the
 * Vite plugin do. It grows linearly when doubling the documents doubles the time.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { documentIds, multiplyDataFiles, type DataFiles } from '../datadir';

export interface DataBuildPoint {
  documents: number;
  runs: number[];
  errors?: string[];
}

interface BuildResult {
  data?: { documents: unknown[] };
  errors: unknown[];
}
type Compile = (dir: string) => BuildResult;

/** The compiler's `buildAtlas`, or null when `compiler/` does not provide it (yet). */
export async function loadCompiler(
  root: string,
): Promise<{ compile: Compile; via: string } | null> {
  const entry = resolve(root, 'compiler/index.ts');
  try {
    statSync(entry);
  } catch {
    return null;
  }
  const mod = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  const build = mod.buildAtlas;
  if (typeof build !== 'function') return null;
  return {
    via: 'buildAtlas() from compiler/index.ts',
    compile: (dir) => (build as (o: { dir: string; root: string }) => BuildResult)({ dir, root }),
  };
}

export function readDataFiles(dir: string): DataFiles {
  const files: DataFiles = new Map();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

export function writeDataFiles(dir: string, files: DataFiles): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

function message(issue: unknown): string {
  if (typeof issue === 'object' && issue !== null) {
    const i = issue as { file?: string; line?: number; message?: string };
    return `${i.file ?? '?'}${i.line ? `:${i.line}` : ''}: ${i.message ?? JSON.stringify(issue)}`;
  }
  return String(issue);
}

/** Times `runs` compiles of the data folder made with each number of copies. */
export async function dataBuildTimes(options: {
  root: string;
  dataDir: string;
  workDir: string;
  copies: readonly number[];
  runs: number;
}): Promise<{ via: string; points: DataBuildPoint[] } | null> {
  const compiler = await loadCompiler(options.root);
  if (!compiler) return null;
  const real = readDataFiles(options.dataDir);
  const points: DataBuildPoint[] = [];
  // One untimed compile first, so the first timed one does not pay for loading code.
  compiler.compile(options.dataDir);
  for (const copies of options.copies) {
    const files = multiplyDataFiles(real, copies);
    const dir = join(options.workDir, `data-x${copies}`);
    writeDataFiles(dir, files);
    const documents = documentIds(files).length;
    const runs: number[] = [];
    let errors: string[] | undefined;
    for (let i = 0; i < options.runs; i++) {
      const t0 = performance.now();
      const result = compiler.compile(dir);
      runs.push(performance.now() - t0);
      if (!result.data || result.data.documents.length !== documents) {
        errors = result.errors.slice(0, 5).map(message);
        if (!errors.length) errors = [`compiled ${result.data?.documents.length} of ${documents}`];
        break;
      }
    }
    points.push(errors ? { documents, runs, errors } : { documents, runs });
    rmSync(dir, { recursive: true, force: true });
  }
  return { via: compiler.via, points };
}

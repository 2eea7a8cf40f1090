/**
 * The first view's bytes chunk by chunk: every file the browser downloaded (each JS chunk,
 * MapLibre's worker, CSS, geometry, HTML), and the dataset as its own row carved out of the JS
 * chunk that bundles it. The rows add up to the accounting's total. Pure.
 */
import type { FileAccount, Sizes } from './gzip';

export type ChunkKind = 'js' | 'worker' | 'css' | 'geometry' | 'data' | 'html' | 'other';

/** Table order: code first, then what it draws. */
export const CHUNK_KINDS: readonly ChunkKind[] = [
  'js',
  'worker',
  'css',
  'geometry',
  'data',
  'html',
  'other',
];

export interface Chunk extends Sizes {
  /** The file's path on the server (`/` for the page); for carved-out data, `data in <path>`. */
  name: string;
  kind: ChunkKind;
}

/** A response's path as the table shows it: the URL's pathname, without origin or query. */
export function chunkName(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function kindOf(f: FileAccount): ChunkKind {
  if (f.category === 'js') return /worker/i.test(chunkName(f.url)) ? 'worker' : 'js';
  return f.category;
}

/**
 * One row per downloaded file (less the dataset's share where it bundles it), one row per dataset
 * share, sorted by kind and then by gzip size, largest first.
 */
export function chunksOf(files: readonly FileAccount[]): Chunk[] {
  const rows: Chunk[] = [];
  for (const f of files) {
    const name = chunkName(f.url);
    const data = f.data ?? { raw: 0, gzip: 0 };
    rows.push({ name, kind: kindOf(f), raw: f.raw - data.raw, gzip: f.gzip - data.gzip });
    if (f.data) rows.push({ name: `data in ${name}`, kind: 'data', ...f.data });
  }
  const order = (k: ChunkKind) => CHUNK_KINDS.indexOf(k);
  return rows.sort(
    (a, b) => order(a.kind) - order(b.kind) || b.gzip - a.gzip || a.name.localeCompare(b.name),
  );
}

/** The sum of the rows. */
export function chunkTotal(chunks: readonly Chunk[]): Sizes {
  return chunks.reduce((s, c) => ({ raw: s.raw + c.raw, gzip: s.gzip + c.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

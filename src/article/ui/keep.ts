/**
 * The teacher's articles kept in this browser (IndexedDB, database `bilateral-atlas-articles`):
 * each article with its text, details and review. Nothing leaves the machine. Small, so the
 * first view can ask whether anything is kept without loading the article chunk.
 */
import { openRecordStore } from '../../storage/idb';
import type { ArticleDraft } from './review.ts';

const DB = 'bilateral-atlas-articles';
const STORE = 'articles';

function isDraft(x: unknown): x is ArticleDraft {
  const d = x as ArticleDraft | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.id === 'string' &&
    typeof d.text === 'string' &&
    Array.isArray(d.links)
  );
}

/** Every kept article, oldest first ([] when none, or when the browser keeps nothing). */
export async function loadKept(): Promise<ArticleDraft[]> {
  const s = await openRecordStore<unknown>(DB, STORE);
  try {
    return (await s.all()).filter(isDraft).sort((a, b) => a.added - b.added);
  } finally {
    s.close();
  }
}

export async function keep(draft: ArticleDraft): Promise<void> {
  const s = await openRecordStore<ArticleDraft>(DB, STORE);
  try {
    // A plain copy: Svelte's state proxies cannot be cloned into IndexedDB.
    await s.put(draft.id, JSON.parse(JSON.stringify(draft)) as ArticleDraft);
  } finally {
    s.close();
  }
}

export async function forget(id: string): Promise<void> {
  const s = await openRecordStore<ArticleDraft>(DB, STORE);
  try {
    await s.delete(id);
  } finally {
    s.close();
  }
}

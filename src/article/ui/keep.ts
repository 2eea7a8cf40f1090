/**
 * Whether the teacher kept articles in this browser (IndexedDB `bilateral-atlas-articles`, the
 * store of src/article/store.ts). Small, so the first view can ask without loading the article
 * chunk; the chunk reads and checks the articles themselves.
 */
import { openRecordStore } from '../../storage/idb';

export async function hasKept(): Promise<boolean> {
  const s = await openRecordStore<unknown>('bilateral-atlas-articles', 'articles');
  try {
    return (await s.all()).length > 0;
  } finally {
    s.close();
  }
}

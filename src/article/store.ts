/**
 * The teacher's articles kept in this browser (IndexedDB database 'bilateral-atlas-articles',
 * through src/storage/idb.ts). Nothing leaves the machine. When the browser refuses storage
 * (private mode, a policy), each call says so in Japanese and English instead of failing.
 */
import type { LangText } from '../data/types.ts';
import { openRecordStore, StorageUnavailable } from '../storage/idb.ts';
import { parseTeacherArticle } from './validate.ts';
import type { TeacherArticle } from './model.ts';

export const ARTICLES_DB = 'bilateral-atlas-articles';
const STORE = 'articles';

export type StoreResult<T> = { ok: true; value: T } | { ok: false; message: LangText };

const UNAVAILABLE: LangText = {
  ja: 'このブラウザでは記事を保存できません(プライベートモードや設定で保存が止められています)。記事は画面を閉じるまで使えます。「データファイルとしてダウンロード」で残してください。',
  en: 'This browser does not let the atlas keep articles (private mode or a setting blocks storage). The article works until the page is closed: use "Download as data files" to keep it.',
};

function failed(e: unknown): { ok: false; message: LangText } {
  if (e instanceof StorageUnavailable) return { ok: false, message: UNAVAILABLE };
  const why = e instanceof Error ? e.message : String(e);
  return {
    ok: false,
    message: {
      ja: `記事の保存領域でエラーが起きました(${why})。`,
      en: `The article storage failed (${why}).`,
    },
  };
}

async function withStore<T>(
  factory: IDBFactory | undefined,
  fn: (s: Awaited<ReturnType<typeof openRecordStore<TeacherArticle>>>) => Promise<T>,
): Promise<StoreResult<T>> {
  let store;
  try {
    store = await openRecordStore<TeacherArticle>(ARTICLES_DB, STORE, factory);
  } catch (e) {
    return failed(e);
  }
  try {
    return { ok: true, value: await fn(store) };
  } catch (e) {
    return failed(e);
  } finally {
    store.close();
  }
}

/** Every kept article, oldest first (records that are not articles are skipped). */
export function listArticles(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<StoreResult<TeacherArticle[]>> {
  return withStore(factory, async (s) => {
    const out: TeacherArticle[] = [];
    for (const r of await s.all()) {
      const a = parseTeacherArticle(r);
      if (a.ok) out.push(a.article);
    }
    return out.sort((x, y) => (x.createdAt < y.createdAt ? -1 : x.createdAt > y.createdAt ? 1 : 0));
  });
}

/** Keeps (or replaces) an article, under its id. */
export function saveArticle(
  article: TeacherArticle,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<StoreResult<void>> {
  const checked = parseTeacherArticle(article);
  if (!checked.ok) {
    return Promise.resolve({
      ok: false,
      message: {
        ja: `記事を保存できません: ${checked.error.ja}`,
        en: `The article cannot be kept: ${checked.error.en}`,
      },
    });
  }
  // A plain copy: IndexedDB clones it, and a Svelte state proxy cannot be cloned.
  const plain = JSON.parse(JSON.stringify(article)) as TeacherArticle;
  return withStore(factory, (s) => s.put(article.id, plain));
}

/** Removes one article (nothing happens when there is none with that id). */
export function removeArticle(
  id: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<StoreResult<void>> {
  return withStore(factory, (s) => s.delete(id));
}

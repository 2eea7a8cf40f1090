import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { TeacherArticle } from './model.ts';
import { listArticles, removeArticle, saveArticle } from './store.ts';

const article = (id: string, createdAt: string): TeacherArticle => ({
  id,
  meta: { title: { ja: id, en: id }, lang: 'ja', credit: { ja: 'c', en: 'c' } },
  text: '中国とカザフスタン。',
  proposals: { lang: 'ja', countries: [], links: [] },
  aliases: {},
  decisions: {},
  createdAt,
});

describe('article store', () => {
  it('saves, lists oldest first, replaces by id and removes one', async () => {
    const idb = new IDBFactory();
    expect(await listArticles(idb)).toEqual({ ok: true, value: [] });
    expect(await saveArticle(article('b', '2026-01-02'), idb)).toEqual({
      ok: true,
      value: undefined,
    });
    await saveArticle(article('a', '2026-01-03'), idb);
    const listed = await listArticles(idb);
    expect(listed.ok && listed.value.map((a) => a.id)).toEqual(['b', 'a']);
    await saveArticle({ ...article('b', '2026-01-02'), text: 'changed' }, idb);
    const again = await listArticles(idb);
    expect(again.ok && again.value.map((a) => [a.id, a.text])).toEqual([
      ['b', 'changed'],
      ['a', '中国とカザフスタン。'],
    ]);
    await removeArticle('b', idb);
    await removeArticle('missing', idb);
    const left = await listArticles(idb);
    expect(left.ok && left.value.map((a) => a.id)).toEqual(['a']);
  });

  it('keeps articles across openings (a reload)', async () => {
    const idb = new IDBFactory();
    await saveArticle(article('kept', '2026-01-01'), idb);
    const r = await listArticles(idb);
    expect(r.ok && r.value[0]?.id).toBe('kept');
  });

  it('skips records that are not articles', async () => {
    const idb = new IDBFactory();
    await saveArticle(article('good', '2026-01-01'), idb);
    const open = idb.open('bilateral-atlas-articles', 1);
    await new Promise((res) => (open.onsuccess = res));
    const tx = open.result.transaction('articles', 'readwrite');
    tx.objectStore('articles').put({ id: 'junk' }, 'junk');
    await new Promise((res) => (tx.oncomplete = res));
    open.result.close();
    const r = await listArticles(idb);
    expect(r.ok && r.value.map((a) => a.id)).toEqual(['good']);
  });

  it.each<[string, unknown]>([
    ['no id', { ...article('x', 'y'), id: '' }],
    ['no text', { ...article('x', 'y'), text: '' }],
    ['no meta', { ...article('x', 'y'), meta: null }],
    ['a broken decision', { ...article('x', 'y'), decisions: { 'link:0': { status: 'maybe' } } }],
  ])('refuses to save a broken article (%s) with a message in both languages', async (_, a) => {
    const r = await saveArticle(a as TeacherArticle, new IDBFactory());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.ja).toMatch(/保存できません/);
      expect(r.message.en).toMatch(/cannot be kept/);
    }
  });

  it('turns a browser without IndexedDB into a clear message in both languages', async () => {
    for (const r of [
      await listArticles(undefined),
      await saveArticle(article('a', 'b'), undefined),
      await removeArticle('a', undefined),
    ]) {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message.ja).toMatch(/保存できません/);
        expect(r.message.en).toMatch(/does not let the atlas keep articles/);
      }
    }
  });

  it('turns a refused open into the same message', async () => {
    const refusing = {
      open() {
        throw new Error('SecurityError');
      },
    } as unknown as IDBFactory;
    const r = await listArticles(refusing);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toMatch(/private mode/);
  });
});

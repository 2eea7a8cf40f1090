import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openRecordStore, StorageUnavailable } from '../storage/idb';
import { addFromView, newTour, setText, type TeacherTour } from './editor/model';
import { isTeacherTour, openTourStore, TOURS_DB } from './store';

function tour(id: string): TeacherTour {
  const t = addFromView(
    newTour(id, { ja: id, en: id }),
    { bounds: [0, 0, 10, 10], country: 'KAZ', link: null, date: null, quote: null },
    'all',
  );
  return setText(t, 0, 'caption', 'en', `caption of ${id}`);
}

describe('the tour store', () => {
  it('saves, lists the last saved first, replaces and removes', async () => {
    const store = await openTourStore(new IDBFactory());
    await store.save(tour('a'), 1);
    await store.save(tour('b'), 2);
    expect((await store.list()).map((t) => t.id)).toEqual(['b', 'a']);
    await store.save(setText(tour('a'), 0, 'caption', 'ja', '新'), 3);
    const listed = await store.list();
    expect(listed.map((t) => t.id)).toEqual(['a', 'b']);
    expect(listed[0]!.steps[0]!.caption).toEqual({ ja: '新', en: 'caption of a' });
    await store.remove('a');
    expect((await store.list()).map((t) => t.id)).toEqual(['b']);
    store.close();
  });

  it('keeps tours across openings', async () => {
    const factory = new IDBFactory();
    const first = await openTourStore(factory);
    await first.save(tour('kept'));
    first.close();
    const second = await openTourStore(factory);
    expect((await second.list()).map((t) => t.id)).toEqual(['kept']);
    second.close();
  });

  it('skips records that are not tours', async () => {
    const factory = new IDBFactory();
    const raw = await openRecordStore<unknown>(TOURS_DB, 'tours', factory);
    await raw.put('junk', { tour: { id: 'Bad Id' }, saved: 1 });
    await raw.put('old', 'a string');
    raw.close();
    const store = await openTourStore(factory);
    await store.save(tour('good'));
    expect((await store.list()).map((t) => t.id)).toEqual(['good']);
    store.close();
  });

  it('refuses to save what is not a tour', async () => {
    const store = await openTourStore(new IDBFactory());
    await expect(store.save({ id: 'x' } as TeacherTour)).rejects.toThrow(/not a tour/);
    store.close();
  });

  it('rejects with StorageUnavailable where the browser keeps nothing', async () => {
    const refusing = {
      open() {
        throw new Error('SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openTourStore(refusing)).rejects.toThrow(StorageUnavailable);
  });

  it.each([
    [null, false],
    [{}, false],
    [{ id: 'a', title: { ja: '', en: '' }, steps: [] }, true],
    [{ id: 'a', title: { ja: '' }, steps: [] }, false],
    [{ id: 'a', title: { ja: '', en: '' }, steps: [{ id: 's' }] }, false],
  ])('isTeacherTour(%j) is %s', (value, expected) => {
    expect(isTeacherTour(value)).toBe(expected);
  });
});

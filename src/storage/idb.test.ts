import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openRecordStore, StorageUnavailable } from './idb';

interface Rec {
  title: string;
}

describe('openRecordStore', () => {
  it('puts, gets, lists in key order and deletes records', async () => {
    const store = await openRecordStore<Rec>('t1', 'things', new IDBFactory());
    await store.put('b', { title: 'B' });
    await store.put('a', { title: 'A' });
    expect(await store.get('a')).toEqual({ title: 'A' });
    expect(await store.all()).toEqual([{ title: 'A' }, { title: 'B' }]);
    await store.put('a', { title: 'A2' });
    await store.delete('b');
    expect(await store.all()).toEqual([{ title: 'A2' }]);
    expect(await store.get('missing')).toBeUndefined();
    store.close();
  });

  it('keeps records across openings of the same database', async () => {
    const factory = new IDBFactory();
    const first = await openRecordStore<Rec>('t2', 'things', factory);
    await first.put('x', { title: 'kept' });
    first.close();
    const second = await openRecordStore<Rec>('t2', 'things', factory);
    expect(await second.get('x')).toEqual({ title: 'kept' });
    second.close();
  });

  it.each([
    ['no IndexedDB at all', undefined],
    [
      'a factory that throws',
      {
        open() {
          throw new Error('SecurityError');
        },
      } as unknown as IDBFactory,
    ],
  ])('rejects with StorageUnavailable when there is %s', async (_name, factory) => {
    await expect(openRecordStore('t3', 'things', factory ?? (null as never))).rejects.toThrow(
      StorageUnavailable,
    );
  });
});

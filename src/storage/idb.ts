/**
 * A small promise wrapper over one IndexedDB object store of JSON-like records keyed by a string
 * id. The teacher's articles and tours are kept in the browser with it; nothing leaves the machine.
 *
 * IndexedDB may be missing or refused (private mode, a policy, a file:// page in some browsers):
 * `openRecordStore` then rejects with a `StorageUnavailable` error the caller turns into a message,
 * and the app keeps working without keeping things.
 */

export class StorageUnavailable extends Error {
  constructor(cause: unknown) {
    super(`IndexedDB is not available: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StorageUnavailable';
  }
}

export interface RecordStore<T> {
  get(id: string): Promise<T | undefined>;
  /** Every record, in key order. */
  all(): Promise<T[]>;
  put(id: string, value: T): Promise<void>;
  delete(id: string): Promise<void>;
  close(): void;
}

const VERSION = 1;

function done<R>(request: IDBRequest<R>): Promise<R> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * Opens (creating it if needed) the database `dbName` with one object store `storeName`.
 * Each kind of record gets its own database, so their versions never depend on each other.
 */
export async function openRecordStore<T>(
  dbName: string,
  storeName: string,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<RecordStore<T>> {
  if (!factory) throw new StorageUnavailable('no indexedDB in this browser');
  let db: IDBDatabase;
  try {
    const request = factory.open(dbName, VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(storeName)) {
        request.result.createObjectStore(storeName);
      }
    };
    db = await done(request);
  } catch (e) {
    throw new StorageUnavailable(e);
  }
  const store = (mode: IDBTransactionMode) => {
    const tx = db.transaction(storeName, mode);
    return { tx, store: tx.objectStore(storeName) };
  };
  return {
    async get(id) {
      return (await done(store('readonly').store.get(id))) as T | undefined;
    },
    async all() {
      return (await done(store('readonly').store.getAll())) as T[];
    },
    async put(id, value) {
      const { tx, store: s } = store('readwrite');
      s.put(value, id);
      await finished(tx);
    },
    async delete(id) {
      const { tx, store: s } = store('readwrite');
      s.delete(id);
      await finished(tx);
    },
    close() {
      db.close();
    },
  };
}

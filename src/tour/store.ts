/**
 * The teacher's tours, kept in this browser (IndexedDB database 'bilateral-atlas-tours'), one
 * record per tour, keyed by its id. Nothing leaves the machine: a tour travels as an exported
 * `tour-<id>.yaml`. A record that is not a tour (an older or damaged one) is skipped, not shown.
 */
import { openRecordStore, type RecordStore } from '../storage/idb';
import { TOUR_ID_RE, type TeacherTour } from './editor/model';

export const TOURS_DB = 'bilateral-atlas-tours';
const STORE = 'tours';

export interface TourRecord {
  tour: TeacherTour;
  /** When it was last saved (ms since 1970), for the list's order. */
  saved: number;
}

const isText = (v: unknown) =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { ja?: unknown }).ja === 'string' &&
  typeof (v as { en?: unknown }).en === 'string';

/** Whether a stored value has the shape of a tour (the editor checks references itself). */
export function isTeacherTour(v: unknown): v is TeacherTour {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Partial<TeacherTour>;
  return (
    typeof t.id === 'string' &&
    TOUR_ID_RE.test(t.id) &&
    isText(t.title) &&
    Array.isArray(t.steps) &&
    t.steps.every(
      (s) =>
        typeof s === 'object' &&
        s !== null &&
        typeof s.id === 'string' &&
        typeof s.camera === 'object' &&
        s.camera !== null &&
        isText(s.caption) &&
        isText(s.notes),
    )
  );
}

export interface TourStore {
  /** Every tour kept, the last saved first. */
  list(): Promise<TeacherTour[]>;
  save(tour: TeacherTour, now?: number): Promise<void>;
  remove(id: string): Promise<void>;
  close(): void;
}

/** Opens the store; rejects with `StorageUnavailable` where the browser keeps nothing. */
export async function openTourStore(factory?: IDBFactory): Promise<TourStore> {
  const records: RecordStore<TourRecord> = await openRecordStore<TourRecord>(
    TOURS_DB,
    STORE,
    ...(factory ? [factory] : []),
  );
  return {
    async list() {
      const all = await records.all();
      return all
        .filter((r) => r && isTeacherTour(r.tour) && Number.isFinite(r.saved))
        .sort((a, b) => b.saved - a.saved)
        .map((r) => r.tour);
    },
    async save(tour, now = Date.now()) {
      if (!isTeacherTour(tour)) throw new Error(`not a tour: ${JSON.stringify(tour).slice(0, 80)}`);
      // A plain copy: Svelte's state proxies cannot be stored (structured clone refuses them).
      await records.put(tour.id, {
        tour: JSON.parse(JSON.stringify(tour)) as TeacherTour,
        saved: now,
      });
    },
    remove: (id) => records.delete(id),
    close: () => records.close(),
  };
}

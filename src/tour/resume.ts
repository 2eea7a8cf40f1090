/**
 * A teacher's tour named in the URL (`tour=<id>:N`) when the page opens: read from this
 * browser's store, and presented only if the editor would present it (steps, and nothing it
 * refers to missing from the atlas). Its own chunk: only a link to such a tour loads it.
 */
import type { AtlasData, TourStep } from '../data/types';
import { problems, toTourSteps, type Known } from './editor/model';
import { openTourStore } from './store';

export function knownOf(atlas: AtlasData): Known {
  return {
    countries: new Set(atlas.countries.map((c) => c.iso3)),
    links: new Set(atlas.links.map((l) => l.id)),
    quotes: new Set(atlas.quotes.map((q) => q.id)),
    regions: new Set(atlas.regions.map((r) => r.id)),
  };
}

/** The steps of the teacher's tour `id`, or null: none kept, empty, or not presentable. */
export async function teacherTourSteps(id: string, atlas: AtlasData): Promise<TourStep[] | null> {
  const store = await openTourStore();
  try {
    const tour = (await store.list()).find((t) => t.id === id);
    if (!tour || tour.steps.length === 0 || problems(tour, knownOf(atlas)).length > 0) return null;
    return toTourSteps(tour);
  } finally {
    store.close();
  }
}

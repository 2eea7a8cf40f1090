/**
 * What a tour step does to the app: where the camera goes, what is selected, which "as of" date
 * the timeline shows. Each step states the whole view, so a step reached by a jump looks the same
 * as one reached step by step: a missing selection clears it, a missing date means "latest".
 */
import type { Region, TourStep } from '../data/types';
import { isIsoDay } from '../lib/url-state';

export type Bounds = [number, number, number, number];

export interface StepEffects {
  /** [west, south, east, north], or null to leave the camera where it is. */
  bounds: Bounds | null;
  country: string | null;
  link: string | null;
  date: string | null;
}

/** Bounds a camera can fit: finite, west < east, south < north, latitudes on the globe. */
export function validBounds(value: unknown): value is Bounds {
  if (!Array.isArray(value) || value.length !== 4) return false;
  if (!value.every((v) => typeof v === 'number' && Number.isFinite(v))) return false;
  const [w, s, e, n] = value as Bounds;
  return w < e && s < n && s >= -90 && n <= 90;
}

function cameraOf(step: TourStep, regions: readonly Region[]): Bounds | null {
  // Explicit bounds are the more precise wish; a region id is the fallback.
  const explicit = step.camera?.bounds;
  if (validBounds(explicit)) return [...explicit];
  const region = regions.find((r) => r.id === step.camera?.region);
  return region && validBounds(region.bounds) ? [...region.bounds] : null;
}

export function stepEffects(step: TourStep, regions: readonly Region[]): StepEffects {
  // Only one thing is selected at a time; a country wins, as in the URL (`applyUrl`).
  const country = step.select?.country || null;
  const link = country ? null : step.select?.link || null;
  const date = step.date && isIsoDay(step.date) ? step.date : null;
  return { bounds: cameraOf(step, regions), country, link, date };
}

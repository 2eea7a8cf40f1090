/**
 * What the notes window's small preview of a step shows: the bounds its camera will fit, the
 * countries it selects, and the line of a selected link, in world pixels. Pure.
 */
import type { Country, Region, TourStep } from '../../data/types';
import type { Lang } from '../../i18n/messages';
import { toWorld, type Point } from '../../lib/arc-geometry';
import { stepEffects, type Bounds } from '../step-effects';

export interface StepPreview {
  bounds: Bounds;
  /** The countries to colour as selected. */
  selected: string[];
  /** A selected link, from one label point to the other. */
  line: [Point, Point] | null;
  /** The region's or the selection's name, for the preview's accessible name. */
  place: string;
}

/** The preview of `step`, or null when it has no camera and `fallback` is no usable bounds either. */
export function stepPreview(
  step: TourStep,
  regions: readonly Region[],
  countries: readonly Country[],
  lang: Lang,
  fallback: Bounds | null = null,
): StepPreview | null {
  const fx = stepEffects(step, regions);
  const bounds = fx.bounds ?? fallback;
  if (!bounds) return null;
  const byIso = new Map(countries.map((c) => [c.iso3, c]));
  const name = (iso3: string) => byIso.get(iso3)?.name[lang] ?? iso3;
  const ends = fx.link ? fx.link.split('-') : [];
  const [a, b] = ends.map((iso3) => byIso.get(iso3));
  const line: [Point, Point] | null =
    a && b ? [toWorld(a.label[0], a.label[1]), toWorld(b.label[0], b.label[1])] : null;
  const selected = fx.country ? [fx.country] : ends.length === 2 ? ends : [];
  const region = regions.find((r) => r.id === step.camera?.region);
  const place = selected.length
    ? selected.map(name).join(' – ')
    : (region?.name[lang] ?? bounds.map((n) => Math.round(n)).join(', '));
  return { bounds, selected, line, place };
}

/**
 * What a person sees of the map when they ask for an image or a handout: the map's live camera
 * (from the map controller; the URL's `map=` only when there is no map yet), cut to the part of
 * the map's box that no panel lies over (the tour editor, a phone's sheet). The legend is not a
 * reason to cut: the export draws its own.
 */
import { freePadding, type Box } from '../lib/framing';
import type { AtlasData } from '../data/types';
import type { CameraView } from '../map/controller';
import { cameraInUrl } from '../state/url-sync.svelte';
import { cameraOfView, viewOfCamera, type Size } from '../map/svg/view';

/** What the app shows now: the map's live camera (null without a map) and the atlas it draws (the
 * data folder's, with a teacher's own articles). */
export interface MapShown {
  camera: CameraView | null;
  atlas: AtlasData;
}

/** The narrowest part of the map (px) still taken for "what is seen"; narrower, the whole box. */
export const MIN_SEEN = 160;

/**
 * The camera and size of the part of a `size` map with `camera` that lies inside `free` (the
 * map's own pixels): the same zoom, centred on that part. The whole map where `free` is missing,
 * not finite or narrower than `MIN_SEEN` either way. The longitude is wrapped to −180…180.
 */
export function seenPart(
  camera: CameraView,
  size: Size,
  free: Box | null,
): { camera: CameraView; size: Size } {
  const wrap = (c: CameraView): CameraView =>
    c.lng >= -180 && c.lng < 180 ? c : { ...c, lng: ((((c.lng + 180) % 360) + 360) % 360) - 180 };
  const whole = { camera: wrap(camera), size };
  if (!free || ![free.left, free.top, free.right, free.bottom].every(Number.isFinite)) return whole;
  const left = Math.max(0, free.left);
  const top = Math.max(0, free.top);
  const part = {
    width: Math.min(size.width, free.right) - left,
    height: Math.min(size.height, free.bottom) - top,
  };
  if (!(part.width >= MIN_SEEN && part.height >= MIN_SEEN)) return whole;
  const view = viewOfCamera(camera, size);
  const cut = { k: view.k, tx: view.tx - left, ty: view.ty - top };
  return { camera: wrap(cameraOfView(cut, part)), size: part };
}

/** The map's box on the page, or null before it is drawn. */
function mapBox(): DOMRect | null {
  return document.querySelector<HTMLElement>('[data-map-ready]')?.getBoundingClientRect() ?? null;
}

/** The boxes over the map (`data-covers-map`, shown), less the legend, in page pixels. */
function panelsOver(): Box[] {
  return [...document.querySelectorAll<HTMLElement>('[data-covers-map]')]
    .filter((el) => !el.closest('[hidden]') && el.dataset.testid !== 'legend-dock')
    .filter((el) => getComputedStyle(el).display !== 'none')
    .map((el) => el.getBoundingClientRect());
}

/**
 * What the screen shows now: the seen part of the map at `shown`'s camera (else the URL's), and
 * `shown`'s atlas (else `fallback`, the data folder's). The camera is null, with the whole box,
 * when there is none (the caller then fits its start region).
 */
export function shownView(
  shown: MapShown | undefined,
  fallback: AtlasData,
): { camera: CameraView | null; size: Size; atlas: AtlasData } {
  const atlas = shown?.atlas ?? fallback;
  return { ...seenNow(shown?.camera ?? cameraInUrl()), atlas };
}

/** The seen part of the map for `camera`, or the whole box with a null camera. */
function seenNow(camera: CameraView | null): { camera: CameraView | null; size: Size } {
  const box = mapBox();
  const size = { width: box?.width || innerWidth, height: box?.height || innerHeight };
  if (!camera || !box) return { camera, size };
  const pad = freePadding(box, panelsOver(), { margin: 0 });
  return seenPart(camera, size, {
    left: pad.left,
    top: pad.top,
    right: size.width - pad.right,
    bottom: size.height - pad.bottom,
  });
}

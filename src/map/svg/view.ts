/**
 * The SVG map's camera as plain maths: a view is the `{k, tx, ty}` that takes world pixels (Web
 * Mercator at zoom 0, `toWorld`) to screen pixels — the same transform the arc overlay applies,
 * so one value drives both. Zoom is clamped like MapView's (`minZoom 1`, `maxZoom 9`).
 */
import { fromWorld, toWorld, WORLD_SIZE, type Point } from '../../lib/arc-geometry';
import type { ArcCamera, ScreenTransform } from '../camera';
import { COUNTRY_LOOK } from '../country-look';
import { paddingSides, type Bounds, type Padding } from '../controller';

export type { Bounds };

export interface Size {
  width: number;
  height: number;
}

export const [MIN_ZOOM, MAX_ZOOM] = COUNTRY_LOOK.zoomRange;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const clampK = (k: number) => clamp(k, 2 ** MIN_ZOOM, 2 ** MAX_ZOOM);

export const zoomOf = (view: ScreenTransform): number => Math.log2(view.k);

/** The view that MapLibre's camera `zoom/lat/lng` shows on a screen of `size`. */
export function viewOfCamera(
  camera: { zoom: number; lat: number; lng: number },
  size: Size,
): ScreenTransform {
  return clampView(viewAt(toWorld(camera.lng, camera.lat), 2 ** camera.zoom, size), size);
}

/** MapLibre's camera for a view: the same world, so `map=` means the same place in both maps. */
export function cameraOfView(
  view: ScreenTransform,
  size: Size,
): { zoom: number; lat: number; lng: number } {
  const [lng, lat] = fromWorld(...centerOf(view, size));
  return { zoom: zoomOf(view), lat, lng };
}

/** The world pixel at the middle of the screen. */
export function centerOf(view: ScreenTransform, size: Size): Point {
  return [(size.width / 2 - view.tx) / view.k, (size.height / 2 - view.ty) / view.k];
}

function viewAt(center: Point, k: number, size: Size): ScreenTransform {
  return { k, tx: size.width / 2 - center[0] * k, ty: size.height / 2 - center[1] * k };
}

/** Clamps the zoom and keeps the middle of the screen over the world, so it cannot be lost. */
export function clampView(view: ScreenTransform, size: Size): ScreenTransform {
  const [cx, cy] = centerOf(view, size);
  return viewAt([clamp(cx, 0, WORLD_SIZE), clamp(cy, 0, WORLD_SIZE)], clampK(view.k), size);
}

/**
 * Shows `bounds` as large as fits inside the padding (one number, or one per side as MapLibre's
 * `fitBounds` takes it), centred in the box the padding leaves; east < west crosses 180°.
 */
export function fitView(
  bounds: Bounds,
  size: Size,
  padding: Padding = COUNTRY_LOOK.padding,
): ScreenTransform {
  const [west, south, east, north] = bounds;
  const [x0, y0] = toWorld(west, north);
  const [x1, y1] = toWorld(east < west ? east + 360 : east, south);
  const pad = paddingSides(padding);
  const roomX = Math.max(1, size.width - pad.left - pad.right);
  const roomY = Math.max(1, size.height - pad.top - pad.bottom);
  const k = clampK(Math.min(roomX / Math.max(x1 - x0, 1e-9), roomY / Math.max(y1 - y0, 1e-9)));
  // The bounds' middle lands in the middle of the padded box, not of the whole screen.
  const at: Point = [pad.left + roomX / 2, pad.top + roomY / 2];
  const mid: Point = [(x0 + x1) / 2, (y0 + y1) / 2];
  return clampView({ k, tx: at[0] - mid[0] * k, ty: at[1] - mid[1] * k }, size);
}

/** Zooms by `factor`, keeping the world point under screen point `at` where it is. */
export function zoomAround(
  view: ScreenTransform,
  factor: number,
  at: Point,
  size: Size,
): ScreenTransform {
  const k = clampK(view.k * factor);
  const [wx, wy] = [(at[0] - view.tx) / view.k, (at[1] - view.ty) / view.k];
  return clampView({ k, tx: at[0] - wx * k, ty: at[1] - wy * k }, size);
}

export function panBy(view: ScreenTransform, dx: number, dy: number, size: Size): ScreenTransform {
  return clampView({ k: view.k, tx: view.tx + dx, ty: view.ty + dy }, size);
}

/** Keeps the same world point in the middle when the map's box changes size (as MapLibre does). */
export function resizeView(view: ScreenTransform, from: Size, to: Size): ScreenTransform {
  return clampView(viewAt(centerOf(view, from), view.k, to), to);
}

/** Part `t` (0..1) of the way from `a` to `b`: the centre moves evenly, the zoom evenly in log. */
export function interpolateView(
  a: ScreenTransform,
  b: ScreenTransform,
  size: Size,
  t: number,
): ScreenTransform {
  const [ax, ay] = centerOf(a, size);
  const [bx, by] = centerOf(b, size);
  const k = a.k * (b.k / a.k) ** t;
  return viewAt([ax + (bx - ax) * t, ay + (by - ay) * t], k, size);
}

/** What the screen shows, as [west, south, east, north] (to hand the view back to MapLibre). */
export function viewBounds(view: ScreenTransform, size: Size): Bounds {
  const [west, north] = fromWorld(-view.tx / view.k, -view.ty / view.k);
  const [east, south] = fromWorld(
    (size.width - view.tx) / view.k,
    (size.height - view.ty) / view.k,
  );
  return [west, south, east, north];
}

/** An `ArcCamera` fed by hand: `set` tells every subscriber at once, in the caller's frame. */
export function cameraSource(initial: ScreenTransform): {
  camera: ArcCamera;
  set: (view: ScreenTransform) => void;
} {
  let current = initial;
  const listeners = new Set<(t: ScreenTransform) => void>();
  return {
    camera: {
      subscribe(update) {
        update(current);
        listeners.add(update);
        return () => listeners.delete(update);
      },
    },
    set(view) {
      current = view;
      for (const update of listeners) update(view);
    },
  };
}

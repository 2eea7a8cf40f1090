/**
 * What the arc overlay needs from whatever draws the base map: the transform from world pixels
 * (Web Mercator at zoom 0, see arc-geometry) to screen pixels, and a way to follow it. MapLibre
 * provides it when WebGL works; the SVG fallback map provides it otherwise.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { nearestWorldCopy, WORLD_SIZE } from '../lib/arc-geometry';

/** World pixels → screen pixels: a scale and a translation. The one such type in the app. */
export interface ScreenTransform {
  k: number;
  tx: number;
  ty: number;
  /** True in the middle of a pan, zoom or flight; false (or absent) once the camera rests. */
  moving?: boolean;
}

export interface ArcCamera {
  /** Calls `update` now and on every camera change, in the frame that draws it; returns the unsubscribe. */
  subscribe(update: (t: ScreenTransform) => void): () => void;
  /**
   * Where the overlay lives, when the base map must receive the events that start on an arc
   * (wheel to zoom, drag to pan): MapLibre listens on its canvas container.
   */
  host?: HTMLElement;
}

/**
 * World pixel → screen pixel for MapLibre's camera (no rotation, no pitch), on the copy of the
 * world nearest the view: MapLibre repeats the world side by side, and centred near 180° the
 * arcs must go on the copy that is on screen (`nearestWorldCopy`, from the arcs' `anchors`: world
 * x of their ends and middles). `width` is the map's width in CSS pixels.
 */
export function mapLibreTransform(
  map: Pick<MapLibreMap, 'getZoom' | 'project'>,
  width = 0,
  anchors: readonly number[] = [],
): ScreenTransform {
  const k = 2 ** map.getZoom();
  const origin = map.project([-180, 0]);
  // Longitude −180 is world x 0; latitude 0 is world y 256 (half of the 512 px world).
  const copy =
    anchors.length && width > 0
      ? nearestWorldCopy(-origin.x / k, (width - origin.x) / k, anchors)
      : 0;
  return { k, tx: origin.x + copy * WORLD_SIZE * k, ty: origin.y - 256 * k };
}

/** `anchors` is read on every camera change: the world x of the arcs' ends and middles. */
export function mapLibreCamera(
  map: MapLibreMap,
  anchors: () => readonly number[] = () => [],
): ArcCamera {
  const now = () => mapLibreTransform(map, map.getCanvas().clientWidth, anchors());
  return {
    host: map.getCanvasContainer(),
    subscribe(update) {
      const onMove = () => update({ ...now(), moving: map.isMoving() });
      const onRest = () => update({ ...now(), moving: false });
      onRest();
      map.on('move', onMove);
      map.on('moveend', onRest);
      map.on('resize', onRest);
      return () => {
        map.off('move', onMove);
        map.off('moveend', onRest);
        map.off('resize', onRest);
      };
    },
  };
}

/**
 * How the arc layer follows a camera change: `exact` (rewrite the world → screen transform,
 * which repaints every arc) at rest or once the zoom drifts too far from the last exact one;
 * otherwise a compositor-only CSS transform relative to `base`.
 */
export function followCamera(
  base: ScreenTransform | null,
  t: ScreenTransform,
): { exact: true } | { exact: false; css: string } {
  if (!base || !t.moving) return { exact: true };
  const r = t.k / base.k;
  if (!(r >= 0.7 && r <= 1.4)) return { exact: true };
  return {
    exact: false,
    css: `translate(${t.tx - r * base.tx}px, ${t.ty - r * base.ty}px) scale(${r})`,
  };
}

/**
 * Makes `layer` follow `camera`: while it moves, by a compositor-only CSS transform relative to
 * the last exact view (`followCamera`); at rest, or once the zoom drifts too far, `exact` redraws
 * the layer for the camera and the CSS transform is cleared. Returns the unsubscribe.
 */
export function followWithLayer(
  camera: ArcCamera,
  layer: HTMLElement | SVGElement,
  exact: (t: ScreenTransform) => void,
): () => void {
  let base: ScreenTransform | null = null;
  return camera.subscribe((t) => {
    const step = followCamera(base, t);
    if (!step.exact) {
      layer.style.transform = step.css;
      return;
    }
    exact(t);
    layer.style.transform = '';
    base = t;
  });
}

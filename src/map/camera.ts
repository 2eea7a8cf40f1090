/**
 * What the arc overlay needs from whatever draws the base map: the transform from world pixels
 * (Web Mercator at zoom 0, see arc-geometry) to screen pixels, and a way to follow it. MapLibre
 * provides it when WebGL works; the SVG fallback map provides it otherwise.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface ScreenTransform {
  k: number;
  tx: number;
  ty: number;
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

/** World pixel → screen pixel for MapLibre's camera (no rotation, no pitch). */
export function mapLibreTransform(map: Pick<MapLibreMap, 'getZoom' | 'project'>): ScreenTransform {
  const k = 2 ** map.getZoom();
  const origin = map.project([-180, 0]);
  // Longitude −180 is world x 0; latitude 0 is world y 256 (half of the 512 px world).
  return { k, tx: origin.x, ty: origin.y - 256 * k };
}

export function mapLibreCamera(map: MapLibreMap): ArcCamera {
  return {
    host: map.getCanvasContainer(),
    subscribe(update) {
      const onMove = () => update(mapLibreTransform(map));
      onMove();
      map.on('move', onMove);
      map.on('resize', onMove);
      return () => {
        map.off('move', onMove);
        map.off('resize', onMove);
      };
    },
  };
}

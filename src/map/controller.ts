/**
 * What the rest of the app may ask of the map, whichever renderer stands behind it (MapLibre
 * with WebGL, the SVG map without). `AtlasMap` hands out one controller that follows the renderer
 * on screen, so a context loss in the middle of a tour changes nothing for the caller.
 */

/** [west, south, east, north] in degrees, as regions give them; east < west crosses 180°. */
export type Bounds = [number, number, number, number];

/** Pixels kept free around fitted bounds: one number for every side, or one per side. */
export type Padding = number | { top: number; right: number; bottom: number; left: number };

/** A camera as MapLibre's `map=zoom/lat/lng` says it: the centre and the zoom (no rotation, no pitch). */
export interface CameraView {
  zoom: number;
  lat: number;
  lng: number;
}

export interface MoveOptions {
  /** Fly there (default) or jump. A reader who prefers reduced motion always gets a jump. */
  animate?: boolean;
}

export interface MapController {
  fitBounds(bounds: Bounds, padding?: Padding, opts?: MoveOptions): void;
  /** What the map shows now, or null before it has a size. */
  getBounds(): Bounds | null;
  getCamera(): CameraView | null;
  /** Whether the camera is moving now (a flight, a drag, a zoom). */
  isMoving(): boolean;
  flyTo(camera: CameraView, opts?: MoveOptions): void;
  jumpTo(camera: CameraView): void;
}

/** Every side of a padding, whichever way it was given. */
export function paddingSides(padding: Padding): {
  top: number;
  right: number;
  bottom: number;
  left: number;
} {
  if (typeof padding === 'number') {
    const p = Number.isFinite(padding) && padding > 0 ? padding : 0;
    return { top: p, right: p, bottom: p, left: p };
  }
  const side = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
  return {
    top: side(padding.top),
    right: side(padding.right),
    bottom: side(padding.bottom),
    left: side(padding.left),
  };
}

/** Whether a move is animated: asked for, and the reader has not asked for reduced motion. */
export function animated(opts: MoveOptions | undefined, reducedMotion: boolean): boolean {
  return (opts?.animate ?? true) && !reducedMotion;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

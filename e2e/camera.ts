/**
 * Where a longitude/latitude appears on screen, computed from the camera in the URL
 * (`#map=zoom/lat/lng`) and the map's size, with Web Mercator maths — the same as MapLibre's
 * `project` for an unrotated, unpitched map with 512 px tiles, on the world copy nearest the centre.
 */
import type { Page } from '@playwright/test';

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

export function parseCamera(hash: string): Camera | null {
  const m = /(?:^#|&)map=([-\d.]+)\/([-\d.]+)\/([-\d.]+)/.exec(hash);
  if (!m) return null;
  return { zoom: Number(m[1]), lat: Number(m[2]), lng: Number(m[3]) };
}

function mercator(lng: number, lat: number, zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const x = ((lng + 180) / 360) * world;
  const s = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
  return [x, y];
}

export function project(
  camera: Camera,
  size: { width: number; height: number },
  lng: number,
  lat: number,
): [number, number] {
  const [cx, cy] = mercator(camera.lng, camera.lat, camera.zoom);
  // The world copy nearest the centre, as MapLibre draws it (a centre east of 180° shows Asia
  // on the copy to its west).
  const near = camera.lng + ((((lng - camera.lng) % 360) + 540) % 360) - 180;
  const [x, y] = mercator(near, lat, camera.zoom);
  return [size.width / 2 + (x - cx), size.height / 2 + (y - cy)];
}

/** The page point (CSS px) of a lon/lat on the map canvas. */
export async function pagePoint(page: Page, lng: number, lat: number): Promise<[number, number]> {
  const hash = await page.evaluate(() => location.hash);
  const camera = parseCamera(hash);
  if (!camera) throw new Error(`no camera in the URL hash: ${hash}`);
  const box = await page.locator('[data-testid="map"] canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('the map canvas is not visible');
  const [x, y] = project(camera, box, lng, lat);
  return [box.x + x, box.y + y];
}

import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** RGB colours at page points, read from one screenshot (the WebGL buffer is not readable). */
export async function colorsAt(
  page: Page,
  points: [number, number][],
): Promise<[number, number, number][]> {
  const png = PNG.sync.read(await page.screenshot());
  const ratio = png.width / (page.viewportSize()?.width ?? png.width);
  return points.map(([x, y]) => {
    const px = Math.round(x * ratio);
    const py = Math.round(y * ratio);
    const i = (py * png.width + px) * 4;
    return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
  });
}

export function hex(color: string): [number, number, number] {
  const n = parseInt(color.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function distance(a: [number, number, number], b: [number, number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

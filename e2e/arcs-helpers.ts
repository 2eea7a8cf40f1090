import type { Page } from '@playwright/test';

/** The page point halfway along an arc (on its stroke, where a person would point at it). */
export async function arcPoint(page: Page, arcId: string, at = 0.5): Promise<[number, number]> {
  return page.evaluate(
    ([id, t]) => {
      const path = document.querySelector<SVGPathElement>(`[data-arc="${id}"] path.hit`);
      if (!path) throw new Error(`no arc ${id}`);
      const p = path.getPointAtLength(path.getTotalLength() * t);
      const m = path.getScreenCTM();
      if (!m) throw new Error('arc not rendered');
      const s = p.matrixTransform(m);
      return [s.x, s.y] as [number, number];
    },
    [arcId, at] as const,
  );
}

/** A point along the arc that is on screen and where the arc itself is under the pointer. */
export async function reachableArcPoint(page: Page, arcId: string): Promise<[number, number]> {
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9]) {
    const [x, y] = await arcPoint(page, arcId, t);
    const hit = await page.evaluate(
      ([px, py]) =>
        document.elementFromPoint(px, py)?.closest('[data-arc]')?.getAttribute('data-arc'),
      [x, y] as const,
    );
    if (hit === arcId) return [x, y];
  }
  throw new Error(`no point of arc ${arcId} can be reached by the pointer in this view`);
}

/** As a person would: if the arc is too short or covered at this zoom, zoom in on it and retry. */
export async function reachArc(page: Page, arcId: string): Promise<[number, number]> {
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      return await reachableArcPoint(page, arcId);
    } catch {
      const [x, y] = await arcPoint(page, arcId, 0.5);
      const before = await page.evaluate(() => location.hash);
      await page.mouse.move(x, y);
      for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
      // The URL's camera changes when the zoom comes to rest (the app writes it on moveend);
      // at the maximum zoom it does not change, and the next attempt fails as before.
      await page
        .waitForFunction((hash) => location.hash !== hash, before, { timeout: 5_000 })
        .catch(() => {});
    }
  }
  return reachableArcPoint(page, arcId);
}

export async function hoverArc(page: Page, arcId: string): Promise<void> {
  const [x, y] = await reachArc(page, arcId);
  await page.mouse.move(x - 30, y - 30);
  await page.mouse.move(x, y, { steps: 4 });
}

/**
 * Moves the pointer off the map onto the page's title, as a person moving the mouse away. Not a
 * fixed point on the map: after zooming in on a short arc, a long one may pass under any point.
 */
export async function leaveArcs(page: Page): Promise<void> {
  const box = await page.getByRole('heading', { level: 1 }).boundingBox();
  if (!box) throw new Error('the page title is not on screen');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  const covered = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px, py)?.closest('[data-arc]') != null,
    [x, y] as const,
  );
  if (covered) throw new Error('an arc covers the page title');
  await page.mouse.move(x, y, { steps: 2 });
}

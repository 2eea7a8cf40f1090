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

export async function hoverArc(page: Page, arcId: string, at = 0.5): Promise<void> {
  const [x, y] = await arcPoint(page, arcId, at);
  await page.mouse.move(x - 30, y - 30);
  await page.mouse.move(x, y, { steps: 4 });
}

import { expect, openShared, test, waitForMap } from './fixtures';
import { pagePoint } from './camera';
import { reachArc } from './arcs-helpers';
import type { Page } from '@playwright/test';

/** The page point of a lon/lat, checked to be on the map canvas with nothing drawn over it. */
async function visiblePoint(page: Page, lng: number, lat: number): Promise<[number, number]> {
  const [x, y] = await pagePoint(page, lng, lat);
  const top = await page.evaluate(
    ([px, py]) => document.elementFromPoint(px, py)?.tagName ?? 'nothing',
    [x, y] as const,
  );
  if (top !== 'CANVAS') throw new Error(`(${lng}, ${lat}) at (${x}, ${y}) is covered by ${top}`);
  return [x, y];
}
import { colorsAt, distance, hex } from './pixels';
import { THEMES } from '../src/map/theme';

const theme = THEMES.default;

// The tests that only look at a place do so on the worker's shared page (fixtures.ts), reached by
// its link: a cold load of the app costs more than the look. The others load the app themselves.
test.describe('the map', () => {
  test('draws sea and land where they are', async ({ shared: page }) => {
    await openShared(page, '#map=3/40/45');
    const places: { name: string; at: [number, number]; color: string }[] = [
      { name: 'Black Sea', at: [34.5, 43.2], color: theme.sea },
      { name: 'Caspian Sea', at: [51.0, 42.5], color: theme.sea },
      { name: 'Persian Gulf', at: [51, 27.2], color: theme.sea },
      { name: 'Iran (not in the documents)', at: [57.5, 29.5], color: theme.land },
      { name: 'Afghanistan (not in the documents)', at: [66, 33.5], color: theme.land },
    ];
    const points = await Promise.all(places.map((p) => visiblePoint(page, ...p.at)));
    const colors = await colorsAt(page, points);
    places.forEach((place, i) => {
      expect(distance(colors[i]!, hex(place.color)), `${place.name} ${colors[i]}`).toBeLessThan(18);
    });
  });

  test('the documents’ countries stand out from the rest', async ({ shared: page }) => {
    await openShared(page, '#map=3/47/80');
    // Kazakhstan (a party) against Mongolia (not named by the documents), away from arcs.
    let kaz: [number, number] | null = null;
    for (const at of [
      [63, 46],
      [60, 49],
      [57, 47.5],
      [75, 46.5],
      [70, 51.5],
    ] as const) {
      kaz = await visiblePoint(page, at[0], at[1]).catch(() => null);
      if (kaz) break;
    }
    const [kazColor, mngColor] = await colorsAt(page, [kaz!, await visiblePoint(page, 103, 46.5)]);
    expect(distance(kazColor!, hex(theme.party))).toBeLessThan(18);
    expect(distance(kazColor!, mngColor!)).toBeGreaterThan(40);
  });

  test('Crimea is drawn as part of Ukraine, with no border across the isthmus', async ({
    shared: page,
  }) => {
    await openShared(page, '#map=6.5/45.6/34.2');
    const [crimea, ukraine] = await colorsAt(page, [
      await visiblePoint(page, 34.1, 45.0),
      await visiblePoint(page, 33.5, 46.7),
    ]);
    expect(distance(crimea!, ukraine!)).toBeLessThan(10);
  });

  test('region presets fly the camera, by button and by key; the URL follows; reload restores', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMap(page);
    const camera = async () => {
      const m = /map=([-\d.]+)\/([-\d.]+)\/([-\d.]+)/.exec(
        await page.evaluate(() => location.hash),
      );
      return m ? { zoom: Number(m[1]), lat: Number(m[2]), lng: Number(m[3]) } : null;
    };
    await expect.poll(camera).not.toBeNull();

    await page.getByRole('button', { name: /Korean Peninsula|朝鮮半島/ }).click();
    await expect
      .poll(async () => (await camera())?.lng ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(120);
    await expect.poll(async () => (await camera())?.zoom ?? 0).toBeGreaterThan(4.5);

    await page.keyboard.press('1');
    await expect
      .poll(async () => (await camera())?.lng ?? 999, { timeout: 10_000 })
      .toBeLessThan(50);

    await page.keyboard.press('2');
    await expect
      .poll(async () => (await camera())?.lng ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(55);
    // The app writes `map=` only when the camera rests (moveend), so the camera read above is
    // already where the flight ended.
    const before = await camera();
    await page.reload();
    await waitForMap(page);
    const after = await camera();
    expect(after?.zoom).toBeCloseTo(before!.zoom, 1);
    expect(after?.lat).toBeCloseTo(before!.lat, 1);
    expect(after?.lng).toBeCloseTo(before!.lng, 1);
  });

  test('a camera in the URL is honoured on load', async ({ page }) => {
    await page.goto('/#map=5.5/39/127');
    await waitForMap(page);
    expect(await page.evaluate(() => location.hash)).toContain('map=5.5/39/127');
  });
});

test('a lost WebGL context shows the SVG map, and the WebGL map with its arcs comes back', async ({
  page,
}) => {
  await page.goto('/#map=3.2/46/85&lang=en');
  await waitForMap(page);
  const arcs = await page.locator('[data-arc]').count();
  expect(arcs).toBeGreaterThan(0);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    (window as unknown as { lose: WEBGL_lose_context }).lose = ext;
    ext.loseContext();
  });
  await expect(page.getByTestId('map-notice')).toHaveText(/WebGL stopped/);
  await expect(page.getByTestId('svg-map').locator('[data-arc]')).toHaveCount(arcs);
  await page.evaluate(() =>
    (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext(),
  );
  await expect(page.getByTestId('svg-map')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.maplibregl-canvas')).toBeVisible();
  await expect(page.locator('[data-arc]')).toHaveCount(arcs);
  // The arcs are back over MapLibre: a hovered arc shows its tooltip.
  const id = (await page.locator('[data-arc]').first().getAttribute('data-arc'))!;
  const [x, y] = await reachArc(page, id);
  await page.mouse.move(x - 20, y - 20);
  await page.mouse.move(x, y, { steps: 4 });
  await expect(page.getByTestId('tooltip')).toBeVisible();
});

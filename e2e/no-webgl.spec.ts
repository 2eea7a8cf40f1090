/**
 * Runs in the `no-webgl` project (Chromium with `--disable-webgl --disable-3d-apis`): the SVG
 * map stands in for MapLibre, with the same countries, colours, arcs, panels and tooltips.
 */
import type { Page } from '@playwright/test';
import { expect, headerTool, openShared, test, waitForMap } from './fixtures';
import { colorsAt, distance, hex } from './pixels';
import { toWorld } from '../src/lib/arc-geometry';
import { THEMES } from '../src/map/theme';

const theme = THEMES.default;

async function open(page: Page, hash = '') {
  await page.goto(`/${hash}`);
  await waitForMap(page);
  await expect(page.getByTestId('svg-map')).toBeVisible();
}

/** The wide view, where every arc has a point on screen. */
const WIDE = '#map=1.6/40/40&lang=en';

/**
 * On the worker's shared page (fixtures.ts), loaded once and reached by the view's link: for the
 * tests that only look, hover or click, and leave nothing open that the next link does not undo.
 */
async function openOnShared(page: Page, hash: string) {
  await openShared(page, hash);
  await expect(page.getByTestId('svg-map')).toBeVisible();
}

/** The SVG map itself (the arcs' SVG comes after it). */
const mapSvg = (page: Page) => page.getByTestId('svg-map').locator('svg').first();

const transformOf = (page: Page) => mapSvg(page).locator(':scope > g').getAttribute('transform');

const country = (iso3: string) => `[data-testid="svg-map"] [data-country="${iso3}"]`;

/** Where a longitude/latitude is on the page, from the SVG map's `{k, tx, ty}` transform. */
async function pagePoint(page: Page, lng: number, lat: number): Promise<[number, number]> {
  const m = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(
    (await transformOf(page)) ?? '',
  );
  expect(m, 'the map group has a translate/scale transform').not.toBeNull();
  const [tx, ty, k] = [Number(m![1]), Number(m![2]), Number(m![3])];
  const box = (await page.getByTestId('svg-map').boundingBox())!;
  const [x, y] = toWorld(lng, lat);
  return [box.x + tx + x * k, box.y + ty + y * k];
}

/**
 * Points on a grid over the map where the pointer would reach an element matching `selector`
 * (not an arc, the legend or a button in front of it).
 */
async function pointsOn(page: Page, selector: string): Promise<[number, number][]> {
  return page.evaluate((sel) => {
    const map = document.querySelector('[data-testid="svg-map"]')!.getBoundingClientRect();
    const found: [number, number][] = [];
    for (let x = map.left + 4; x < map.right; x += 12) {
      for (let y = map.top + 4; y < map.bottom; y += 12) {
        if (document.elementFromPoint(x, y)?.matches(sel)) found.push([x, y]);
      }
    }
    return found;
  }, selector);
}

test.describe('without WebGL', () => {
  test('says so, and draws no MapLibre canvas', async ({ shared: page }) => {
    await openOnShared(page, WIDE);
    await expect(page.getByTestId('map-notice')).toBeVisible();
    await expect(page.getByTestId('map-notice')).toHaveText(/WebGL/);
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
  });

  test('draws the countries, the documents’ countries in their colour', async ({
    shared: page,
  }) => {
    // Central Asia close enough to sample Kazakhstan and Mongolia (the start view is the world).
    await openOnShared(page, '#map=3.5/47/80&lang=en');
    expect(await page.locator('[data-country]').count()).toBeGreaterThan(150);
    await expect(page.locator(country('KAZ'))).toHaveAttribute('fill', theme.party);
    await expect(page.locator(country('MNG'))).toHaveAttribute('fill', theme.land);
    // And on screen: most of Kazakhstan is in the party colour, most of Mongolia in the land one
    // (labels and borders cover the rest).
    const share = async (iso3: string, color: string) => {
      const colors = await colorsAt(page, await pointsOn(page, country(iso3)));
      expect(colors.length, `${iso3} is on screen`).toBeGreaterThan(20);
      return colors.filter((c) => distance(c, hex(color)) < 18).length / colors.length;
    };
    expect(await share('KAZ', theme.party)).toBeGreaterThan(0.8);
    expect(await share('MNG', theme.land)).toBeGreaterThan(0.8);
  });

  test('draws the arcs over the SVG map', async ({ shared: page }) => {
    await openOnShared(page, WIDE);
    expect(await page.locator('[data-testid="arcs"] [data-arc]').count()).toBeGreaterThan(0);
  });

  test('clicking a country opens its panel', async ({ shared: page }) => {
    await openOnShared(page, '#map=3.5/47/80&lang=en');
    const [inside] = await pointsOn(page, country('KAZ'));
    await page.mouse.click(...inside!);
    await expect(page.getByTestId('panel').locator('h2')).toContainText(/カザフスタン|Kazakhstan/);
    await expect(page.locator(country('KAZ'))).toHaveAttribute('fill', theme.selected);
  });

  test('hovering an arc shows its tooltip', async ({ shared: page }) => {
    await openOnShared(page, WIDE);
    const [onArc] = await pointsOn(page, '[data-testid="arcs"] [data-arc] .hit');
    await page.mouse.move(...onArc!);
    await expect(page.getByTestId('tooltip')).toBeVisible();
  });

  test('region buttons, +/− and dragging move the view', async ({ page }) => {
    await open(page);
    const start = await transformOf(page);
    await page.getByRole('button', { name: /Korean Peninsula|朝鮮半島/ }).click();
    await expect.poll(() => transformOf(page)).not.toBe(start);
    // Seoul ends up near the middle of the map.
    await expect
      .poll(async () => {
        const map = (await page.getByTestId('svg-map').boundingBox())!;
        const [x, y] = await pagePoint(page, 127, 37.5);
        return Math.hypot(x - (map.x + map.width / 2), y - (map.y + map.height / 2));
      })
      .toBeLessThan(150);
    // At a region's zoom the SVG map draws the detailed shapes too (the start view, the coarse).
    await expect(page.locator('.map-area')).toHaveAttribute('data-geometry', 'detailed');

    const afterRegion = await transformOf(page);
    await mapSvg(page).focus();
    await page.keyboard.press('-');
    await expect.poll(() => transformOf(page)).not.toBe(afterRegion);

    const beforeDrag = await transformOf(page);
    const [x, y] = (await pointsOn(page, '[data-testid="svg-map"] path.country'))[0]!;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 100, y + 20, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => transformOf(page)).not.toBe(beforeDrag);
  });

  test('the view is kept in the URL as map=, and a reload or a shared link shows that place', async ({
    page,
  }) => {
    await page.goto('/#map=4/37.5/127&lang=en');
    await waitForMap(page);
    // Seoul is in the middle, as MapLibre would show it.
    const map = (await page.getByTestId('svg-map').boundingBox())!;
    const [x, y] = await pagePoint(page, 127, 37.5);
    expect(Math.hypot(x - (map.x + map.width / 2), y - (map.y + map.height / 2))).toBeLessThan(2);

    await page.getByRole('button', { name: 'Central Asia' }).click();
    await expect(page).toHaveURL(/#map=[\d.]+\/[\d.]+\/[\d.]+/);
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('map=4/37.5/127');
    await expect(page).toHaveURL(/lang=en/);
    // Once the camera rests (the URL then holds it), reload: the same place is where it was
    // (to the rounding of the URL's numbers).
    await waitForMap(page);
    const before = await pagePoint(page, 70, 45);
    const hash = await page.evaluate(() => location.hash);
    await page.reload();
    await waitForMap(page);
    const after = await pagePoint(page, 70, 45);
    expect(Math.hypot(after[0] - before[0], after[1] - before[1])).toBeLessThan(3);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
  });

  test('the PNG and SVG export work over the SVG map too', async ({ page }) => {
    test.setTimeout(240_000);
    const { PNG } = await import('pngjs');
    const { readFileSync } = await import('node:fs');
    await open(page, '#lang=en');
    await (await headerTool(page, { testId: 'share-button' })).click();
    await expect(page.getByTestId('export-section')).toBeVisible();
    const save = async (testId: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(testId).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const image = PNG.sync.read(await save('export-png-slide'));
    expect([image.width, image.height]).toEqual([1920, 1080]);
    const boxes = JSON.parse(
      (await page.getByTestId('export-status').getAttribute('data-boxes')) ?? 'null',
    ) as Record<'legend' | 'asOf', { x: number; y: number; width: number; height: number }>;
    let dark = 0;
    for (let y = boxes.asOf.y; y < boxes.asOf.y + boxes.asOf.height; y += 2)
      for (let x = boxes.asOf.x; x < boxes.asOf.x + boxes.asOf.width; x += 2) {
        const i = (Math.round(y) * image.width + Math.round(x)) * 4;
        if (image.data[i]! < 90 && image.data[i + 1]! < 90 && image.data[i + 2]! < 90) dark++;
      }
    expect(dark, 'the date is drawn').toBeGreaterThan(30);

    const svg = (await save('export-svg')).toString('utf8');
    const arcsOnMap = await page.locator('[data-testid="arcs"] [data-arc]').count();
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        arcs: doc.querySelectorAll('path[data-arc]').length,
        countries: doc.querySelectorAll('path[data-country]').length,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(arcsOnMap).toBeGreaterThan(0);
    expect(parsed.arcs).toBe(arcsOnMap);
    expect(parsed.countries).toBeGreaterThan(100);
  });
});

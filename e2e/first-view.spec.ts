/**
 * Issue 14: the first view downloads only what it shows. The parts it does not show (reader,
 * relations table, presentation, share dialog, SVG map: `src/app/parts.ts`; the documents' texts)
 * are separate chunks that no request asks for before the map is drawn; after that they are
 * prefetched in idle time, and each opens with a real click — with a pending state when the click
 * is faster than its chunk.
 */
import { expect, headerTool, test, waitForMap, type Page } from './fixtures';

/** The lazy parts' chunks, and the documents' texts (`virtual:atlas-texts`). */
const LAZY = [
  'DocumentReader',
  'RelationsTable',
  'PresentationOverlay',
  'ShareDialog',
  'SvgMap',
  '_virtual_atlas-texts',
];
const chunkOf = (name: string) => new RegExp(`/assets/${name}-[\\w-]+\\.js$`);

/** Notes, in the page, when `data-map-ready` first reads true (ms since navigation start). */
function noteReady(): void {
  const w = window as unknown as { __readyAt?: number };
  // Noted as the attribute is set (a frame-by-frame poll could still be a frame behind when the
  // test reads it on a busy machine).
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-map-ready="true"]')) return;
    w.__readyAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-map-ready'],
  });
}

/** The script requests the page made (name, start ms since navigation start). */
const scripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js'))
      .map((e) => ({ name: e.name, start: e.startTime })),
  );

test('the first view asks for no lazy chunk; they come in idle time after it is drawn', async ({
  page,
}) => {
  await page.addInitScript(noteReady);
  await page.goto('/#lang=en');
  await waitForMap(page);
  const readyAt = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  // Every lazy chunk is eventually prefetched, and none was asked for before the map was drawn.
  await expect
    .poll(async () => {
      const names = (await scripts(page)).map((s) => s.name);
      return LAZY.filter((part) => !names.some((n) => chunkOf(part).test(n)));
    })
    .toEqual([]);
  for (const { name, start } of await scripts(page)) {
    if (LAZY.some((part) => chunkOf(part).test(name))) {
      expect(start, `${name} requested before the first view was drawn`).toBeGreaterThan(readyAt);
    }
  }
  // MapLibre and the interface are separate chunks, both preloaded by the HTML.
  const preloads = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href),
  );
  expect(preloads.some((h) => /\/assets\/maplibre-[\w-]+\.js$/.test(h))).toBe(true);
  expect(preloads.some((h) => /\/assets\/app-main-[\w-]+\.js$/.test(h))).toBe(true);
});

test("the first frame draws the coarse geometry; a region's zoom draws the detailed one", async ({
  page,
}) => {
  await page.addInitScript(noteReady);
  await page.goto('/#lang=en');
  await waitForMap(page);
  const readyAt = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  const geometry = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/geo/'))
        .map((e) => ({
          name: new URL(e.name).pathname,
          start: e.startTime,
          end: (e as PerformanceResourceTiming).responseEnd,
        })),
    );
  const detailedFile = async () =>
    (await geometry()).filter((g) => g.name.endsWith('/geo/countries.topo.json'));
  // The detailed file is downloaded in idle time after the first view…
  await expect.poll(async () => (await detailedFile()).filter((g) => g.end > 0).length).toBe(1);
  // …but the start view (zoom below COUNTRY_LOOK.detailedFromZoom) keeps the coarse shapes.
  await expect(page.locator('.map-area')).toHaveAttribute('data-geometry', 'coarse');
  expect(await mapZoom(page)).toBeLessThan(3);
  // A region's zoom shows the coarse copy's simplification: the detailed shapes replace it.
  await page.getByRole('button', { name: 'Korean Peninsula' }).click();
  await expect(page.locator('.map-area')).toHaveAttribute('data-geometry', 'detailed');
  expect(await mapZoom(page)).toBeGreaterThanOrEqual(3);
  const all = await geometry();
  const coarse = all.filter((g) => g.name.endsWith('/geo/countries-coarse.topo.json'));
  const detailed = await detailedFile();
  expect(coarse).toHaveLength(1);
  expect(detailed, 'downloaded once: the swap used the prefetched file').toHaveLength(1);
  expect(coarse[0]!.start).toBeLessThan(readyAt);
  expect(detailed[0]!.start, "the detailed geometry is not the first view's").toBeGreaterThan(
    readyAt,
  );
});

/** The camera's zoom, from the URL's `map=zoom/lat/lng`. */
async function mapZoom(page: Page): Promise<number> {
  const hash = await page.evaluate(() => location.hash);
  return Number(new URLSearchParams(hash.slice(1)).get('map')?.split('/')[0]);
}

test.describe('each lazy part opens with a real click', () => {
  /** Holds `part`'s chunk back until the returned function is called. */
  async function holdChunk(page: Page, part: string): Promise<() => void> {
    let release = () => {};
    const released = new Promise<void>((r) => (release = r));
    await page.route(chunkOf(part), async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  test('relations table, with a pending state while its chunk is on its way', async ({ page }) => {
    const release = await holdChunk(page, 'RelationsTable');
    await page.goto('/#lang=en');
    await waitForMap(page);
    await (await headerTool(page, 'Relations table')).click();
    await expect(page.getByTestId('part-pending')).toHaveText('Loading…');
    release();
    await expect(page.getByTestId('relations-table')).toBeVisible();
    await expect(page.getByTestId('part-pending')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('relations-table')).toBeHidden();
  });

  test('document reader', async ({ page }) => {
    const release = await holdChunk(page, 'DocumentReader');
    await page.goto('/#country=KAZ&lang=en');
    await waitForMap(page);
    const group = page.getByTestId('panel').locator('section[data-doc]:visible').first();
    await group.getByRole('button', { name: /Open the full document/ }).click();
    await expect(page.getByTestId('part-pending')).toBeVisible();
    release();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('presentation', async ({ page }) => {
    await page.goto('/#lang=en');
    await waitForMap(page);
    await (await headerTool(page, /Present/)).click();
    await expect(page.getByTestId('presentation')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation')).toBeHidden();
  });

  test('a quote in a panel: alone until the documents’ texts arrive, then in its sentence', async ({
    page,
  }) => {
    const release = await holdChunk(page, '_virtual_atlas-texts');
    await page.goto('/#country=ARM&lang=en');
    await waitForMap(page);
    // A quote that is part of a longer sentence of its document (a link's own quotes are compact).
    const quote = page
      .getByTestId('panel')
      .locator('[data-quote="armenia-azerbaijan"]:not(.compact)');
    const words = (await quote.locator('mark').textContent())!;
    await expect(quote).toHaveText(words);
    release();
    await expect
      .poll(async () => (await quote.textContent())!.length)
      .toBeGreaterThan(words.length);
    await expect(quote.locator('mark')).toHaveText(words);
  });

  test('share dialog', async ({ page }) => {
    await page.goto('/#lang=en');
    await waitForMap(page);
    await (await headerTool(page, { testId: 'share-button' })).click();
    await expect(page.getByRole('dialog', { name: 'Share this view' })).toBeVisible();
  });
});

/**
 * Every e2e test uses this `test`: it fails on any page error, console error, or request that
 * leaves the app's origin (such requests are also blocked, so nothing ever goes out): on its
 * `page`, on the worker's `shared` page, and on pages it opens itself, guarded with
 * `guard.watch(page)`.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface Guard {
  problems: string[];
  /** Watches another page (e.g. from a new context or a popup) the same way. */
  watch: (page: Page) => Promise<void>;
}

/**
 * Records, in `problems`, every page error, console error and request that leaves `baseURL`'s
 * origin on `page`, and blocks those requests.
 */
export async function watchPage(
  page: Page,
  baseURL: string | undefined,
  problems: string[],
): Promise<void> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:';
    if (local) return route.continue();
    problems.push(`request to another origin: ${url.href}`);
    return route.abort('blockedbyclient');
  });
}

interface WorkerPage {
  page: Page;
  problems: string[];
}

export const test = base.extend<{ guard: Guard; shared: Page }, { workerPage: WorkerPage }>({
  guard: [
    async ({ baseURL }, use) => {
      const problems: string[] = [];
      const watch = (p: Page) => watchPage(p, baseURL, problems);
      await use({ problems, watch });
      expect(problems, 'page errors, console errors or off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
  // The test's own page, watched from the start. Made only for a test that asks for it: one on
  // the shared page, or in its own context, opens no browser context it does not use.
  page: async ({ page, guard }, use) => {
    await guard.watch(page);
    await use(page);
  },
  /**
   * One page per worker, with the project's own options, for tests that each do a little on a
   * loaded app and leave it as they found it (a cold load of the app costs seconds on software
   * WebGL, more than such a test itself). Opened blank on the first use; a failure restarts the
   * worker, so the test after it gets a fresh one.
   */
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } =
        workerInfo.project.use;
      // A context of its own (not browser.newPage's), so a test may open more pages in it.
      const context = await browser.newContext({
        baseURL,
        viewport,
        userAgent,
        deviceScaleFactor,
        isMobile,
        hasTouch,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      await watchPage(page, baseURL, problems);
      await use({ page, problems });
      await context.close();
    },
    { scope: 'worker' },
  ],
  /**
   * The worker's shared page, guarded like a test's own `page`: what went wrong on it since the
   * last test (even after that test ended) fails this one.
   */
  shared: async ({ workerPage }, use) => {
    await use(workerPage.page);
    const seen = workerPage.problems.splice(0);
    expect(seen, 'page errors, console errors or off-origin requests').toEqual([]);
  },
});

export { expect, type Page };

/**
 * Waits until the map has loaded its style, geometry and first frame, and its camera rests (the
 * first view is framed after the map is ready, with an animation unless motion is reduced).
 */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-map-ready="true"][data-camera-resting="true"]') !== null,
    null,
    { timeout: 30_000 },
  );
}

/**
 * A tool of the header (relations table, share, present, tours, language…): in the bar, or in the
 * "More" menu when the bar is too narrow for every tool (the header measures its row), which this
 * opens first. Returns the visible button.
 */
export async function headerTool(
  page: Page,
  which: string | RegExp | { testId: string },
): Promise<Locator> {
  const banner = page.getByRole('banner');
  const tool =
    typeof which === 'object' && 'testId' in which
      ? banner.getByTestId(which.testId)
      : banner.getByRole('button', { name: which });
  await expect(banner).toHaveAttribute('data-header-mode', /^(full|collapsed|compact)$/);
  const more = banner.getByRole('button', { name: /^(More|その他)$/ });
  if (!(await tool.isVisible()) && (await more.getAttribute('aria-expanded')) !== 'true') {
    await more.click();
  }
  await expect(tool).toBeVisible();
  return tool;
}

/**
 * Leaves the presentation with Esc, as a teacher would: the page is the app again, header and
 * all. Tests that present on the worker's shared page end with it.
 */
export async function leavePresentation(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeVisible();
}

/**
 * Opens the app at `hash` on a page that may already show it (the worker's shared page): loaded
 * the first time, else followed as a link within the app (a hash change, no reload), as a person
 * would, with the pointer first moved off the map (onto the header's corner) so that nothing the
 * last test pointed at stays lit. Then waits a frame and the task after it, so the app has read
 * the new hash, and for the map to rest.
 */
export async function openShared(page: Page, hash: string): Promise<void> {
  const loaded = await page.evaluate(() => document.querySelector('[data-map-ready]') !== null);
  if (loaded && (await page.evaluate(() => location.hash)) === hash) return waitForMap(page);
  if (loaded) await page.mouse.move(1, 1);
  await page.goto(`/${hash}`);
  if (loaded) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  await waitForMap(page);
}

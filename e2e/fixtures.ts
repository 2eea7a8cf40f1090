/**
 * Every e2e test uses this `test`: it fails on any page error, console error, or request that
 * leaves the app's origin (such requests are also blocked, so nothing ever goes out). Pages a
 * test opens itself are guarded with `guard(page)`.
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

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const watch = (p: Page) => watchPage(p, baseURL, problems);
      await watch(page);
      await use({ problems, watch });
      expect(problems, 'page errors, console errors or off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
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

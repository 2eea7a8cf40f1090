/**
 * The lesson kit (issue 12): the build hosted from a school site's subfolder and opened as one
 * file from a USB stick; the share dialog; the image export.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

const DIST = resolve('dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** `dist/` served under `/school/atlas/` only: an absolute `/assets` or `/geo` path gets a 404. */
function serveSubfolder(prefix: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    let file = join(DIST, path.slice(prefix.length));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, url: `http://127.0.0.1:${port}${prefix}` });
    }),
  );
}

/** Errors, console errors and every request that is not to `allowed` (recorded, not blocked). */
function watchPage(page: Page, allowed: (url: URL) => boolean): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!allowed(new URL(r.url()))) problems.push(`request: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  return problems;
}

async function expectMapWithArcs(page: Page) {
  await waitForMap(page);
  await expect(page.locator('[data-arc]').first()).toBeAttached();
  expect(await page.locator('[data-arc]').count()).toBeGreaterThan(0);
}

test.describe('hosting anywhere', () => {
  test('the build runs from a subfolder of a site', async ({ browser }) => {
    const { server, url } = await serveSubfolder('/school/atlas/');
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const origin = new URL(url).origin;
      const problems = watchPage(
        page,
        (u) =>
          (u.origin === origin && u.pathname.startsWith('/school/atlas/')) ||
          u.protocol === 'data:' ||
          u.protocol === 'blob:',
      );
      await page.goto(url);
      await expectMapWithArcs(page);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      server.close();
    }
  });

  test('dist/bilateral-atlas.html opens from file:// with no server and no network', async ({
    browser,
  }) => {
    const file = resolve(DIST, 'bilateral-atlas.html');
    expect(existsSync(file), 'npm run build writes dist/bilateral-atlas.html').toBe(true);
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    const problems = watchPage(page, (u) => ['file:', 'data:', 'blob:'].includes(u.protocol));
    await page.goto(pathToFileURL(file).href);
    await expectMapWithArcs(page);
    // The panels and the tour are there too.
    await expect(page.getByRole('complementary').or(page.locator('aside')).first()).toBeVisible();
    expect(problems).toEqual([]);
    await context.close();
  });
});

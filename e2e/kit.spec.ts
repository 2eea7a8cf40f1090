/**
 * The lesson kit (issue 12): the build hosted from a school site's subfolder and opened as one
 * file from a USB stick; the share dialog; the image export.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, headerTool, test } from './fixtures';

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

/** As `waitForMap`, with room for a loaded shared machine (these pages start the map cold). */
async function waitForMap(page: Page) {
  await expect(page.locator('[data-map-ready="true"]')).toBeAttached({ timeout: 90_000 });
}

async function expectMapWithArcs(page: Page) {
  await waitForMap(page);
  await expect(page.locator('[data-arc]').first()).toBeAttached();
  expect(await page.locator('[data-arc]').count()).toBeGreaterThan(0);
}

test.describe('hosting anywhere', () => {
  test('the build runs from a subfolder of a site', async ({ browser }) => {
    test.setTimeout(180_000);
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
    test.setTimeout(180_000);
    const file = resolve(DIST, 'bilateral-atlas.html');
    expect(existsSync(file), 'npm run build writes dist/bilateral-atlas.html').toBe(true);
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    const problems = watchPage(page, (u) => ['file:', 'data:', 'blob:'].includes(u.protocol));
    await page.goto(`${pathToFileURL(file).href}#lang=en`);
    await expectMapWithArcs(page);
    // The panels and the tour are there too; the notes window (a second page) is not offered.
    await expect(page.getByRole('complementary').or(page.locator('aside')).first()).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.getByTestId('presentation')).toBeVisible();
    await expect(page.getByTestId('tour-counter')).toHaveText(/^1 \/ \d+$/);
    await expect(page.getByTestId('tour-caption')).not.toBeEmpty();
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('tour-counter')).toHaveText(/^2 \/ \d+$/);
    await expect(page.getByRole('button', { name: 'Speaker notes' })).toHaveCount(0);
    await expectMapWithArcs(page);
    // Share: a file:// link opens on this computer only, so no QR code for phones, and says why.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation')).toBeHidden();
    await (await headerTool(page, { testId: 'share-button' })).click();
    await expect(page.getByTestId('share-qr-file')).toBeVisible();
    await expect(page.getByTestId('share-qr')).toHaveCount(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

test.describe('share', () => {
  test('Copy link puts the exact view in the clipboard and draws its QR code', async ({
    page,
    context,
    baseURL,
  }, testInfo) => {
    test.setTimeout(180_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? 'http://127.0.0.1:4173/').origin,
    });
    await page.goto('./#country=JPN&lang=en');
    await waitForMap(page);
    const button = await headerTool(page, { testId: 'share-button' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog).toBeVisible();
    const url = await page.evaluate(() => location.href);
    expect(url).toContain('country=JPN');
    await expect(page.getByTestId('share-link')).toHaveValue(url);
    // The QR code is drawn here: a matrix of modules, nothing fetched.
    const qr = page.getByTestId('share-qr');
    await expect(qr).toBeVisible();
    expect(Number(await qr.getAttribute('data-modules'))).toBeGreaterThanOrEqual(21);
    expect((await qr.locator('path').getAttribute('d'))?.length).toBeGreaterThan(100);
    await expect(page.getByTestId('share-embed')).toHaveValue(
      new RegExp(
        `^<iframe src="${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/&/g, '&amp;')}" title="Bilateral Atlas"`,
      ),
    );
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByTestId('share-status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await page.screenshot({ path: testInfo.outputPath('share-dialog.png') });
    // Esc closes it and focus goes back to the button; where the button sits in the header's
    // "More" menu, the menu closes with its dialog and focus goes to the menu's own button.
    const banner = page.locator('header[data-header-mode]');
    const inMenu = (await banner.getAttribute('data-header-mode')) !== 'full';
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(
      inMenu ? banner.getByRole('button', { name: /^(More|その他)$/ }) : button,
    ).toBeFocused();
  });
});

interface Boxes {
  title: { x: number; y: number; width: number; height: number };
  asOf: { x: number; y: number; width: number; height: number };
  legend: { x: number; y: number; width: number; height: number };
  credits: { x: number; y: number; width: number; height: number };
}

async function exportFile(page: Page, testId: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await download.path();
  const boxes = JSON.parse(
    (await page.getByTestId('export-status').getAttribute('data-boxes')) ?? 'null',
  ) as Boxes;
  return { name: download.suggestedFilename(), path, boxes };
}

test.describe('image for slides', () => {
  test('PNG at 1920×1080 with the legend and the date drawn, and the same view as SVG', async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    const { PNG } = await import('pngjs');
    const { readFileSync, copyFileSync } = await import('node:fs');
    await page.goto('./#date=2022-06-30&lang=en');
    await waitForMap(page);
    await (await headerTool(page, { testId: 'share-button' })).click();
    await expect(page.getByTestId('export-section')).toBeVisible();

    const png = await exportFile(page, 'export-png-slide');
    expect(png.name).toMatch(/^bilateral-atlas_overview_2022-06-30_1920x1080\.png$/);
    copyFileSync(png.path, testInfo.outputPath('slide.png'));
    const image = PNG.sync.read(readFileSync(png.path));
    expect([image.width, image.height]).toEqual([1920, 1080]);
    const pixel = (x: number, y: number) => {
      const i = (Math.round(y) * image.width + Math.round(x)) * 4;
      return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
    };
    const count = (
      box: Boxes['legend'],
      test: (rgb: number[]) => boolean,
    ): { hits: number; total: number } => {
      let hits = 0;
      let total = 0;
      for (let y = box.y + 2; y < box.y + box.height - 2; y += 2)
        for (let x = box.x + 2; x < box.x + box.width - 2; x += 2) {
          total++;
          if (test(pixel(x, y))) hits++;
        }
      return { hits, total };
    };
    const dark = (rgb: number[]) => rgb.every((c) => c < 90);
    const paper = (rgb: number[]) => rgb.every((c) => c > 235);
    // The trade colour #0072B2 of the legend's width samples.
    const trade = ([r, g, b]: number[]) =>
      Math.abs(r! - 0x00) < 40 && Math.abs(g! - 0x72) < 40 && Math.abs(b! - 0xb2) < 40;
    const legend = count(png.boxes.legend, (p) => p.length > 0);
    expect(count(png.boxes.legend, paper).hits / legend.total).toBeGreaterThan(0.5);
    expect(count(png.boxes.legend, dark).hits).toBeGreaterThan(50);
    expect(count(png.boxes.legend, trade).hits).toBeGreaterThan(20);
    // The date line has its text drawn on the title panel.
    expect(count(png.boxes.asOf, dark).hits).toBeGreaterThan(30);
    expect(count(png.boxes.credits, dark).hits).toBeGreaterThan(30);

    const twice = await exportFile(page, 'export-png-screen');
    copyFileSync(twice.path, testInfo.outputPath('screen-2x.png'));
    const area = await page.locator('[data-map-ready]').boundingBox();
    const big = PNG.sync.read(readFileSync(twice.path));
    expect([big.width, big.height]).toEqual([
      Math.round(area!.width * 2),
      Math.round(area!.height * 2),
    ]);

    const svg = await exportFile(page, 'export-svg');
    expect(svg.name).toBe('bilateral-atlas_overview_2022-06-30.svg');
    const text = readFileSync(svg.path, 'utf8');
    const arcsOnMap = await page.locator('[data-arc]').count();
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        arcs: doc.querySelectorAll('path[data-arc]').length,
        ids: new Set(
          [...doc.querySelectorAll('path[data-arc]')].map((p) => p.getAttribute('data-arc')),
        ).size,
        countries: doc.querySelectorAll('path[data-country]').length,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(arcsOnMap).toBeGreaterThan(0);
    expect(parsed.arcs).toBe(arcsOnMap);
    expect(parsed.ids).toBe(arcsOnMap);
    expect(parsed.countries).toBeGreaterThan(100);
    expect(parsed.texts).toContain('Legend');
    expect(parsed.texts.some((t) => t?.includes('As of'))).toBe(true);
  });

  const wide = [
    {
      name: 'a view wider than the slide keeps every linked country whole and clear of the panels',
      // Zoomed out on the whole world with Kazakhstan selected: its links reach the USA and Korea.
      hash: '#map=1.2/49.7/1.6&country=KAZ&lang=en',
      tours: false,
      names: ['Kazakhstan', 'United States', 'Russia', 'South Korea', 'China'],
    },
    {
      // A world view framed beside the open tour editor (as leaving a presentation leaves it):
      // the map shows the world twice, the part beside the editor once. The image is that part.
      name: 'the image is the part of the map beside the tour editor, not what lies under it',
      hash: '#map=0.3/0/-131.6&country=KAZ&lang=en',
      tours: true,
      names: ['Kazakhstan', 'Russia', 'South Korea', 'China'],
    },
  ];
  for (const { name, hash, tours, names } of wide) {
    test(name, async ({ page }) => {
      test.setTimeout(240_000);
      const { readFileSync } = await import('node:fs');
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`./${hash}`);
      await waitForMap(page);
      if (tours) {
        await (await headerTool(page, { testId: 'tours-button' })).click();
        await expect(page.getByTestId('tours-panel')).toBeVisible();
        // The editor lies over the map's left side and the camera stays where the link put it.
        await expect(page.locator('[data-camera-resting="true"]')).toBeAttached();
        expect(await page.evaluate(() => location.hash)).toContain('map=0.3/0/-131.6');
      }
      await (await headerTool(page, { testId: 'share-button' })).click();
      await expect(page.getByTestId('export-section')).toBeVisible();
      const svg = await exportFile(page, 'export-svg');
      const labels = await page.evaluate(
        (source) => {
          const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
          return [...doc.querySelectorAll('text')].map((t) => ({
            text: t.textContent ?? '',
            x: Number(t.getAttribute('x')),
            y: Number(t.getAttribute('y')),
          }));
        },
        readFileSync(svg.path, 'utf8'),
      );
      const inside = (p: { x: number; y: number }, b: Boxes['legend']) =>
        p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
      // The focus stays in the dialog after a PNG's download (the longer one): Esc closes the
      // dialog and keeps the selection.
      await exportFile(page, 'export-png-slide');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('export-section')).toBeHidden();
      expect(await page.evaluate(() => location.hash)).toContain('country=KAZ');
      for (const country of names) {
        // The title names the selection too: the map's labels are the others. A label centred
        // past the slide's edge (the next world's, cut) is not one the slide shows.
        const onSlide = (l: { x: number }) => l.x > 0 && l.x < 1920;
        const found = labels.filter(
          (l) => l.text === country && !inside(l, svg.boxes.title) && onSlide(l),
        );
        // Once: the world is not repeated beside the legend.
        expect(found, country).toHaveLength(1);
        const at = found[0]!;
        for (const panel of ['legend', 'credits'] as const)
          expect(inside(at, svg.boxes[panel]), `${country} under the ${panel}`).toBe(false);
      }
    });
  }
});

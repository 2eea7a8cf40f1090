import type { Page } from '@playwright/test';
import { expect, headerTool, test } from './fixtures';

/** As `waitForMap`, with room for a shared machine under load (each test starts the map cold). */
async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-map-ready="true"][data-camera-resting="true"]') !== null,
    null,
    { timeout: 120_000 },
  );
}

/**
 * The printed handout (issue 12, part 3): print emulation at A4 portrait and landscape puts every
 * country the view links inside the page; the app's chrome is not printed; a tour prints one step
 * per half page; the same in Japanese and English.
 */

/** A4 less the 12 mm margins of print.css, in CSS pixels (96 per inch). */
const MM = 96 / 25.4;
const A4 = {
  portrait: { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 24) * MM) },
  landscape: { width: Math.floor((297 - 24) * MM), height: Math.floor((210 - 24) * MM) },
};

async function openHandout(page: Page, hash: string) {
  await page.goto(`./${hash}`);
  await waitForMap(page);
  await (await headerTool(page, { testId: 'print-handout' })).click();
  const handout = page.getByTestId('handout');
  await expect(handout).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  return handout;
}

/**
 * Every linked country's shapes on the printed page 1 that reach into the map (a copy of the
 * world left or right of the frame is clipped away by the SVG and not printed), and the map's box.
 */
async function linkedBoxes(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('[data-testid="handout-map"]')!;
    const svg = map.querySelector('svg')!.getBoundingClientRect();
    const shown = (r: DOMRect) =>
      r.right > svg.left && r.left < svg.right && r.bottom > svg.top && r.top < svg.bottom;
    return {
      svg: { left: svg.left, top: svg.top, right: svg.right, bottom: svg.bottom },
      linked: (map.getAttribute('data-linked') ?? '').split(' ').filter(Boolean),
      boxes: [...map.querySelectorAll('path[data-linked]')].flatMap((p) => {
        const r = p.getBoundingClientRect();
        if (!shown(r)) return [];
        const iso3 = p.getAttribute('data-country');
        return [{ iso3, left: r.left, top: r.top, right: r.right, bottom: r.bottom }];
      }),
      appShown: [...document.body.children].some(
        (el) =>
          !el.classList.contains('handout-host') &&
          el.tagName !== 'SCRIPT' &&
          getComputedStyle(el).display !== 'none',
      ),
    };
  });
}

test.describe('printed handout', () => {
  for (const [hash, name] of [
    ['#lang=en', 'overview-en'],
    ['#country=KOR&lang=en', 'korea-en'],
    ['#link=KAZ-RUS&lang=ja', 'kaz-rus-ja'],
  ] as const) {
    test(`A4 portrait and landscape keep every linked country on page 1 (${name})`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(240_000);
      await openHandout(page, hash);
      await page.emulateMedia({ media: 'print' });
      for (const [orientation, size] of Object.entries(A4)) {
        await page.setViewportSize(size);
        const { svg, linked, boxes, appShown } = await linkedBoxes(page);
        expect(appShown, 'only the handout is printed').toBe(false);
        expect(linked.length, 'the view links countries').toBeGreaterThan(1);
        // The map is on the page, and every linked country has one whole copy on the map (a
        // copy of the world beside it may show a piece of it too, as the screen does).
        expect(svg.left).toBeGreaterThanOrEqual(0);
        expect(svg.top).toBeGreaterThanOrEqual(0);
        expect(svg.right).toBeLessThanOrEqual(size.width);
        expect(svg.bottom).toBeLessThanOrEqual(size.height);
        const inside = (b: (typeof boxes)[number]) =>
          b.left >= svg.left - 0.5 &&
          b.top >= svg.top - 0.5 &&
          b.right <= svg.right + 0.5 &&
          b.bottom <= svg.bottom + 0.5;
        const whole = new Set(boxes.filter(inside).map((b) => b.iso3));
        for (const iso3 of linked)
          expect(whole.has(iso3), `${iso3} whole, ${orientation}`).toBe(true);
        await page.screenshot({ path: testInfo.outputPath(`page1-${orientation}.png`) });
      }
      // A real PDF in both orientations (Chromium lays the pages out itself).
      for (const landscape of [false, true]) {
        const pdf = await page.pdf({ format: 'A4', landscape, printBackground: true });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        expect(pages, `A4 ${landscape ? 'landscape' : 'portrait'} pages`).toBeGreaterThanOrEqual(2);
      }
    });
  }

  test('the relations, figures, quotes and credits follow the map; Esc closes', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const handout = await openHandout(page, '#country=KAZ&lang=en');
    const relations = handout.locator('article.relation');
    expect(await relations.count()).toBeGreaterThan(0);
    await expect(handout).toContainText('Relations in this view');
    await expect(handout.locator('blockquote').first()).not.toBeEmpty();
    await expect(handout).toContainText('Documents and credits');
    await expect(handout).toContainText('Natural Earth');
    await page.keyboard.press('Escape');
    await expect(handout).toHaveCount(0);
    // Back on the button, or on "More" where the button sits in the menu the same Esc closed.
    await expect(
      page.locator('[data-testid="print-handout"], .bar .more').filter({ visible: true }),
    ).toBeFocused();
  });

  for (const lang of ['ja', 'en'] as const) {
    test(`a tour prints one step per half page (${lang})`, async ({ page }, testInfo) => {
      test.setTimeout(240_000);
      const handout = await openHandout(page, `#lang=${lang}`);
      await handout.getByTestId('handout-tour').click();
      await expect(handout).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
      const steps = handout.getByTestId('handout-step');
      expect(await steps.count()).toBeGreaterThan(2);
      await expect(steps.first().locator('svg path[data-country]').first()).toBeAttached();
      await page.emulateMedia({ media: 'print' });
      for (const [orientation, size] of Object.entries(A4)) {
        await page.setViewportSize(size);
        const heights = await steps.evaluateAll((els) =>
          els.map((el) => el.getBoundingClientRect().height),
        );
        for (const h of heights) expect(h, orientation).toBeLessThanOrEqual(size.height / 2);
        await page.screenshot({
          path: testInfo.outputPath(`tour-${orientation}.png`),
          fullPage: false,
        });
      }
    });
  }
});

import { expect, openShared, test, waitForMap, type Page } from './fixtures';
import { arcPoint, hoverArc, leaveArcs, reachArc, reachableArcPoint } from './arcs-helpers';
import { ARC_IDS } from './atlas-data';
import { pagePoint } from './camera';
import { colorsAt, distance, hex } from './pixels';

async function arcIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-arc]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-arc') ?? ''));
}

/** A point inside a country where the canvas (not an arc) is under the pointer. */
async function freePointIn(page: Page, candidates: [number, number][]): Promise<[number, number]> {
  for (const [lng, lat] of candidates) {
    const [x, y] = await pagePoint(page, lng, lat);
    const onCanvas = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px, py)?.tagName === 'CANVAS',
      [x, y] as const,
    );
    if (onCanvas) return [x, y];
  }
  throw new Error('every candidate point is covered by something other than the map');
}

// Wide enough that every arc, even one to the Americas, has a point on screen.
const WIDE = '#map=1.6/40/40&lang=en';

test.describe('arcs', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/${WIDE}`);
    await waitForMap(page);
  });

  test('every arc is painted in its colour under the overlay, and the others dim around a hovered one', async ({
    page,
  }) => {
    await page.goto('/#map=3.2/46/85&lang=en');
    await waitForMap(page);
    // The widest arc, at a point of its centre line where no other arc passes.
    const { id, color } = await page.locator('[data-arc]').evaluateAll((els) => {
      const widest = els.sort(
        (a, b) => Number(b.getAttribute('data-width')) - Number(a.getAttribute('data-width')),
      )[0]!;
      return {
        id: widest.getAttribute('data-arc')!,
        color: widest.querySelector('path.line')!.getAttribute('stroke')!,
      };
    });
    let at: [number, number] | null = null;
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = await arcPoint(page, id, t);
      const alone = await page.evaluate(
        ([x, y, arc]) => {
          const hits = document.elementsFromPoint(x, y);
          const arcs = new Set(
            hits.map((el) => el.closest('[data-arc]')?.getAttribute('data-arc')),
          );
          arcs.delete(undefined);
          arcs.delete(null);
          const box = document.querySelector('.map-area')!.getBoundingClientRect();
          const inside =
            x > box.left + 20 && x < box.right - 20 && y > box.top + 20 && y < box.bottom - 20;
          return (
            inside &&
            arcs.size === 1 &&
            arcs.has(arc) &&
            !document.querySelector('.legend')?.contains(hits[0]!)
          );
        },
        [p[0], p[1], id] as const,
      );
      if (alone) {
        at = p;
        break;
      }
    }
    expect(at, 'a point of the widest arc with no other arc over it').not.toBeNull();
    // At rest and unlit, the SVG overlay paints nothing of the arc: the pixel is the arc canvas'.
    const painted = await page
      .locator(`[data-arc="${id}"] path.line`)
      .evaluate((el) => getComputedStyle(el).display);
    expect(painted).toBe('none');
    const [full] = await colorsAt(page, [at!]);
    expect(distance(full!, hex(color)), `arc ${id} drawn as ${full}`).toBeLessThan(30);

    // Hovering another arc dims this one (the canvas repaints it faded). One reachable without
    // moving the camera, so the point above stays on the arc.
    let reached = false;
    for (const other of (await arcIds(page)).filter((a) => a !== id)) {
      const p = await reachableArcPoint(page, other).catch(() => null);
      if (!p) continue;
      await page.mouse.move(p[0] - 20, p[1] - 20);
      await page.mouse.move(p[0], p[1], { steps: 4 });
      reached = true;
      break;
    }
    expect(reached, 'another arc to point at').toBe(true);
    await expect(page.locator(`[data-arc="${id}"]`)).toHaveClass(/\bdim\b/);
    // The canvas repaints on the next frame: poll what is drawn rather than sleep.
    await expect
      .poll(async () => distance((await colorsAt(page, [at!]))[0]!, hex(color)))
      .toBeGreaterThan(60);
  });

  test('clicking a country on the map opens its panel; back and forward restore the selection', async ({
    page,
  }) => {
    const [x, y] = await freePointIn(page, [
      [62, 47],
      [58, 49],
      [66, 50.5],
      [75, 47],
      [54, 45],
    ]);
    await page.mouse.click(x, y);
    await expect(page.getByTestId('panel').locator('h2')).toHaveText('Kazakhstan');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('country=KAZ');
    await page.goBack();
    await expect(page.getByTestId('panel').locator('h2')).toHaveText(/Countries/);
    await page.goForward();
    await expect(page.getByTestId('panel').locator('h2')).toHaveText('Kazakhstan');
  });
});

test.describe('keyboard and screen reader', () => {
  test('every arc is reachable by keyboard, reads as a sentence, and Enter opens it', async ({
    shared: page,
  }) => {
    await openShared(page, '#map=3.2/46/85&lang=en');
    const first = page.locator('[data-arc]').first();
    await first.focus();
    await expect(first).toBeFocused();
    await expect(page.getByTestId('tooltip')).toBeVisible();
    const count = await page.locator('[data-arc]').count();
    const seen = new Set<string>();
    // One walk, not one test per arc: what is tested is the order of the whole sequence.
    for (let i = 0; i < count; i++) {
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-arc'));
      seen.add(id!);
      await page.keyboard.press('ArrowRight');
    }
    expect(seen.size).toBe(count);
    const label = await page.locator(':focus').getAttribute('aria-label');
    expect(label).toMatch(/^.+ [–→] .+: .+/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('panel').locator('h2')).toContainText(/–/);
    await expect(page.locator('#panel-title')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('panel').locator('h2')).toHaveText(/Countries/);
  });

  test('countries are reachable from the panel list with the keyboard alone', async ({
    shared: page,
  }) => {
    await openShared(page, '#lang=en');
    const button = page.getByTestId('panel').locator('button[data-country]').first();
    await button.focus();
    const name = (await button.textContent())!.trim();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('panel').locator('h2')).toHaveText(name);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('panel').locator('h2')).toHaveText(/Countries/);
  });
});

/**
 * Tests that read or hover the wide view run on the worker's shared page (fixtures.ts), loaded
 * once: a cold load of the app costs more than such a test. One test per arc the map draws (ids
 * read from the data at collection time): a failure names its arc, and a busy machine spends one
 * test's timeout per arc, not per 16 arcs. Each test leaves the page as it found it (nothing
 * selected, the pointer off the arcs); after one that zoomed in to reach a short arc, or another
 * test on the shared page, the next goes back to the wide view by its link, as a person would,
 * without a reload.
 */
test.describe('arcs', () => {
  test.beforeEach(async ({ shared }) => {
    await openShared(shared, WIDE);
  });

  test('the hit area is at least 10 px wide even for a thin arc', async ({ shared: page }) => {
    const thinnest = await page.locator('[data-arc]').evaluateAll(
      (els) =>
        els
          .map((el) => ({
            id: el.getAttribute('data-arc')!,
            w: Number(el.getAttribute('data-width')),
          }))
          .sort((a, b) => a.w - b.w)[0]!,
    );
    expect(thinnest.w).toBeLessThan(10);
    const [x0, y0] = await arcPoint(page, thinnest.id, 0.49);
    const [x1, y1] = await arcPoint(page, thinnest.id, 0.51);
    const len = Math.hypot(x1 - x0, y1 - y0);
    const [nx, ny] = [-(y1 - y0) / len, (x1 - x0) / len];
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
    // 5 px to either side of the centre line, the arc's own hit path is under the pointer.
    for (const d of [-5, 5]) {
      const ids = await page.evaluate(
        ([px, py]) =>
          document
            .elementsFromPoint(px, py)
            .map((el) => el.closest('[data-arc]')?.getAttribute('data-arc'))
            .filter(Boolean),
        [cx + nx * d, cy + ny * d] as const,
      );
      expect(ids, `offset ${d}px`).toContain(thinnest.id);
    }
  });

  test('widths follow trade values: the order is kept, the smallest stays visible', async ({
    shared: page,
  }) => {
    const sized = await page.locator('[data-arc]').evaluateAll((els) =>
      els
        .filter((el) => el.getAttribute('data-value'))
        .map((el) => ({
          value: Number(el.getAttribute('data-value')),
          width: Number(el.getAttribute('data-width')),
        })),
    );
    expect(sized.length).toBeGreaterThanOrEqual(3);
    sized.sort((a, b) => a.value - b.value);
    for (let i = 1; i < sized.length; i++) {
      // Flows under the scale's floor all share the minimum width ("under $X" in the legend).
      if (sized[i]!.value > sized[i - 1]!.value && sized[i]!.width > 2)
        expect(sized[i]!.width).toBeGreaterThan(sized[i - 1]!.width);
      else expect(sized[i]!.width).toBeGreaterThanOrEqual(sized[i - 1]!.width);
    }
    expect(sized[0]!.width).toBeGreaterThanOrEqual(2);
    expect(sized[sized.length - 1]!.width).toBeLessThanOrEqual(20);
  });

  test('clicking an arc opens its link panel; Esc closes it', async ({ shared: page }) => {
    const ids = await arcIds(page);
    const id = ids[0]!;
    const [x, y] = await reachArc(page, id);
    await page.mouse.click(x, y);
    const link = await page.locator(`[data-arc="${id}"]`).getAttribute('data-link');
    expect(await page.evaluate(() => location.hash)).toContain(`link=${link}`);
    await expect(page.getByTestId('panel').locator('h2')).toContainText('–');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('panel').locator('h2')).toHaveText(/Countries/);
    expect(await page.evaluate(() => location.hash)).not.toContain('link=');
  });

  for (const id of ARC_IDS) {
    test(`hovering arc ${id} highlights it, dims the others and shows a sourced tooltip`, async ({
      shared: page,
    }) => {
      await expect(page.locator('[data-arc].dim')).toHaveCount(0);
      const arc = page.locator(`[data-arc="${id}"]`);
      await expect(arc).toHaveCount(1);
      const total = await page.locator('[data-arc]').count();
      await hoverArc(page, id);
      const tooltip = page.getByTestId('tooltip');
      await expect(tooltip, id).toBeVisible();
      const label = (await arc.getAttribute('aria-label')) ?? '';
      const [a, b] = label.split(/ [–→] |: /);
      await expect(tooltip).toContainText(a!);
      await expect(tooltip).toContainText(b!);
      if (await page.locator(`[data-arc="${id}"][data-value]:not([data-value=""])`).count()) {
        await expect(tooltip).toContainText(/\$[\d.,]+[KMB]?/);
        await expect(tooltip).toContainText(/Source: /);
      }
      await expect(arc).not.toHaveClass(/\bdim\b/);
      // Nothing is selected, so every other arc dims.
      await expect(page.locator('[data-arc].dim')).toHaveCount(total - 1);
      await leaveArcs(page);
      await expect(tooltip).toBeHidden();
      await expect(page.locator('[data-arc].dim')).toHaveCount(0);
    });
  }
});

test.describe('URL state', () => {
  test('a shared link reproduces the selection', async ({ page }) => {
    await page.goto('/#map=4/45/70&country=KAZ&lang=en');
    await waitForMap(page);
    await expect(page.getByTestId('panel').locator('h2')).toHaveText('Kazakhstan');
  });

  test('a shared link opens at its own camera, even where the selection reaches beyond it', async ({
    page,
  }) => {
    // A close-up of the peninsula with North Korea selected: its partners (Russia, Ukraine…)
    // lie outside, and a click on North Korea would frame them; the shared view does not move.
    await page.goto('/#map=4.6/38.6/127.4&country=PRK&lang=en');
    await waitForMap(page);
    await expect(page.getByTestId('panel').locator('h2')).toHaveText('North Korea');
    await expect(page.locator('[data-camera-resting="true"]')).toBeVisible();
    expect(await page.evaluate(() => location.hash)).toBe(
      '#map=4.6/38.6/127.4&country=PRK&lang=en',
    );
    // A selection made afterwards frames its partners as before.
    await page.getByTestId('panel').getByRole('button', { name: 'North Korea – Ukraine' }).click();
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .not.toMatch(/^#map=4\.6\/38\.6\/127\.4&/);
  });

  // On the worker's shared page, as the suite once did in one test: each value is a link followed
  // from a loaded app (its own test, so a failure names the value).
  for (const hash of [
    '#country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '#map=abc&country=ZZZ',
    '#date=99999-99&tour=-4&link=%22%3E%3Cscript%3E',
    '#lang=xx&country=',
  ]) {
    test(`malformed values are ignored: ${hash}`, async ({ shared: page }) => {
      await openShared(page, '#map=4/45/70&country=KAZ&lang=en');
      await expect(page.getByTestId('panel').locator('h2')).toHaveText('Kazakhstan');
      await openShared(page, hash);
      await expect(page.getByTestId('panel').locator('h2')).toBeVisible();
    });
  }
});

test.describe('document reader', () => {
  test('opens the full document scrolled to the highlighted quote, and closes with Esc', async ({
    shared: page,
  }) => {
    await openShared(page, '#map=4/45/70&country=KAZ&lang=en');
    // Quotes are grouped by document; the group's button opens it at its first quote.
    const group = page.getByTestId('panel').locator('section[data-doc]:visible').first();
    const quote = group.locator('[data-quote]').first();
    const quoteText = (await quote.locator('mark').textContent())!;
    await group.getByRole('button', { name: /Open the full document/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const current = dialog.locator('mark.current');
    await expect(current).toBeInViewport();
    await expect(current).toContainText(quoteText);
    expect(await dialog.locator('mark').count()).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

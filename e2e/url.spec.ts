import { expect, test, waitForMap, type Page } from './fixtures';
import { pagePoint, parseCamera } from './camera';

/**
 * The URL as a hostile or careless person edits it: the app reads `map=` itself, so no camera
 * can break the map or hide the arcs, and the address bar is rewritten to what is on screen.
 */

const hash = (page: Page) => page.evaluate(() => location.hash);

/** A `map=` the app would write itself: plain decimals, in range, flat and north up. */
function validCamera(h: string): boolean {
  const m = /(?:^#|&)map=(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)(?:&|$)/.exec(h);
  if (!m) return false;
  const [zoom, lat, lng] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return zoom >= 1 && zoom <= 9 && Math.abs(lat) <= 85.06 && Math.abs(lng) <= 180;
}

/** The arcs' union box on the page, or null when none is drawn. */
async function arcsBox(page: Page) {
  return page.locator('[data-arc] path.hit').evaluateAll((paths) => {
    const boxes = paths.map((p) => p.getBoundingClientRect()).filter((r) => r.width + r.height > 0);
    if (boxes.length === 0) return null;
    return {
      left: Math.min(...boxes.map((b) => b.left)),
      right: Math.max(...boxes.map((b) => b.right)),
      top: Math.min(...boxes.map((b) => b.top)),
      bottom: Math.max(...boxes.map((b) => b.bottom)),
    };
  });
}

/** How many arcs cross the visible map. */
async function arcsInView(page: Page): Promise<number> {
  return page.locator('[data-arc] path.hit').evaluateAll((paths) => {
    const map = document.querySelector('[data-testid="map"]')!.getBoundingClientRect();
    return paths.filter((p) => {
      const r = p.getBoundingClientRect();
      return (
        r.width + r.height > 0 &&
        r.right > map.left &&
        r.left < map.right &&
        r.bottom > map.top &&
        r.top < map.bottom
      );
    }).length;
  });
}

/**
 * The arcs are drawn where the URL's camera puts Central Asia (their middle): not blank, not
 * thrown a million pixels away by a pitch. Kazakhstan is in most links of the documents.
 */
async function expectArcsAtCamera(page: Page) {
  await expect.poll(() => arcsBox(page)).not.toBeNull();
  const [x, y] = await pagePoint(page, 67, 48);
  const box = (await arcsBox(page))!;
  const margin = 400;
  expect(x).toBeGreaterThan(box.left - margin);
  expect(x).toBeLessThan(box.right + margin);
  expect(y).toBeGreaterThan(box.top - margin);
  expect(y).toBeLessThan(box.bottom + margin);
}

/** Back to a view of the documents' region (by hashchange) shows arcs on screen. */
async function expectArcsVisibleAfterMove(page: Page) {
  await page.evaluate(() => (location.hash = '#map=3/45/75&lang=en'));
  await expect.poll(() => hash(page)).toMatch(/^#map=3\/45\/75&lang=en$/);
  await expect.poll(() => arcsInView(page)).toBeGreaterThan(0);
}

const HOSTILE = ['map=3/0/1e308', 'map=2/0/1e10', 'map=3/45/80/0/60'];

test.describe('a hostile camera in the URL', () => {
  for (const bad of HOSTILE) {
    test(`by load: #${bad} shows the map with its arcs and a valid URL`, async ({ page }) => {
      await page.goto(`/#${bad}&lang=en`);
      await waitForMap(page);
      await expect.poll(() => hash(page).then(validCamera)).toBe(true);
      expect(await hash(page)).not.toContain(bad);
      await expectArcsAtCamera(page);
      await expectArcsVisibleAfterMove(page);
    });

    test(`by hashchange: #${bad} moves the map, keeps its arcs and a valid URL`, async ({
      page,
    }) => {
      await page.goto('/#map=3/45/70&lang=en');
      await waitForMap(page);
      await expect.poll(() => arcsInView(page)).toBeGreaterThan(0);
      await page.evaluate((h) => (location.hash = h), `#${bad}&lang=en`);
      await expect.poll(() => hash(page)).not.toContain(bad);
      await expect.poll(() => hash(page).then(validCamera)).toBe(true);
      await expect(page.locator('[data-map-ready="true"]')).toHaveCount(1);
      await expectArcsAtCamera(page);
      await expectArcsVisibleAfterMove(page);
    });
  }

  test('a pitched camera is written back flat, where it asked to be', async ({ page }) => {
    await page.goto('/#map=3/45/80/0/60&lang=en');
    await waitForMap(page);
    await expect.poll(() => hash(page)).toBe('#map=3/45/80&lang=en');
  });

  test('an invalid camera shows the start view and is rewritten', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/#map=3/0/Infinity&lang=en');
    await waitForMap(page);
    await expect.poll(() => hash(page).then(validCamera)).toBe(true);
    await expect.poll(() => arcsInView(page)).toBeGreaterThan(0);
    const start = parseCamera(await hash(page));
    await page.evaluate(() => (location.hash = '#map=4/45/75&lang=en'));
    await expect.poll(() => hash(page)).toBe('#map=4/45/75&lang=en');
    await page.evaluate(() => (location.hash = '#map=NaN/0/0&lang=en'));
    // The same start view as on load, once the camera rests there.
    await waitForMap(page);
    await expect.poll(async () => parseCamera(await hash(page))).toEqual(start);
  });
});

test.describe('a tidy URL', () => {
  test('a messy hash is tidied to what is on screen', async ({ page }) => {
    await page.goto('/#lang=en');
    await waitForMap(page);
    const link = await page.locator('[data-link]').first().getAttribute('data-link');
    expect(link).toBeTruthy();
    const junk = 'x'.repeat(20_000);
    await page.evaluate(
      (h) => (location.hash = h),
      `#foo=1&country=KAZ&country=ZZZ&lang=xx&lang=en&map=24/45/70&tour=abc&date=2021-02-30&link=${link}&junk=${junk}`,
    );
    await expect.poll(() => hash(page)).toBe(`#map=9/45/70&link=${link}&lang=en`);
    await expect(page.getByTestId('panel').locator('h2')).not.toHaveText('Kazakhstan');

    // The same by load, with the link named before the country: the country wins.
    await page.goto(`/#link=${link}&country=KAZ&country=KAZ&map=4/45/70&x=<script>&lang=en`);
    await waitForMap(page);
    await expect.poll(() => hash(page)).toBe('#map=4/45/70&country=KAZ&lang=en');
    await expect(page.getByTestId('panel').locator('h2')).toHaveText('Kazakhstan');
  });
});

test.describe('history', () => {
  test('one presentation adds one entry, and Back after Esc leaves it behind', async ({ page }) => {
    await page.goto('/#map=3/45/70&lang=en');
    await waitForMap(page);
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('p');
    const counter = page.getByTestId('tour-counter');
    await expect(counter).toHaveText(/^1 \/ \d+$/);
    const count = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? '')![1]);
    for (let step = 2; step <= Math.min(count, 15); step++) {
      await page.keyboard.press('PageDown');
      await expect(counter).toHaveText(`${step} / ${count}`);
      await expect.poll(() => hash(page)).toMatch(new RegExp(`[#&]tour=${step}(&|$)`));
    }
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 2);

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation')).toHaveCount(0);
    await expect.poll(() => hash(page)).not.toMatch(/[#&]tour=/);

    await page.goBack();
    await expect.poll(() => hash(page)).toMatch(/^#map=/);
    await expect.poll(() => hash(page)).not.toMatch(/[#&]tour=/);
    await expect(page.getByTestId('presentation')).toHaveCount(0);
    await expect(page.getByRole('banner')).toBeVisible();
  });

  test('a selection is one entry that Back undoes', async ({ page }) => {
    await page.goto('/#map=3/45/70&lang=en');
    await waitForMap(page);
    await page.getByTestId('panel').locator('button[data-country="KAZ"]').first().click();
    await expect.poll(() => hash(page)).toContain('country=KAZ');
    await page.goBack();
    await expect.poll(() => hash(page)).not.toContain('country=');
    await expect(page.getByTestId('panel').locator('h2')).not.toHaveText('Kazakhstan');
  });
});

test.describe('near the antimeridian', () => {
  // MapLibre repeats the world side by side; the arcs go on the copy nearest the view. On a
  // projector-wide map, the arcs' east end (the Koreas, 127° E) is in view from either side of 180°.
  test.use({ viewport: { width: 1920, height: 1080 } });
  for (const camera of ['3/45/180', '3/45/-170']) {
    test(`#map=${camera} draws the arcs on screen, by load and by hashchange`, async ({ page }) => {
      await page.goto(`/#map=${camera}&lang=en`);
      await waitForMap(page);
      await expect.poll(() => arcsInView(page)).toBeGreaterThan(0);
      await page.evaluate(() => (location.hash = '#map=3/45/75&lang=en'));
      await expect.poll(() => hash(page)).toBe('#map=3/45/75&lang=en');
      await expect.poll(() => arcsInView(page)).toBeGreaterThan(0);
      await page.evaluate((c) => (location.hash = `#map=${c}&lang=en`), camera);
      await expect.poll(() => hash(page)).toBe(`#map=${camera}&lang=en`);
      await expect.poll(() => arcsInView(page)).toBeGreaterThan(0);
    });
  }
});

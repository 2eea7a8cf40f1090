/**
 * The layout on the screens a school has: phones (portrait and landscape), a tablet, an old
 * 1024×768 projector, a laptop and full-HD and 720p projectors, in both languages. The map keeps
 * most of the screen, the header is one row whose every control stays reachable, an arc can be
 * tapped on touch screens and selects that link, the view refits when the map is resized, and the
 * timeline can be hit. Each region preset and tour step framing its countries in the free area is
 * checked per viewport in legibility-desk/-touch.spec.ts (legibility.ts).
 * Label points and regions come from the data (geo/out, data/*.yaml), as the app's own do.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type Page } from './fixtures';
import { pagePoint } from './camera';
import { reachableArcPoint } from './arcs-helpers';

type Bounds = [number, number, number, number];
const meta = JSON.parse(readFileSync('geo/out/countries-meta.json', 'utf8')) as Record<
  string,
  { label: [number, number] }
>;
const relations = parse(readFileSync('data/relations.yaml', 'utf8')) as {
  links: { a: string; b: string }[];
};
const regionsFile = parse(readFileSync('data/regions.yaml', 'utf8')) as {
  regions: { id: string; bounds: Bounds }[];
};
const linked = [...new Set(relations.links.flatMap((l) => [l.a, l.b]))].filter((c) => meta[c]);
const holdsAll = (r: { id: string; bounds: Bounds }) =>
  regionsFile.regions.every(
    (o) =>
      o.id === r.id ||
      (r.bounds[0] <= o.bounds[0] &&
        r.bounds[1] <= o.bounds[1] &&
        r.bounds[2] >= o.bounds[2] &&
        r.bounds[3] >= o.bounds[3]),
  );
// Six viewports, a new browser context each, software WebGL: give each test room on a slow machine.
test.describe.configure({ timeout: 240_000 });

/** The map is ready (style, geometry, arcs painted); software WebGL on a busy machine is slow. */
const waitForMap = (page: Page) =>
  expect(page.locator('[data-map-ready="true"]')).toHaveCount(1, { timeout: 120_000 });

const VIEWPORTS = [
  { width: 390, height: 844, touch: true },
  { width: 844, height: 390, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1024, height: 768, touch: false },
  { width: 1366, height: 768, touch: false },
  { width: 1280, height: 720, touch: false },
  { width: 1920, height: 1080, touch: false },
];

/** What the header shows: region buttons wholly in view, whether they scroll, the tools. */
function headerReach(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header')!;
    const nav = document.querySelector('header .regions')!;
    const navBox = nav.getBoundingClientRect();
    const buttons = [...nav.querySelectorAll('button')];
    const inView = buttons.filter((b) => {
      const r = b.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.left >= Math.max(0, navBox.left) - 1 &&
        r.right <= Math.min(innerWidth, navBox.right) + 1
      );
    });
    const shown = (el: Element | null) => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.left >= 0 &&
        r.right <= innerWidth &&
        getComputedStyle(el).visibility !== 'hidden'
      );
    };
    const tools = [...header.querySelectorAll('.tools > *')];
    return {
      height: header.getBoundingClientRect().height,
      regions: buttons.length,
      regionsInView: inView.length,
      regionsScroll:
        nav.scrollWidth > nav.clientWidth && getComputedStyle(nav).overflowX === 'auto',
      // Every tool in view, or a "More" button in view that holds them.
      toolsReachable: tools.every(shown) || shown(header.querySelector('.more')),
    };
  });
}

/** Countries whose label point is outside the map or under a box that covers it. */
async function covered(page: Page, isos: string[]): Promise<string[]> {
  const boxes = await page.evaluate(() => {
    const map = document.querySelector('.map-area')!.getBoundingClientRect().toJSON() as DOMRect;
    const over = [...document.querySelectorAll<HTMLElement>('[data-covers-map]')]
      .filter(
        (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
      )
      .map((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    return { map, over };
  });
  const bad: string[] = [];
  for (const iso of isos) {
    const [x, y] = await pagePoint(page, ...meta[iso]!.label);
    const m = boxes.map;
    const onMap = x >= m.left && x <= m.right && y >= m.top && y <= m.bottom;
    const under = boxes.over.some(
      (b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom,
    );
    if (!onMap || under) bad.push(iso);
  }
  return bad;
}

/**
 * A phone in portrait cannot show the ~225° of longitude that "All" spans: MapLibre keeps the world
 * at least as tall as the map, so the zoom cannot go low enough. There (`edgeTagsCount`), a country
 * left out of the frame must be named by an arc's edge tag instead.
 */
async function uncovered(page: Page, isos: string[], edgeTagsCount: boolean): Promise<string[]> {
  const bad = await covered(page, isos);
  if (!edgeTagsCount) return bad;
  const edges = (await page.locator('[data-edges]').getAttribute('data-edges')) ?? '';
  const tagged = new Set(edges.split(' ').map((e) => e.split(':')[0]));
  return bad.filter((iso) => !tagged.has(iso));
}

for (const vp of VIEWPORTS) {
  for (const lang of ['ja', 'en'] as const) {
    test(`${vp.width}×${vp.height} ${lang}: the map's share, and a header of one row with every control reachable`, async ({
      browser,
      baseURL,
      guard,
    }) => {
      const context = await browser.newContext({
        viewport: { width: vp.width, height: vp.height },
        hasTouch: vp.touch,
        isMobile: vp.touch,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await guard.watch(page);
      await page.goto(`${baseURL}#lang=${lang}`);
      await waitForMap(page);

      // Nothing sideways; the header is one row; the phone in portrait keeps most of the map.
      const sizes = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        header: document.querySelector('header')!.getBoundingClientRect().height,
        map: document.querySelector('.map-area')!.getBoundingClientRect().toJSON() as DOMRect,
      }));
      expect(sizes.scroll).toBeLessThanOrEqual(vp.width);
      expect(sizes.header).toBeLessThan(vp.touch ? 64 : 60);
      expect(sizes.map.width).toBeGreaterThan(vp.width * 0.5);
      if (vp.width === 390) {
        expect(
          (sizes.map.width * sizes.map.height) / (vp.width * vp.height),
        ).toBeGreaterThanOrEqual(0.55);
      }

      // Every control stays reachable: on screens from 1024 px the regions and the tools (or the
      // "More" button that holds them) are all in view; narrower, the regions may scroll.
      const header = await headerReach(page);
      if (vp.width >= 1024) expect(header.regionsInView).toBe(header.regions);
      else expect(header.regionsInView === header.regions || header.regionsScroll).toBe(true);
      expect(header.toolsReachable).toBe(true);
      // Two more tools (as "Add an article" and "Tours" will be): still one row, all reachable.
      await page.evaluate((lang) => {
        const tools = document.querySelector('header .tools')!;
        for (const name of lang === 'ja' ? ['記事を追加', 'ツアー'] : ['Add an article', 'Tours']) {
          const b = document.createElement('button');
          b.textContent = name;
          b.dataset.dummy = '';
          tools.prepend(b);
        }
      }, lang);
      await expect
        .poll(async () => {
          const h = await headerReach(page);
          return (
            h.height < (vp.touch ? 64 : 60) &&
            h.toolsReachable &&
            (vp.width < 1024 || h.regionsInView === h.regions)
          );
        })
        .toBe(true);
      await context.close();
    });
  }
}

for (const vp of VIEWPORTS.filter((v) => v.width === 390 || v.width === 768)) {
  test(`${vp.width}×${vp.height}: tapping an arc selects that link, not what is under the map`, async ({
    browser,
    baseURL,
    guard,
  }) => {
    const context = await browser.newContext({
      viewport: { width: vp.width, height: vp.height },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await guard.watch(page);
    await page.goto(`${baseURL}#lang=en`);
    await waitForMap(page);
    // On a touch screen every arc's hit area is at least 44 px wide.
    const hitWidths = await page
      .locator('[data-arc] path.hit')
      .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).strokeWidth)));
    expect(hitWidths.length).toBeGreaterThan(0);
    expect(Math.min(...hitWidths)).toBeGreaterThanOrEqual(44);
    // The first arc with a point a finger can reach (on the arc, not under another box).
    const arcs = await page.locator('[data-arc]').evaluateAll((els) =>
      els.map((el) => ({
        arc: el.getAttribute('data-arc')!,
        link: el.getAttribute('data-link') ?? el.getAttribute('data-arc')!,
      })),
    );
    let target: { link: string; at: [number, number] } | null = null;
    for (const { arc, link } of arcs) {
      try {
        target = { link, at: await reachableArcPoint(page, arc) };
        break;
      } catch {
        // covered or off screen at this size: try the next arc
      }
    }
    expect(target, 'an arc a finger can reach').not.toBeNull();
    await page.touchscreen.tap(...target!.at);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`link=${target!.link}`);
    expect(await page.evaluate(() => location.hash)).not.toContain('country=');

    // The sheet peeks with the selection, and its handle opens it from the keyboard.
    const handle = page.getByTestId('sheet-handle');
    await expect(handle).toBeVisible();
    const box = (await handle.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    await handle.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('panel')).toHaveAttribute('data-sheet', 'open');
    await expect(page.getByTestId('link-headline')).toBeVisible();
    await context.close();
  });
}

test('resizing the map refits the view: a laptop plugged into a 1024-wide projector', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#lang=en');
  await waitForMap(page);
  const overview = regionsFile.regions.findIndex(holdsAll);
  await page.keyboard.press(String(overview + 1));
  await expect.poll(() => covered(page, linked)).toEqual([]);
  const before = await page.evaluate(() => location.hash);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
  await expect.poll(() => covered(page, linked)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => uncovered(page, linked, true), { timeout: 15_000 }).toEqual([]);
});

test('a refit the resize asked for counts from the frame the box changed in: the camera is not at rest before it moves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#lang=en');
  const rests = page.locator('[data-map-ready="true"][data-camera-resting="true"]');
  await expect(rests).toHaveCount(1, { timeout: 120_000 });
  const before = await page.evaluate(() => location.hash);
  await page.setViewportSize({ width: 1024, height: 768 });
  // In the task after the next frame: the box's ResizeObserver has fired in that frame, and the
  // refit it asked for waits for the frame after (it used to read "true" here, as if at rest).
  const resting = await page.evaluate(
    () =>
      new Promise<string | null>((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() =>
            resolve(document.querySelector('.map-area')!.getAttribute('data-camera-resting')),
          ),
        ),
      ),
  );
  expect(resting).toBe('false');
  await expect(rests).toHaveCount(1);
  expect(await page.evaluate(() => location.hash)).not.toBe(before);
});

test('the timeline: a year tick gives that year, the bar keeps its height, keys step by year and event', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#lang=en');
  await waitForMap(page);
  const timeline = page.getByTestId('timeline');
  const height = async () => (await timeline.boundingBox())!.height;
  const h0 = await height();
  const years = await timeline
    .locator('[data-year]')
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-year'))));
  expect(years.length).toBeGreaterThan(2);
  const [first, second] = [years[1]!, years[2]!];
  await timeline.locator(`[data-year="${first}"]`).click();
  await expect(page).toHaveURL(new RegExp(`date=${first}-12-31`));
  await expect(timeline.locator('output')).toContainText(String(first));
  expect(await height()).toBe(h0);
  // The second click lands where the first did: the bar did not move.
  await timeline.locator(`[data-year="${second}"]`).click();
  await expect(page).toHaveURL(new RegExp(`date=${second}-12-31`));
  expect(await height()).toBe(h0);

  const slider = page.getByRole('slider', { name: 'Show relations as of' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(new RegExp(`date=${second - 1}-12-31`));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`date=${second}-12-31`));
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  const afterEvent = /date=(\d{4}-\d{2}-\d{2})/.exec(await page.evaluate(() => location.hash))![1]!;
  expect(afterEvent > `${second}-12-31`).toBe(true);
  await page.getByRole('button', { name: 'One year back' }).click();
  await expect(page).toHaveURL(new RegExp(`date=${Number(afterEvent.slice(0, 4)) - 1}-12-31`));

  // Clicking an event sets the date to it (and still opens its quote).
  const mark = timeline.locator('.events > li > button[data-event]').first();
  await mark.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
  await page.keyboard.press('Escape');
  expect(await height()).toBe(h0);
});

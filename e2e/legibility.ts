/**
 * Every subject in the free area, at every screen a school has, in both languages: for each
 * region preset and each tour step (one test each, generated from data/regions.yaml and
 * data/tour.yaml), every linked country the view is about has its label point on the map and
 * not under a box that covers it (`data-covers-map`: side panel or sheet, legend, tour caption,
 * counter and buttons). A country the view cannot hold (a tour step zoomed on one end of a link,
 * "All" on a phone in portrait, which cannot show 225° of longitude) must be named by an arc's
 * edge tag instead (`data-edges`). One page per viewport and language is shared by its tests (a
 * fresh map per test would cost a load each); each test sets its own view through the URL or a key,
 * so it stands alone when run by itself. The specs legibility-desk and legibility-touch call
 * `legibilityTests` for their screens (two files, so that two workers share the work).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, waitForMap, watchPage, type Page } from './fixtures';
import { pagePoint } from './camera';
import type { Browser, BrowserContext } from '@playwright/test';

type Bounds = [number, number, number, number];
type Lang = 'ja' | 'en';

const meta = JSON.parse(readFileSync('geo/out/countries-meta.json', 'utf8')) as Record<
  string,
  { label: [number, number] }
>;
const relations = parse(readFileSync('data/relations.yaml', 'utf8')) as {
  links: { id?: string; a: string; b: string }[];
};
const { regions } = parse(readFileSync('data/regions.yaml', 'utf8')) as {
  regions: { id: string; bounds: Bounds }[];
};
const { steps } = parse(readFileSync('data/tour.yaml', 'utf8')) as {
  steps: {
    id: string;
    camera?: { region?: string; bounds?: Bounds };
    select?: { link?: string; country?: string };
    caption: Record<Lang, string>;
  }[];
};

const linked = [...new Set(relations.links.flatMap((l) => [l.a, l.b]))].filter((c) => meta[c]);
const inside = (b: Bounds, iso: string) => {
  const [lon, lat] = meta[iso]!.label;
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
};
/** The overview ("All") holds every other region: it frames every linked country. */
const isOverview = (r: { id: string; bounds: Bounds }) =>
  regions.every(
    (o) =>
      o.id === r.id ||
      (r.bounds[0] <= o.bounds[0] &&
        r.bounds[1] <= o.bounds[1] &&
        r.bounds[2] >= o.bounds[2] &&
        r.bounds[3] >= o.bounds[3]),
  );

interface Subject {
  /** Must lie in the free area. */
  shown: string[];
  /** Must lie in the free area or be named by an edge tag. */
  shownOrTagged: string[];
}

function regionSubject(r: { id: string; bounds: Bounds }, portrait: boolean): Subject {
  const isos = isOverview(r) ? linked : linked.filter((c) => inside(r.bounds, c));
  // A phone in portrait: MapLibre keeps the world at least as tall as the map, so "All" cannot
  // zoom out to its 225° of longitude; a country left out is named at the frame's edge.
  return portrait && isOverview(r)
    ? { shown: [], shownOrTagged: isos }
    : { shown: isos, shownOrTagged: [] };
}

function stepSubject(step: (typeof steps)[number]): Subject {
  const bounds =
    step.camera?.bounds ?? regions.find((r) => r.id === step.camera?.region)?.bounds ?? null;
  const link = step.select?.link
    ? (relations.links.find((l) => (l.id ?? `${l.a}-${l.b}`) === step.select!.link) ?? {
        a: step.select.link.slice(0, 3),
        b: step.select.link.slice(4),
      })
    : null;
  const selected = [
    ...(link ? [link.a, link.b] : []),
    ...(step.select?.country ? [step.select.country] : []),
  ].filter((c) => meta[c]);
  if (!bounds) return { shown: [], shownOrTagged: selected };
  const inView = [...new Set([...linked, ...selected])].filter((c) => inside(bounds, c));
  // The far end of a selected link outside the step's camera is named by its edge tag.
  return { shown: inView, shownOrTagged: selected.filter((c) => !inView.includes(c)) };
}

/** The subject's countries that are off the map or under a box that covers it. */
async function hidden(page: Page, subject: Subject): Promise<string[]> {
  const boxes = await page.evaluate(() => {
    const map = document.querySelector('.map-area')!.getBoundingClientRect().toJSON() as DOMRect;
    const over = [...document.querySelectorAll<HTMLElement>('[data-covers-map]')]
      .filter(
        (el) =>
          el.getClientRects().length > 0 &&
          !el.closest('[hidden]') &&
          getComputedStyle(el).visibility !== 'hidden',
      )
      .map((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const edges = document.querySelector('[data-edges]')?.getAttribute('data-edges') ?? '';
    return { map, over, tagged: edges.split(' ').map((e) => e.split(':')[0]) };
  });
  const bad: string[] = [];
  for (const iso of [...subject.shown, ...subject.shownOrTagged]) {
    const [x, y] = await pagePoint(page, ...meta[iso]!.label);
    const m = boxes.map;
    const onMap = x >= m.left && x <= m.right && y >= m.top && y <= m.bottom;
    const under = boxes.over.some(
      (b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom,
    );
    if (onMap && !under) continue;
    if (subject.shownOrTagged.includes(iso) && boxes.tagged.includes(iso)) continue;
    bad.push(`${iso}${onMap ? ' (covered)' : ' (off the map)'}`);
  }
  return bad;
}

/**
 * The camera rests and no move is pending: the app folds a framing it has decided but not started
 * (waiting for a caption to draw, or for the frame after the map's box changed size) into
 * `data-camera-resting`. One frame first, and the task after it: a box the last step resized is
 * reported to the app's ResizeObserver in that frame, and the reframe it asks for is pending by
 * then. (It used to be two frames between two waits: about a second per test on a 1920×1080
 * software-rendered page.)
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  await waitForMap(page);
}

export interface Viewport {
  width: number;
  height: number;
  touch: boolean;
}

/** One describe per viewport and language, one test per region preset and per tour step. */
export function legibilityTests(viewports: readonly Viewport[]): void {
  for (const vp of viewports) {
    for (const lang of ['ja', 'en'] as const) {
      test.describe(`${vp.width}×${vp.height} ${lang}`, () => {
        let context: BrowserContext;
        let page: Page;
        const problems: string[] = [];

        async function open(browser: Browser, baseURL: string | undefined) {
          context = await browser.newContext({
            viewport: { width: vp.width, height: vp.height },
            hasTouch: vp.touch,
            isMobile: vp.touch,
            reducedMotion: 'reduce',
            baseURL,
          });
          page = await context.newPage();
          await watchPage(page, baseURL, problems);
          await page.goto(`/#lang=${lang}`);
          // The first load (software WebGL on a busy machine) may take long.
          await page.waitForFunction(
            () => document.querySelector('[data-map-ready="true"][data-camera-resting="true"]'),
            null,
            { timeout: 120_000 },
          );
        }

        // One worker runs the describe in order, on its page (the suite is fully parallel).
        // A test is short, but the first of a worker loads the page (software WebGL, a busy machine).
        test.describe.configure({ mode: 'default', timeout: 180_000 });

        test.beforeEach(async ({ browser, baseURL }) => {
          if (!page || page.isClosed()) await open(browser, baseURL);
        });
        test.afterEach(() => {
          expect(problems, 'page errors, console errors or off-origin requests').toEqual([]);
        });
        test.afterAll(async () => {
          await context?.close();
        });

        const portrait = vp.height > vp.width;
        for (const [i, region] of regions.entries()) {
          test(`region ${i + 1} (${region.id}) frames its countries in the free area`, async () => {
            test.skip(i >= 9, 'keys 1–9 only');
            const subject = regionSubject(region, portrait);
            expect(subject.shown.length + subject.shownOrTagged.length).toBeGreaterThan(0);
            // Out of any presentation, then the preset's key.
            if (/tour=/.test(page.url()) || !page.url().includes(`lang=${lang}`)) {
              await page.goto(`/#lang=${lang}`);
              await expect(page.locator('header')).toBeVisible();
            }
            await settle(page);
            await page.keyboard.press(String(i + 1));
            await settle(page);
            await expect
              .poll(() => hidden(page, subject), { message: region.id, timeout: 10_000 })
              .toEqual([]);
          });
        }

        for (const [i, step] of steps.entries()) {
          test(`tour step ${i + 1} (${step.id}) shows its countries in the free area`, async () => {
            await page.goto(`/#lang=${lang}&tour=${i + 1}`);
            await expect(page.getByTestId('tour-caption')).toHaveText(step.caption[lang].trim());
            await settle(page);
            await expect
              .poll(() => hidden(page, stepSubject(step)), { message: step.id, timeout: 10_000 })
              .toEqual([]);
          });
        }
      });
    }
  }
}

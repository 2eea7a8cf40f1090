/**
 * (a) Cold load: navigation start → the frame that paints the map (first MapLibre `idle` with the
 * countries: `data-map-painted="true"`) and, for the app, its arcs. The app's country names come
 * a moment later (`data-map-ready`, mark `atlas:names-placed`): reported, not part of the measure. Timed in the page with
 * `performance.now()` (0 = navigation start), from a `requestAnimationFrame` poll: the first frame
 * in which both hold is the one that paints them, and a task posted from it runs once it is drawn.
 * (b) The same navigation's responses, with their bodies, for the byte accounting: those whose
 * request started before that frame was painted. What the page asks for afterwards (the parts it
 * prefetches in idle time, `src/app/parts.ts`) is not the first view's and is listed apart.
 */
import type { Browser } from '@playwright/test';
import type { Observed } from '../gzip';
import { milestonesOf, type Milestones, type RawTimings } from '../milestones';
import { openSession, within, type Session } from './browser';

export interface LoadSample {
  /** Navigation start → after the frame that paints map (and arcs). The measure. */
  paintedMs: number;
  /** Navigation start → the start of that frame. */
  frameMs: number;
  /** When each condition was first seen (at a frame). */
  mapReadyMs: number;
  arcsMs: number;
  arcs: number;
  /** When each step of the start-up happened (`milestones.ts`). */
  milestones: Milestones;
}

interface ProbeState {
  mapReadyAt: number | null;
  arcsAt: number | null;
  frameAt: number | null;
  paintedAt: number | null;
  /** `paintedAt` on the wall clock (ms since 1970), as Playwright times requests. */
  paintedEpoch: number | null;
  arcs: number;
}

declare global {
  interface Window {
    __benchLoad?: ProbeState;
  }
}

/** Runs in the page from document creation. */
function loadProbe(minArcs: number): void {
  const state: ProbeState = {
    mapReadyAt: null,
    arcsAt: null,
    frameAt: null,
    paintedAt: null,
    paintedEpoch: null,
    arcs: 0,
  };
  window.__benchLoad = state;
  const tick = () => {
    const now = performance.now();
    if (state.mapReadyAt === null && document.querySelector('[data-map-painted="true"]')) {
      state.mapReadyAt = now;
    }
    state.arcs = document.querySelectorAll('[data-testid="arcs"] [data-arc]').length;
    if (state.arcsAt === null && state.arcs >= minArcs) state.arcsAt = now;
    if (state.mapReadyAt !== null && state.arcsAt !== null) {
      state.frameAt = now;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.paintedAt = performance.now();
        state.paintedEpoch = performance.timeOrigin + state.paintedAt;
      };
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export interface ColdLoad {
  sample: LoadSample;
  session: Session;
  /** The first view's responses: requested before the painted frame. */
  responses: Observed[];
  /** Responses requested after it, by the time the measure stopped listening (their URLs). */
  later: string[];
}

/**
 * Opens `url` in a fresh context and waits for the painted frame. `minArcs`: 0 for a page without
 * arcs. The session stays open (the caller closes it) so that later measures can use the page.
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  options: { minArcs: number; timeoutMs: number; collect?: boolean },
): Promise<ColdLoad> {
  const session = await openSession(browser);
  const { context, page, problems } = session;
  const bodies: Promise<(Observed & { startedAt: number }) | null>[] = [];
  if (options.collect) {
    context.on('response', (response) => {
      bodies.push(
        response.body().then(
          (body) => ({
            url: response.url(),
            contentType: response.headers()['content-type'] ?? '',
            body,
            startedAt: response.request().timing().startTime,
          }),
          () => null,
        ),
      );
    });
  }
  try {
    await context.addInitScript(loadProbe, options.minArcs);
    await page.goto(url, { waitUntil: 'commit' });
    await within(
      options.timeoutMs,
      `load of ${url}`,
      page.waitForFunction(
        () => window.__benchLoad?.paintedAt != null || document.querySelector('[role="alert"]'),
        null,
        { timeout: 0, polling: 100 },
      ),
    );
    const state = await page.evaluate(() => window.__benchLoad);
    if (!state || state.paintedAt === null) {
      const alert = await page.locator('[role="alert"]').first().textContent();
      throw new Error(`the page shows an error: ${alert ?? '?'}`);
    }
    // The names (the app places them after the first view): for the start-up table only.
    await page
      .waitForFunction(() => document.querySelector('[data-map-ready="true"]'), null, {
        timeout: 30_000,
        polling: 100,
      })
      .catch(() => {});
    if (problems.length) throw new Error(problems.join('\n'));
    const raw: RawTimings = await page.evaluate(() => {
      const probe = window.__benchLoad;
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      return {
        html: nav?.responseEnd ?? null,
        resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
          (r) => ({ name: r.name, startTime: r.startTime, responseEnd: r.responseEnd }),
        ),
        marks: performance
          .getEntriesByType('mark')
          .map((m) => ({ name: m.name, startTime: m.startTime })),
        mapReady: probe?.mapReadyAt ?? null,
        arcs: probe?.arcsAt ?? null,
        painted: probe?.paintedAt ?? null,
      };
    });
    const sample: LoadSample = {
      paintedMs: state.paintedAt,
      frameMs: state.frameAt ?? NaN,
      mapReadyMs: state.mapReadyAt ?? NaN,
      arcsMs: state.arcsAt ?? NaN,
      arcs: state.arcs,
      // A page without arcs sees "enough arcs" on its first frame: not a step of its start-up.
      milestones: milestonesOf(options.minArcs > 0 ? raw : { ...raw, arcs: null }),
    };
    const all = (await Promise.all(bodies)).filter((r) => r !== null);
    const painted = state.paintedEpoch ?? Infinity;
    const responses = all
      .filter((r) => !(r.startedAt > painted))
      .map(({ url, contentType, body }) => ({ url, contentType, body }));
    const later = all.filter((r) => r.startedAt > painted).map((r) => r.url);
    return { sample, session, responses, later };
  } catch (e) {
    await session.close();
    throw e;
  }
}

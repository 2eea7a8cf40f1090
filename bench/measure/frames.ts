/**
 * (d) Frame times while panning and zooming, driven by real input (mouse drags and wheel over the
 * map, never MapLibre's API): a rAF loop in the page records the interval between frames over a
 * fixed sequence. Each run starts from the same camera (reset through the URL hash, which MapLibre
 * follows). Drags and wheel ticks start where the canvas itself is under the pointer, as they
 * do without arcs (and so that no arc is pressed or selected); finding that point is not timed.
 */
import type { Page } from '@playwright/test';
import { mean, percentile } from '../stats';
import { within } from './browser';

export interface FrameRun {
  /** rAF intervals, ms. */
  deltas: number[];
  mean: number;
  p95: number;
  /** Wall time of the sequence, ms. */
  wallMs: number;
  /** Input events sent (moves and wheel ticks). */
  events: number;
  /** True when the sequence was cut short by its time limit. */
  cut: boolean;
}

type Step =
  | { kind: 'drag'; dx: number; dy: number; steps: number }
  | { kind: 'wheel'; dy: number; gapMs: number };

/** The fixed sequence: pan, zoom in, pan back, zoom out. Short: software WebGL frames are slow. */
export const SEQUENCE: readonly Step[] = [
  { kind: 'drag', dx: 200, dy: 60, steps: 4 },
  { kind: 'wheel', dy: -300, gapMs: 150 },
  { kind: 'wheel', dy: -300, gapMs: 150 },
  { kind: 'drag', dx: -200, dy: -60, steps: 4 },
  { kind: 'wheel', dy: 300, gapMs: 150 },
  { kind: 'wheel', dy: 300, gapMs: 150 },
];

export const SEQUENCE_EVENTS = SEQUENCE.reduce((n, s) => n + (s.kind === 'drag' ? s.steps : 1), 0);

interface FrameState {
  deltas: number[];
  on: boolean;
  /** While paused (the bench looks for a free point), intervals are not recorded. */
  paused: boolean;
}

declare global {
  interface Window {
    __benchFrames?: FrameState;
  }
}

function startFrames(): void {
  const state: FrameState = { deltas: [], on: true, paused: false };
  window.__benchFrames = state;
  let last: number | null = null;
  const tick = (t: number) => {
    if (!state.paused && last !== null) state.deltas.push(t - last);
    last = state.paused ? null : t;
    if (state.on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function setPaused(paused: boolean): void {
  if (window.__benchFrames) window.__benchFrames.paused = paused;
}

function stopFrames(): number[] {
  const state = window.__benchFrames;
  if (!state) return [];
  state.on = false;
  return state.deltas;
}

/** A point near (x, y) where the map canvas itself, not an arc, is under the pointer. */
function freePoint([x, y]: [number, number]): [number, number] | null {
  const area = document.querySelector('.map-area')?.getBoundingClientRect();
  if (!area) return null;
  const free = (px: number, py: number) =>
    px > area.left + 8 &&
    px < area.right - 8 &&
    py > area.top + 8 &&
    py < area.bottom - 8 &&
    document.elementFromPoint(px, py)?.tagName === 'CANVAS';
  for (let r = 0; r <= 240; r += 8) {
    for (let a = 0; a < 360; a += r === 0 ? 360 : 30) {
      const px = x + r * Math.cos((a * Math.PI) / 180);
      const py = y + r * Math.sin((a * Math.PI) / 180);
      if (free(px, py)) return [px, py];
    }
  }
  // Then anywhere in the map area, nearest to (x, y) first.
  const grid: [number, number][] = [];
  for (let py = area.top + 12; py < area.bottom - 12; py += 6) {
    for (let px = area.left + 12; px < area.right - 12; px += 6) grid.push([px, py]);
  }
  grid.sort((p, q) => Math.hypot(p[0] - x, p[1] - y) - Math.hypot(q[0] - x, q[1] - y));
  return grid.find(([px, py]) => free(px, py)) ?? null;
}

/** Resolves once `count` frames in a row come at display rate (the page is idle). */
function quiet(count: number): Promise<void> {
  return new Promise((resolve) => {
    let last: number | null = null;
    let calm = 0;
    const tick = (t: number) => {
      calm = last !== null && t - last < 34 ? calm + 1 : 0;
      last = t;
      if (calm >= count) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function mapCenter(page: Page): Promise<[number, number]> {
  const box = await page.locator('.map-area').boundingBox();
  if (!box) throw new Error('no map area');
  return [box.x + box.width / 2, box.y + box.height / 2];
}

async function pointNear(page: Page, at: [number, number]): Promise<[number, number]> {
  // Looking for the point is the bench's work, not the app's: those frames are not recorded.
  await page.evaluate(setPaused, true);
  const p = await page.evaluate(freePoint, at);
  await page.evaluate(setPaused, false);
  if (!p) throw new Error('arcs cover the whole map: no point of the canvas is free');
  return p;
}

/**
 * Plays the sequence, up to `maxEvents` input events and until `deadline` (ms since the epoch):
 * past it, the current drag is released and the rest is skipped.
 */
async function play(
  page: Page,
  limits: { deadline: number; maxEvents: number },
): Promise<{ events: number; cut: boolean }> {
  const center = await mapCenter(page);
  let events = 0;
  const more = () => events < limits.maxEvents && Date.now() < limits.deadline;
  for (const step of SEQUENCE) {
    if (!more()) break;
    const [x, y] = await pointNear(page, center);
    await page.mouse.move(x, y);
    if (step.kind === 'drag') {
      await page.mouse.down();
      for (let i = 1; i <= step.steps && more(); i++) {
        const t = i / step.steps;
        await page.mouse.move(x + step.dx * t, y + step.dy * t);
        events++;
      }
      await page.mouse.up();
    } else {
      await page.mouse.wheel(0, step.dy);
      events++;
      await page.waitForTimeout(step.gapMs);
    }
  }
  // Let inertia and the last zoom animation finish.
  await page.waitForTimeout(400);
  return { events, cut: events < Math.min(limits.maxEvents, SEQUENCE_EVENTS) };
}

/** The URL hash's camera after load: each run starts from it. */
export async function cameraHash(page: Page): Promise<string> {
  return page.evaluate(() => location.hash);
}

async function resetCamera(page: Page, hash: string): Promise<void> {
  await page.mouse.move(2, 2);
  await page.evaluate((h) => {
    if (location.hash !== h) location.hash = h;
  }, hash);
  await page.waitForFunction((h) => location.hash === h, hash, { timeout: 5000 });
  await within(10_000, 'settling', page.evaluate(quiet, 3)).catch(() => undefined);
}

/**
 * One run of the sequence from the start camera. `timeLimitMs` bounds the input (a page whose
 * frames take seconds is cut short and says so); `maxEvents` plays only the first events (to
 * compare with a run that was cut).
 */
export async function frameRun(
  page: Page,
  startHash: string,
  options: { timeLimitMs: number; maxEvents?: number },
): Promise<FrameRun> {
  await resetCamera(page, startHash);
  const t0 = Date.now();
  await page.evaluate(startFrames);
  const { events, cut } = await within(
    options.timeLimitMs + 120_000,
    'pan/zoom sequence',
    play(page, {
      deadline: t0 + options.timeLimitMs,
      maxEvents: options.maxEvents ?? SEQUENCE_EVENTS,
    }),
  );
  const deltas = await within(120_000, 'reading frame times', page.evaluate(stopFrames));
  const wallMs = Date.now() - t0;
  // Untimed: let the page finish its animations so that it does not load the next run's CPU.
  // (A run cut short is the last on its page: the caller closes the page instead.)
  if (!cut) await within(30_000, 'settling', page.evaluate(quiet, 5)).catch(() => undefined);
  if (deltas.length < 2) throw new Error('fewer than two frames during the sequence');
  return { deltas, mean: mean(deltas), p95: percentile(deltas, 95), wallMs, events, cut };
}

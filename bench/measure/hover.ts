/**
 * (c) Hover latency: the real mouse moves onto the middle of an arc (its `path.hit`); a capturing
 * `pointerover`/`pointermove` listener notes `performance.now()` when the event reaches the arc,
 * a MutationObserver notes when the tooltip enters the DOM, and a rAF chain counts the frames
 * until the one that has it; a task posted from that frame runs once the frame is drawn.
 */
import type { Page } from '@playwright/test';
import { within } from './browser';

export const FRAME_MS = 1000 / 60;

export interface HoverSample {
  arc: string;
  /** Event → after the frame that paints the tooltip. */
  ms: number;
  /** Frames from the event to the one that paints the tooltip (1: the very next frame). */
  frames: number;
  /** Event → tooltip in the DOM. */
  domMs: number;
  /** How long the event waited between the OS input timestamp and the listener. */
  queuedMs: number;
  event: string;
}

interface HoverState {
  t0: number | null;
  eventTs: number | null;
  event: string;
  shownAt: number | null;
  rafs: number;
  frames: number | null;
  paintedAt: number | null;
  error: string | null;
}

declare global {
  interface Window {
    __benchHover?: HoverState;
  }
}

interface Target {
  arc: string;
  on: [number, number];
  off: [number, number];
}

/** Arcs whose middle is under the pointer when it gets there, with a nearby point on the bare map. */
function findTargets(max: number): Target[] {
  const area = document.querySelector('.map-area')?.getBoundingClientRect();
  const out: Target[] = [];
  const offsets: [number, number][] = [
    [0, -40],
    [0, 40],
    [-40, 0],
    [40, 0],
    [-40, -40],
    [40, 40],
    [40, -40],
    [-40, 40],
    [0, -80],
    [0, 80],
  ];
  const inside = (x: number, y: number) =>
    !area || (x > area.left && x < area.right && y > area.top && y < area.bottom);
  const arcs = [...document.querySelectorAll<SVGGElement>('[data-testid="arcs"] [data-arc]')];
  const sized = arcs
    .map((g) => ({ g, path: g.querySelector<SVGPathElement>('path.hit') }))
    .filter((a): a is { g: SVGGElement; path: SVGPathElement } => a.path !== null)
    .map((a) => ({ ...a, length: a.path.getTotalLength() }))
    .sort((a, b) => b.length - a.length);
  for (const { g, path, length } of sized) {
    const m = path.getScreenCTM();
    if (!m) continue;
    const p = path.getPointAtLength(length / 2).matrixTransform(m);
    if (!inside(p.x, p.y) || document.elementFromPoint(p.x, p.y)?.closest('[data-arc]') !== g) {
      continue;
    }
    const off = offsets
      .map(([dx, dy]) => [p.x + dx, p.y + dy] as [number, number])
      .find(([x, y]) => inside(x, y) && document.elementFromPoint(x, y)?.tagName === 'CANVAS');
    if (!off) continue;
    out.push({ arc: g.dataset.arc ?? '', on: [p.x, p.y], off });
    if (out.length >= max) break;
  }
  return out;
}

function hoverProbe(arcId: string): void {
  const h: HoverState = {
    t0: null,
    eventTs: null,
    event: '',
    shownAt: null,
    rafs: 0,
    frames: null,
    paintedAt: null,
    error: null,
  };
  window.__benchHover = h;
  const tooltip = () => document.querySelector('[data-testid="tooltip"]');
  if (tooltip()) {
    h.error = 'a tooltip was already shown before the pointer moved';
    return;
  }
  const selector = `[data-arc="${CSS.escape(arcId)}"]`;
  const onEvent = (e: Event) => {
    if (h.t0 !== null || !(e.target instanceof Element) || !e.target.closest(selector)) return;
    h.t0 = performance.now();
    h.eventTs = e.timeStamp;
    h.event = e.type;
    document.removeEventListener('pointerover', onEvent, true);
    document.removeEventListener('pointermove', onEvent, true);
    const observer = new MutationObserver(() => {
      if (h.shownAt === null && tooltip()) h.shownAt = performance.now();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const frame = () => {
      h.rafs += 1;
      if (h.shownAt === null && tooltip()) h.shownAt = performance.now();
      if (h.shownAt !== null) {
        observer.disconnect();
        h.frames = h.rafs;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          h.paintedAt = performance.now();
        };
        channel.port2.postMessage(null);
        return;
      }
      if (performance.now() - (h.t0 ?? 0) > 5000) {
        observer.disconnect();
        h.error = 'no tooltip within 5 s of the pointer event';
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  document.addEventListener('pointerover', onEvent, true);
  document.addEventListener('pointermove', onEvent, true);
}

async function settle(page: Page, ms: number): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

/** Hovers up to `count` different arcs of a loaded app page, one after the other. */
export async function hoverSamples(page: Page, count: number): Promise<HoverSample[]> {
  const targets = await page.evaluate(findTargets, count);
  if (targets.length === 0) throw new Error('no arc has its middle free under the pointer');
  const samples: HoverSample[] = [];
  for (const t of targets) {
    await page.mouse.move(...t.off);
    await page.locator('[data-testid="tooltip"]').waitFor({ state: 'detached', timeout: 5000 });
    await settle(page, 400);
    await page.evaluate(hoverProbe, t.arc);
    await page.mouse.move(...t.on);
    await within(
      10_000,
      `hover of ${t.arc}`,
      page.waitForFunction(
        () => window.__benchHover?.paintedAt != null || window.__benchHover?.error != null,
        null,
        { timeout: 0, polling: 50 },
      ),
    );
    const h = await page.evaluate(() => window.__benchHover);
    if (!h || h.error || h.t0 === null || h.paintedAt === null || h.shownAt === null) {
      throw new Error(`hover of ${t.arc}: ${h?.error ?? 'no measurement'}`);
    }
    samples.push({
      arc: t.arc,
      ms: h.paintedAt - h.t0,
      frames: h.frames ?? NaN,
      domMs: h.shownAt - h.t0,
      queuedMs: h.eventTs === null ? NaN : h.t0 - h.eventTs,
      event: h.event,
    });
  }
  await page.mouse.move(...targets[0]!.off);
  return samples;
}

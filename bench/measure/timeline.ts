/**
 * (f) Timeline tick: what one move of the timeline costs the arcs, in Node (no browser). On the
 * synthetic atlas with N links (each with a dated trade figure), `arcHistory` is built once, then
 * `arcsAt(history, day)` is timed for ticks spread over the whole time axis; next to it, the
 * direct reading of every link at the same days (`linkArcsAt`, what a tick cost when it rescanned
 * every event and figure), for scale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AtlasData } from '../../src/data/types';
import { arcHistory, arcsAt, kindMarks, linkArcsAt, linkEvidence } from '../../src/lib/links';
import { dayAt, dayCount, timeDomain } from '../../src/lib/timeline';
import { median } from '../stats';
import { syntheticAtlas, type GeoMeta } from '../synthetic';
import type { OneNumberMeasure } from './contract';

export interface TimelineTickPoint {
  links: number;
  /** Building the history once, ms (one per run). */
  buildMs: number[];
  /** Median ms of one tick (`arcsAt` on the history), one per run. */
  tickMs: number[];
  /** Median ms of one tick read directly from the data, one per run. */
  directMs: number[];
  /** Arcs drawn at the last tick (a check that the ticks did work). */
  arcs: number;
}

function timed<T>(body: () => T): [T, number] {
  const t0 = performance.now();
  const value = body();
  return [value, performance.now() - t0];
}

/** `ticks` days evenly spread over the data's time axis. */
export function tickDays(data: AtlasData, ticks: number): string[] {
  const domain = timeDomain(data);
  if (!domain) return [];
  const n = dayCount(domain);
  return Array.from({ length: ticks }, (_, i) =>
    dayAt(domain, (i * (n - 1)) / Math.max(1, ticks - 1)),
  );
}

export function timelineTicks(
  data: AtlasData,
  runs: number,
  ticks = 200,
  directTicks = 20,
): TimelineTickPoint {
  const days = tickDays(data, ticks);
  const point: TimelineTickPoint = {
    links: data.links.length,
    buildMs: [],
    tickMs: [],
    directMs: [],
    arcs: 0,
  };
  for (let run = 0; run < runs; run++) {
    const [history, buildMs] = timed(() => arcHistory(data));
    point.buildMs.push(buildMs);
    const per: number[] = [];
    for (const day of days) {
      const [arcs, ms] = timed(() => arcsAt(history, day));
      per.push(ms);
      point.arcs = arcs.length;
    }
    point.tickMs.push(median(per));
    const evidence = linkEvidence(data).map((ev) => ({ ev, marks: kindMarks(ev) }));
    const direct: number[] = [];
    for (const day of days.slice(0, directTicks)) {
      direct.push(timed(() => evidence.flatMap(({ ev, marks }) => linkArcsAt(ev, marks, day)))[1]);
    }
    // None asked for (the one-number measure): nothing to take a median of.
    if (direct.length) point.directMs.push(median(direct));
  }
  return point;
}

/** Links in the synthetic atlas that (f) is judged on (`targets.ts`: ≤ 4 ms a tick). */
export const TICK_LINKS = 5000;

/**
 * (f) as a one-number measure (`contract.ts`): the median ms of one tick over 200 days of the
 * synthetic atlas with 5,000 links. Node only; the browser and the builds are not used.
 */
export const timelineTick: OneNumberMeasure = async (ctx) => {
  const meta = JSON.parse(
    readFileSync(join(ctx.root, 'geo/out/countries-meta.json'), 'utf8'),
  ) as GeoMeta;
  const data = syntheticAtlas({ meta, links: TICK_LINKS, seed: 1 + ctx.run });
  const point = timelineTicks(data, 1, 200, 0);
  if (point.arcs === 0) throw new Error('no arc was drawn at the last tick: nothing was measured');
  return median(point.tickMs);
};

/**
 * The time axis: from the first to the last year the data dates anything (the events, statuses
 * and figures), a day scale for the scrubber, and the "play" steps (one per year).
 */
import type { AtlasData } from '../data/types';
import { firstDay, lastDay } from './dates';

const DAY = 86_400_000;

export interface TimeDomain {
  /** First day of the axis, `YYYY-01-01`. */
  start: string;
  /** Last day of the axis, `YYYY-12-31`. */
  end: string;
}

export function timeDomain(
  data: Pick<AtlasData, 'events' | 'links' | 'figures'>,
): TimeDomain | null {
  const days = [
    ...data.events.flatMap((e) => [firstDay(e.date.iso), lastDay(e.date.end ?? e.date.iso)]),
    ...data.links.flatMap((l) => l.statuses.map((s) => firstDay(s.date.iso))),
    ...data.figures.flatMap((f) => [f.period.start, f.period.end]),
  ].sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return null;
  return { start: `${first.slice(0, 4)}-01-01`, end: `${last.slice(0, 4)}-12-31` };
}

function toTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function toDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Days from the start of the domain: the scrubber's value. Clamped to the domain. */
export function dayIndex(domain: TimeDomain, day: string): number {
  const max = dayCount(domain) - 1;
  const i = Math.round((toTime(day) - toTime(domain.start)) / DAY);
  return Math.max(0, Math.min(max, i));
}

export function dayAt(domain: TimeDomain, index: number): string {
  const max = dayCount(domain) - 1;
  const i = Math.max(0, Math.min(max, Math.round(index)));
  return toDay(toTime(domain.start) + i * DAY);
}

export function dayCount(domain: TimeDomain): number {
  return Math.round((toTime(domain.end) - toTime(domain.start)) / DAY) + 1;
}

/** Position of a day on the axis, 0 (start) to 1 (end). */
export function position(domain: TimeDomain, day: string): number {
  return dayIndex(domain, day) / Math.max(1, dayCount(domain) - 1);
}

/** The next "play" stop after `day`: the last day of its year, then of each following year. */
export function nextPlayStop(domain: TimeDomain, day: string | null): string | null {
  const current = day ?? domain.start;
  const yearEnd = `${current.slice(0, 4)}-12-31`;
  const next = current < yearEnd ? yearEnd : `${Number(current.slice(0, 4)) + 1}-12-31`;
  return next <= domain.end ? next : null;
}

/** Years to label on the axis: every `step` years, first and last included. */
export function yearTicks(domain: TimeDomain, step = 5): number[] {
  const first = Number(domain.start.slice(0, 4));
  const last = Number(domain.end.slice(0, 4));
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  if (ticks[0] !== first) ticks.unshift(first);
  if (ticks[ticks.length - 1] !== last) ticks.push(last);
  return ticks;
}

export interface MarkGroup<T> {
  /** Where the group's mark sits, 0 to 1 (the middle of its first and last members). */
  at: number;
  items: T[];
}

/**
 * Marks closer than `minPx` on an axis `widthPx` wide share one mark, so every mark is a target
 * at least `minPx` wide that no other covers (WCAG 2.5.8). Items keep their order by position;
 * a group grows while its next item is within `minPx` of the group's last mark position, and
 * groups that end up too close (their middles moved) are merged again.
 */
export function groupMarks<T>(
  items: readonly T[],
  at: (item: T) => number,
  widthPx: number,
  minPx = 24,
): MarkGroup<T>[] {
  const sorted = items
    .map((item) => ({ item, x: at(item) }))
    .filter((p) => Number.isFinite(p.x))
    .sort((a, b) => a.x - b.x);
  const gap = widthPx > 0 ? minPx / widthPx : Infinity;
  let groups: { first: number; last: number; items: T[] }[] = [];
  for (const { item, x } of sorted) {
    const g = groups[groups.length - 1];
    if (g && x - g.last < gap) {
      g.last = x;
      g.items.push(item);
    } else groups.push({ first: x, last: x, items: [item] });
  }
  // Merging can bring a group's middle within reach of the next one: repeat until stable.
  for (let changed = true; changed;) {
    changed = false;
    const merged: typeof groups = [];
    for (const g of groups) {
      const prev = merged[merged.length - 1];
      if (prev && (g.first + g.last) / 2 - (prev.first + prev.last) / 2 < gap) {
        prev.last = g.last;
        prev.items.push(...g.items);
        changed = true;
      } else merged.push({ ...g, items: [...g.items] });
    }
    groups = merged;
  }
  return groups.map((g) => ({ at: (g.first + g.last) / 2, items: g.items }));
}

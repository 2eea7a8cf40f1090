/**
 * Steps of the timeline a person can hit: a year tick means that year (its last day, so
 * everything dated in it is shown), ← / → and the buttons move by whole years, [ / ] and
 * PageUp / PageDown jump to the previous or next event. Days are `YYYY-MM-DD`; `null` is "latest"
 * (the end of the axis). Pure, tested in a table.
 */
import type { TimeDomain } from './timeline';

const clampDay = (domain: TimeDomain, day: string) =>
  day < domain.start ? domain.start : day > domain.end ? domain.end : day;

/** The date a click on a year's tick gives: the last day of that year, within the axis. */
export function yearDate(domain: TimeDomain, year: number): string {
  return clampDay(domain, `${String(year).padStart(4, '0')}-12-31`);
}

/**
 * One year earlier or later, landing on year ends: from 2021-06-01, +1 gives 2021-12-31 (the rest
 * of that year) and -1 gives 2020-12-31. From "latest", -1 gives the year before the last one's end.
 * Stepping past the end gives `null` ("latest").
 */
export function stepYear(domain: TimeDomain, day: string | null, dir: 1 | -1): string | null {
  const current = day ?? domain.end;
  const year = Number(current.slice(0, 4));
  const yearEnd = `${current.slice(0, 4)}-12-31`;
  if (dir > 0) {
    const target = current < yearEnd ? yearEnd : `${year + 1}-12-31`;
    return target >= domain.end ? null : target;
  }
  return clampDay(domain, `${year - 1}-12-31`);
}

/** The first event day strictly after (dir 1) or before (dir -1) `day`; null past the last one. */
export function stepEvent(
  eventDays: readonly string[],
  day: string | null,
  dir: 1 | -1,
): string | null | undefined {
  const days = [...new Set(eventDays)].sort();
  if (dir > 0) {
    if (day === null) return undefined;
    return days.find((d) => d > day) ?? null;
  }
  const before = days.filter((d) => (day === null ? true : d < day));
  return before.length ? before[before.length - 1] : undefined;
}

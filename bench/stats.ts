/**
 * Summary statistics for bench samples. Pure: no I/O, no clock.
 */

function finite(values: readonly number[], what: string): number[] {
  const xs = values.filter((v) => Number.isFinite(v));
  if (xs.length === 0) throw new Error(`${what} of no finite values`);
  return xs;
}

/** The middle value; the mean of the two middle values for an even count. Ignores NaN/Infinity. */
export function median(values: readonly number[]): number {
  const xs = finite(values, 'median').sort((a, b) => a - b);
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

export function mean(values: readonly number[]): number {
  const xs = finite(values, 'mean');
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks, so that the p95 of a
 * handful of frames is not simply the slowest one.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile ${p} is not between 0 and 100`);
  const xs = finite(values, 'percentile').sort((a, b) => a - b);
  const rank = (p / 100) * (xs.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return xs[lo]! + (xs[hi]! - xs[lo]!) * (rank - lo);
}

/** `a / b`, or null when `b` is not a positive number (a ratio to nothing means nothing). */
export function ratio(a: number, b: number): number | null {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null;
}

/** Run-to-run spread: the extremes and the quartiles (by `percentile`) of a set of runs. */
export interface Spread {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** The spread of the finite values; throws when there are none. */
export function spread(values: readonly number[]): Spread {
  const xs = finite(values, 'spread');
  return {
    n: xs.length,
    min: Math.min(...xs),
    q1: percentile(xs, 25),
    median: median(xs),
    q3: percentile(xs, 75),
    max: Math.max(...xs),
  };
}

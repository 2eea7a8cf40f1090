/**
 * Whether a measure's numbers can be trusted: the machine is shared. The bench reads the 1-minute
 * load average (`os.loadavg()[0]`) before and after each measure, and after each of its runs where
 * that is cheap, and, on Linux, the processor time that processes other than the bench used
 * meanwhile (`cpu.ts`: "others", in cores).
 *
 * - With "others" known: a measure is untrusted when others used more than `OTHERS_LIMIT` cores on
 *   average. A load average above the core count is then the bench's own (its Chromium with
 *   software WebGL keeps 2 cores' load above 2 on a quiet machine) and is shown, not held against it.
 * - Without it: a measure during which the load average rose above the core count is untrusted.
 *
 * Pure (the reading functions are passed in).
 */

export interface LoadReadings {
  /** Just before the measure. */
  before: number;
  /** After each run, where the measure reads it (may be empty). */
  runs: number[];
  /** Just after the measure. */
  after: number;
  /** Cores used on average by other processes during the measure; null or absent: unknown. */
  others?: number | null;
}

/** Other processes' average use above which a measure is not trusted: a tenth of a 2-core machine. */
export const OTHERS_LIMIT = 0.2;

export interface Trust {
  cores: number;
  load: LoadReadings;
  /** The highest finite reading; null when none was finite. */
  peak: number | null;
  trusted: boolean;
  /** "untrusted (others used 0.8 cores)" or "untrusted (load 3.4 > 2 cores)" when not trusted. */
  mark?: string;
}

/** "untrusted (load 3.4 > 2 cores)": with a second decimal when one would not show the excess. */
export function untrustedMark(peak: number, cores: number): string {
  let shown = peak.toFixed(1);
  if (Number(shown) <= cores) shown = peak.toFixed(2);
  return `untrusted (load ${shown} > ${cores} ${cores === 1 ? 'core' : 'cores'})`;
}

/** Judges a measure's readings against the core count. */
export function judgeLoad(load: LoadReadings, cores: number): Trust {
  const finite = [load.before, ...load.runs, load.after].filter(Number.isFinite);
  const peak = finite.length ? Math.max(...finite) : null;
  const trust: Trust = { cores, load, peak, trusted: true };
  if (!(Number.isInteger(cores) && cores >= 1)) {
    trust.trusted = false;
    trust.mark = 'untrusted (core count unknown)';
  } else if (typeof load.others === 'number' && Number.isFinite(load.others)) {
    if (load.others > OTHERS_LIMIT) {
      trust.trusted = false;
      trust.mark = `untrusted (others used ${load.others.toFixed(2)} cores)`;
    }
  } else if (peak === null) {
    trust.trusted = false;
    trust.mark = 'untrusted (load average unknown)';
  } else if (peak > cores) {
    trust.trusted = false;
    trust.mark = untrustedMark(peak, cores);
  }
  return trust;
}

/** Readings of one measure: `before` now, `run()` after each run, `finish()` reads `after`. */
export interface LoadLog {
  run: () => void;
  finish: () => LoadReadings;
}

export function loadLog<S>(
  read: () => number,
  cpu?: { read: () => S | null; others: (a: S | null, b: S | null) => number | null },
): LoadLog {
  const before = read();
  const start = cpu?.read() ?? null;
  const runs: number[] = [];
  return {
    run: () => {
      runs.push(read());
    },
    finish: () => {
      const readings: LoadReadings = { before, runs: [...runs], after: read() };
      if (cpu) readings.others = cpu.others(start, cpu.read());
      return readings;
    },
  };
}

/** Several measures' readings as one (e.g. a section made of several points). */
export function mergeReadings(all: readonly LoadReadings[]): LoadReadings | null {
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return null;
  const others = mergedOthers(all);
  return {
    before: first.before,
    runs: all.flatMap((r, i) => [
      ...(i > 0 ? [r.before] : []),
      ...r.runs,
      ...(i < all.length - 1 ? [r.after] : []),
    ]),
    after: last.after,
    ...(others === null ? {} : { others }),
  };
}

/** The highest of the parts' "others": a section is as disturbed as its worst part. */
function mergedOthers(all: readonly LoadReadings[]): number | null {
  const known = all.map((r) => r.others).filter((o): o is number => typeof o === 'number');
  return known.length === all.length ? Math.max(...known) : null;
}

/** "0.4 → 0.9 (peak 1.2)", and "; others 0.03 cores" where known. */
export function fmtLoad(t: Trust): string {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '?');
  const peak = t.peak === null ? '' : ` (peak ${f(t.peak)})`;
  const o = t.load.others;
  const others =
    typeof o === 'number' && Number.isFinite(o) ? `; others ${o.toFixed(2)} cores` : '';
  return `${f(t.load.before)} → ${f(t.load.after)}${peak}${others}`;
}

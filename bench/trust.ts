/**
 * Whether a measure's numbers can be trusted: the machine is shared, and a measure during which
 * the 1-minute load average (`os.loadavg()[0]`) rose above the core count ran with less than the
 * whole machine. The bench reads the load average before and after each measure, and after each
 * of its runs where that is cheap. Pure (the reading function is passed in).
 */

export interface LoadReadings {
  /** Just before the measure. */
  before: number;
  /** After each run, where the measure reads it (may be empty). */
  runs: number[];
  /** Just after the measure. */
  after: number;
}

export interface Trust {
  cores: number;
  load: LoadReadings;
  /** The highest finite reading; null when none was finite. */
  peak: number | null;
  trusted: boolean;
  /** "untrusted (load 3.4 > 2 cores)" when not trusted. */
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

export function loadLog(read: () => number): LoadLog {
  const before = read();
  const runs: number[] = [];
  return {
    run: () => {
      runs.push(read());
    },
    finish: () => ({ before, runs: [...runs], after: read() }),
  };
}

/** Several measures' readings as one (e.g. a section made of several points). */
export function mergeReadings(all: readonly LoadReadings[]): LoadReadings | null {
  const first = all[0];
  const last = all[all.length - 1];
  if (!first || !last) return null;
  return {
    before: first.before,
    runs: all.flatMap((r, i) => [
      ...(i > 0 ? [r.before] : []),
      ...r.runs,
      ...(i < all.length - 1 ? [r.after] : []),
    ]),
    after: last.after,
  };
}

/** "load 0.4 → 0.9 (peak 1.2)". */
export function fmtLoad(t: Trust): string {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '?');
  const peak = t.peak === null ? '' : ` (peak ${f(t.peak)})`;
  return `${f(t.load.before)} → ${f(t.load.after)}${peak}`;
}

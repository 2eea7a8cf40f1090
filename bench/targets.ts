/**
 * The bench's budgets as numbers (issue 14), and each one's verdict from a run's results. Pure:
 * `targetRows(results)` is what the table and `results.json` show.
 *
 * A verdict is one of: PASS, FAIL, reported (a number with no budget), not measured (not run, or
 * no measure exists yet), error (the measure broke), untrusted (the load average rose above the
 * core count during the measure: the number and what it would say are kept, the verdict is not).
 */
import {
  failed,
  notMeasured,
  type BenchResults,
  type FramePoint,
  type NotMeasured,
  type Section,
  type TimedResult,
} from './results';
import { spread as spreadOf, type Spread } from './stats';
import type { Trust } from './trust';

/** The bench's measures, as `--only` names them. */
export type MeasureId = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
export const MEASURES: readonly MeasureId[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

/** Runs per measure when `--runs` does not say: what the budgets are defined over. */
export const DEFAULT_RUNS: Readonly<Record<MeasureId, number>> = {
  a: 7, // (a), (b) and (c) come from the same page loads
  b: 7,
  c: 7,
  d: 5,
  e: 5,
  f: 5,
  g: 5,
};

export type TargetId =
  | 'firstView'
  | 'coldLoad'
  | 'frameMean'
  | 'frameP95'
  | 'timelineTick'
  | 'articleReview'
  | 'hover'
  | 'dataBuild';

export type Unit = 'KB' | '×' | 'ms' | 'frames';

export interface TargetSpec {
  id: TargetId;
  measure: MeasureId;
  label: string;
  /** The budget: the value must be ≤ this. null: no budget, the number is reported. */
  limit: number | null;
  unit: Unit;
  /** The budget in words, as the table shows it. */
  text: string;
  /** The runs the budget is defined over (a run with fewer says so in its row). */
  runs?: number;
  /**
   * Counted, not timed (bytes): the load average is shown but cannot make it untrusted.
   */
  counted?: boolean;
}

/** Frame time's budget is judged at this many links. */
export const FRAME_TARGET_LINKS = 1000;

export const TARGETS: readonly TargetSpec[] = [
  {
    id: 'firstView',
    measure: 'b',
    label: '(b) First view, gzip (all chunks)',
    limit: 600_000,
    unit: 'KB',
    text: '≤ 600 KB',
    counted: true,
  },
  {
    id: 'coldLoad',
    measure: 'a',
    label: '(a) Cold load, app / bare MapLibre',
    limit: 1.2,
    unit: '×',
    text: '≤ 1.2× (median of 7)',
    runs: 7,
  },
  {
    id: 'frameMean',
    measure: 'd',
    label: '(d) Frame time, 1,000 links / none, mean',
    limit: 1.1,
    unit: '×',
    text: '≤ 1.1× (median of 5)',
    runs: 5,
  },
  {
    id: 'frameP95',
    measure: 'd',
    label: '(d) Frame time, 1,000 links / none, p95',
    limit: 1.25,
    unit: '×',
    text: '≤ 1.25× (median of 5)',
    runs: 5,
  },
  {
    id: 'timelineTick',
    measure: 'f',
    label: '(f) Timeline tick, 5,000 links',
    limit: 4,
    unit: 'ms',
    text: '≤ 4 ms',
  },
  {
    id: 'articleReview',
    measure: 'g',
    label: '(g) Add an article → review screen, 5,000 characters',
    limit: null,
    unit: 'ms',
    text: 'reported',
  },
  {
    id: 'hover',
    measure: 'c',
    label: '(c) Hover → tooltip painted',
    limit: 1,
    unit: 'frames',
    text: '≤ 1 frame after the event',
  },
  {
    id: 'dataBuild',
    measure: 'e',
    label: '(e) Data build, time per document, 1,000 vs 252',
    limit: 1.5,
    unit: '×',
    text: 'linear: ≤ 1.5× (quadratic ≈ 4×)',
  },
];

/** What one measure gave for one target. */
export interface Measurement {
  /** null: no number (see `note`). */
  value: number | null;
  runs: number;
  /** Run-to-run spread of the runs (or, for ratios, of the per-pair ratios). */
  spread?: Spread;
  /** Why there is no number, or what to know about it. */
  note?: string;
}

/** What a target's row can be given: a measurement, the error that stopped it, or nothing. */
export type Input = Measurement | { error: string } | NotMeasured | undefined;

export type Measured = 'pass' | 'fail' | 'reported';
export type State = Measured | 'untrusted' | 'not measured' | 'error';

export interface Evaluation {
  state: State;
  /** Why there is no verdict (not measured, error; untrusted: the load mark). */
  reason?: string;
  /** Untrusted: what the number would say on a quiet machine. */
  asMeasured?: Measured;
}

/** The verdict of one target, given the load average around its measure (when read). */
export function evaluate(spec: TargetSpec, input: Input, trust?: Trust): Evaluation {
  if (input === undefined) return { state: 'not measured', reason: 'not run' };
  if ('error' in input) return { state: 'error', reason: input.error.split('\n')[0] ?? '' };
  if ('notMeasured' in input) return { state: 'not measured', reason: input.notMeasured };
  if (input.value === null || !Number.isFinite(input.value)) {
    return { state: 'not measured', reason: input.note ?? 'no value' };
  }
  const measured: Measured =
    spec.limit === null ? 'reported' : input.value <= spec.limit ? 'pass' : 'fail';
  if (trust && !trust.trusted && !spec.counted) {
    return { state: 'untrusted', reason: trust.mark ?? 'untrusted', asMeasured: measured };
  }
  return { state: measured };
}

/** A target's row: the spec, the measurement and the verdict, as `results.json` stores it. */
export interface TargetRow {
  id: TargetId;
  measure: MeasureId;
  label: string;
  target: string;
  limit: number | null;
  unit: Unit;
  value: number | null;
  runs: number;
  /** The runs the budget is defined over. */
  budgetRuns?: number;
  spread?: Spread;
  note?: string;
  state: State;
  reason?: string;
  asMeasured?: Measured;
  /** The load average around the measure. */
  trust?: Trust;
}

/* From the results to each target's input ------------------------------------------------------ */

function fromSection<T extends object>(
  s: Section<T> | NotMeasured | undefined,
  measure: (t: T) => Measurement,
): Input {
  if (s === undefined || failed(s) || notMeasured(s)) return s;
  return measure(s as T);
}

function spreadOrNone(values: readonly number[]): Spread | undefined {
  return values.some(Number.isFinite) ? spreadOf(values) : undefined;
}

function framePoint(r: BenchResults): FramePoint | { error: string } | undefined {
  const f = r.frames;
  if (f === undefined || failed(f)) return f;
  return f.points.find((p) => p.links === FRAME_TARGET_LINKS);
}

function frameInput(r: BenchResults, which: 'ratio' | 'ratioP95'): Input {
  const p = framePoint(r);
  if (p === undefined) {
    return r.frames === undefined
      ? undefined
      : { notMeasured: `no ${FRAME_TARGET_LINKS.toLocaleString('en-US')}-link point (--links)` };
  }
  if ('error' in p) return p;
  const ratio = p[which];
  if (!ratio) return { notMeasured: p.broke ? `broke: ${p.broke}` : 'no runs' };
  const m: Measurement = { value: ratio.value, runs: p.with?.runs.length ?? 0 };
  const s = ratio.spread ?? spreadOrNone(ratio.pairwise);
  if (s) m.spread = s;
  if (p.broke) m.note = p.broke;
  return m;
}

function timed(t: TimedResult): Measurement {
  return { value: t.median, runs: t.runs.length, spread: t.spread };
}

/** Each target's input from a run's results. */
export function inputs(r: BenchResults): Record<TargetId, Input> {
  return {
    firstView: fromSection(r.bytes, (b) => {
      const m: Measurement = { value: b.median, runs: b.runs.length };
      const s = spreadOrNone(b.runs);
      if (s) m.spread = s;
      return m;
    }),
    coldLoad: fromSection(r.load, (l) => {
      const m: Measurement = { value: l.ratio.value, runs: l.app.runs.length };
      const s = l.ratio.spread ?? spreadOrNone(l.ratio.pairwise);
      if (s) m.spread = s;
      return m;
    }),
    frameMean: frameInput(r, 'ratio'),
    frameP95: frameInput(r, 'ratioP95'),
    timelineTick: fromSection(r.timelineTick, timed),
    articleReview: fromSection(r.articleReview, timed),
    hover: fromSection(r.hover, (h) => ({
      value: h.frames.median,
      runs: h.frames.runs.length,
      spread: spreadOf(h.frames.runs),
    })),
    dataBuild: fromSection(r.dataBuild, (d) => ({
      value: d.perDocGrowth,
      runs: d.points[0]?.runs.length ?? 0,
    })),
  };
}

/** The load readings of a target's measure: (d)'s are those of the judged link count. */
export function trustOf(r: BenchResults, spec: TargetSpec): Trust | undefined {
  if (spec.measure === 'd') {
    const p = framePoint(r);
    if (p && !('error' in p) && p.trust) return p.trust;
  }
  return r.trust?.[spec.measure];
}

/** Every target, in `TARGETS` order, with its measurement and verdict. */
export function targetRows(r: BenchResults): TargetRow[] {
  const all = inputs(r);
  return TARGETS.map((spec) => {
    const input = all[spec.id];
    const trust = trustOf(r, spec);
    const e = evaluate(spec, input, trust);
    const row: TargetRow = {
      id: spec.id,
      measure: spec.measure,
      label: spec.label,
      target: spec.text,
      limit: spec.limit,
      unit: spec.unit,
      value: null,
      runs: 0,
      state: e.state,
    };
    if (spec.runs) row.budgetRuns = spec.runs;
    if (input && !('error' in input) && !('notMeasured' in input)) {
      row.value = input.value;
      row.runs = input.runs;
      if (input.spread) row.spread = input.spread;
      if (input.note) row.note = input.note;
    }
    if (e.reason !== undefined) row.reason = e.reason;
    if (e.asMeasured) row.asMeasured = e.asMeasured;
    if (trust) row.trust = trust;
    return row;
  });
}

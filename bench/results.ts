/**
 * The shape of `bench/results.json`. Every section may instead hold the error that stopped it.
 */
import type { Chunk } from './chunks';
import type { Category, Sizes } from './gzip';
import type { Milestones } from './milestones';
import type { Spread } from './stats';
import type { MeasureId, TargetRow } from './targets';
import type { Trust } from './trust';

export interface Series {
  runs: number[];
  median: number;
}

/** A ratio of two medians, with the per-run (pairwise) ratios and their spread. */
export interface Ratio {
  value: number | null;
  pairwise: number[];
  /** The spread of `pairwise` (absent when no pair gave a ratio). */
  spread?: Spread;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  os: string;
  date: string;
  /** 1-minute load average before and after: the machine may be shared. */
  loadAverage: { start: number; end: number };
}

export interface LoadResult {
  url: { app: string; bare: string };
  app: Series;
  bare: Series;
  /** median(app) / median(bare). */
  ratio: Ratio;
  /** When each condition was first seen, app runs (median ms). */
  appMapReadyMs: number;
  appArcsMs: number;
  arcs: number;
  /** Each run's start-up steps, ms after navigation (`milestones.ts`); absent in older files. */
  milestones?: { app: Milestones[]; bare: Milestones[] };
}

export interface BytesResult {
  /** Total gzip bytes of each run (identical when nothing varies between loads). */
  runs: number[];
  median: number;
  totals: Record<Category, Sizes>;
  total: Sizes;
  /** Where the dataset was found; empty when it was not. */
  dataIn: string[];
  documentText?: Sizes & { documents: number };
  files: { url: string; category: Category; raw: number; gzip: number; data?: Sizes }[];
  /** The same files chunk by chunk, the dataset carved out as its own row (`chunks.ts`). */
  chunks: Chunk[];
  bareTotal: Sizes;
}

export interface HoverResult {
  ms: Series;
  frames: Series;
  /** Event → tooltip in the DOM (before the frame that paints it). */
  domMs: Series;
  samples: { arc: string; ms: number; frames: number; domMs: number; queuedMs: number }[];
}

export interface FrameVariant {
  loadMs: number;
  arcs: number;
  runs: {
    mean: number;
    p95: number;
    frames: number;
    wallMs: number;
    events: number;
    cut: boolean;
  }[];
  medianMean: number;
  medianP95: number;
}

export interface FramePoint {
  links: number;
  with?: FrameVariant;
  without?: FrameVariant;
  /** with / without: medians of the runs' mean frame times, and of their p95s. */
  ratio?: Ratio;
  ratioP95?: Ratio;
  /** Why this point has no (or partial) results, e.g. where SVG broke. */
  broke?: string;
  /** The load average around this point's runs. */
  trust?: Trust;
}

export interface FramesResult {
  sequence: string;
  points: FramePoint[];
}

export interface DataBuildResult {
  via: string;
  points: { documents: number; runs: number[]; median: number; errors?: string[] }[];
  /** Time per document at the largest size over time per document at the middle one. */
  perDocGrowth: number | null;
}

/**
 * (f) and (g): one number per run, in ms, from a measure in `bench/measure/` (see
 * `measure/contract.ts`).
 */
export interface TimedResult extends Series {
  p95: number;
  spread: Spread;
}

export interface SectionError {
  error: string;
}

/** A measure the bench has no code for yet: its target row says so instead of a number. */
export interface NotMeasured {
  notMeasured: string;
}

export type Section<T> = T | SectionError;

export function failed(s: object | undefined): s is SectionError {
  return s !== undefined && 'error' in s;
}

export function notMeasured(s: object | undefined): s is NotMeasured {
  return s !== undefined && 'notMeasured' in s;
}

export interface BenchResults {
  machine: Machine;
  /** The commit the builds come from, and how many files outside bench/ differed from it. */
  source: { commit: string; changedFiles: number };
  settings: {
    /** Runs of each measure run (`--runs`, else `DEFAULT_RUNS`). */
    runs: Partial<Record<string, number>>;
    viewport: { width: number; height: number };
    chromiumArgs: string[];
    gzip: string;
    kb: string;
  };
  load?: Section<LoadResult>;
  bytes?: Section<BytesResult>;
  hover?: Section<HoverResult>;
  frames?: Section<FramesResult>;
  dataBuild?: Section<DataBuildResult>;
  /** (f) One timeline tick with 5,000 links, ms. */
  timelineTick?: Section<TimedResult> | NotMeasured;
  /** (g) "Add an article" → the review screen, 5,000-character article, ms. */
  articleReview?: Section<TimedResult> | NotMeasured;
  /**
   * Each measure run: the load average before, after each run (where read) and after, and
   * whether it stayed within the core count. (a), (b) and (c) share their page loads.
   */
  trust?: Partial<Record<MeasureId, Trust>>;
  /** Every target with its verdict (`targets.ts`), as the table shows them. */
  targets?: TargetRow[];
  durationS: number;
}

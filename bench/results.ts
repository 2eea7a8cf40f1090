/**
 * The shape of `bench/results.json`. Every section may instead hold the error that stopped it.
 */
import type { Category, Sizes } from './gzip';

export interface Series {
  runs: number[];
  median: number;
}

/** A ratio of two medians, with the per-run (pairwise) ratios for reference. */
export interface Ratio {
  value: number | null;
  pairwise: number[];
}

export interface Verdict {
  target: string;
  /** null: not measured. */
  pass: boolean | null;
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
  ratio: Ratio & Verdict;
  /** When each condition was first seen, app runs (median ms). */
  appMapReadyMs: number;
  appArcsMs: number;
  arcs: number;
}

export interface BytesResult extends Verdict {
  /** Total gzip bytes of each run (identical when nothing varies between loads). */
  runs: number[];
  median: number;
  totals: Record<Category, Sizes>;
  total: Sizes;
  /** Where the dataset was found; empty when it was not. */
  dataIn: string[];
  documentText?: Sizes & { documents: number };
  files: { url: string; category: Category; raw: number; gzip: number; data?: Sizes }[];
  bareTotal: Sizes;
}

export interface HoverResult extends Verdict {
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
}

export interface FramesResult extends Verdict {
  sequence: string;
  points: FramePoint[];
}

export interface DataBuildResult extends Verdict {
  via: string;
  points: { documents: number; runs: number[]; median: number; errors?: string[] }[];
  /** Time per document at the largest size over time per document at the middle one. */
  perDocGrowth: number | null;
}

export interface TimelineResult extends Verdict {
  points: {
    links: number;
    /** Median ms of one tick, of building the history once, and of a direct reading. */
    tick: number;
    build: number;
    direct: number;
    tickMs: number[];
    buildMs: number[];
    directMs: number[];
    arcs: number;
  }[];
}

export interface SectionError {
  error: string;
}

export type Section<T> = T | SectionError;

export function failed<T extends object>(s: Section<T> | undefined): s is SectionError {
  return s !== undefined && 'error' in s;
}

export interface BenchResults {
  machine: Machine;
  /** The commit the builds come from, and how many files outside bench/ differed from it. */
  source: { commit: string; changedFiles: number };
  settings: {
    runs: number;
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
  timeline?: Section<TimelineResult>;
  durationS: number;
}

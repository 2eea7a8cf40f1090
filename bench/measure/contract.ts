/**
 * What a one-number measure gives the bench: (f) the timeline tick with 5,000 links and (g) "Add an
 * article" → the review screen. The measure times ONE run and returns its milliseconds; `run.ts`
 * calls it once per run (`--runs`, 5 by default), takes the median, p95 and spread, reads the load
 * average around each run, and fills the target's row (`targets.ts`). Until a measure is plugged
 * into `run.ts`'s `ONE_NUMBER_MEASURES`, its row reads "not measured yet".
 */
import type { Browser } from '@playwright/test';

export interface MeasureContext {
  browser: Browser;
  /** The repository root. */
  root: string;
  /** This bench's scratch folder (removed at the end unless `--keep`). */
  work: string;
  /** 0-based index of this run, and how many there are. */
  run: number;
  runs: number;
  /**
   * The production build (a folder) of the app with `links` seeded synthetic links between real
   * countries, as (d) uses; built on first request, shared with (d) and between runs.
   */
  syntheticBuild: (links: number) => Promise<string>;
  /** Serves a built folder on 127.0.0.1 until the measure's last run is done; its URL. */
  serve: (dir: string) => Promise<string>;
}

/** One run: milliseconds, finite and ≥ 0. Throw (with a message) when it cannot be measured. */
export type OneNumberMeasure = (ctx: MeasureContext) => Promise<number>;

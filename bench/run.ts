/**
 * `npm run bench`: builds for production, serves the builds on 127.0.0.1 and measures them in
 * Debian's Chromium (software WebGL). Writes `bench/results.json` and `bench/results.md` and prints
 * the table. Performance is reported here, never asserted in a test.
 *
 *   npm run bench -- [--runs N] [--only a,b,c,d,e,f,g] [--links 10,100,1000,5000] [--keep]
 *                    [--out DIR]   (results.json and results.md there instead of bench/)
 *   npm run bench -- --render bench/results.json   (its table by today's targets; measures nothing)
 *
 * (a) cold load, app vs a bare MapLibre page; (b) bytes of the first view; (c) hover latency;
 * (d) pan/zoom frame time with vs without arcs on synthetic data; (e) data build time;
 * (f) a timeline tick with 5,000 links; (g) "Add an article" → review screen. The budgets and
 * the runs each is judged over are in `targets.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { chunksOf } from './chunks';
import { accountBytes, decodeStringLiteral, documentTextShare, findDataLiteral } from './gzip';
import { CHROMIUM_ARGS, launch, VIEWPORT } from './measure/browser';
import { ensureGeometry, viteBuild } from './measure/build';
import { dataBuildTimes } from './measure/databuild';
import { cameraHash, frameRun, SEQUENCE, SEQUENCE_EVENTS, type FrameRun } from './measure/frames';
import { hoverSamples, type HoverSample } from './measure/hover';
import type { MeasureContext, OneNumberMeasure } from './measure/contract';
import { timelineTick } from './measure/timeline';
import { coldLoad, type ColdLoad, type LoadSample } from './measure/load';
import { serveStatic, type StaticServer } from './measure/server';
import {
  failed,
  type BenchResults,
  type BytesResult,
  type DataBuildResult,
  type FramePoint,
  type FramesResult,
  type FrameVariant,
  type HoverResult,
  type LoadResult,
  type NotMeasured,
  type Ratio,
  type Section,
  type TimedResult,
} from './results';
import { median, percentile, ratio, spread } from './stats';
import { syntheticAtlas, withoutLinks, type GeoMeta } from './synthetic';
import { renderMarkdown } from './table';
import { DEFAULT_RUNS, MEASURES, targetRows, type MeasureId } from './targets';
import { articleReview } from './measure/article';
import { othersCores, readCpu } from './cpu';
import { judgeLoad, loadLog, type Trust } from './trust';

/*
 * (f) and (g): one-number measures (contract in `measure/contract.ts`). Plug a measure in here and
 * its target row fills itself; until then the row reads "not measured yet".
 *
 *   f: the timeline tick with 5,000 links (`timelineTick` in `./measure/timeline`).
 *   g: "Add an article" → the review screen for a 5,000-character article: `articleReview`
 *      in `./measure/article.ts`.
 */
const ONE_NUMBER_MEASURES: Partial<Record<'f' | 'g', OneNumberMeasure>> = {
  f: timelineTick,
  g: articleReview,
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORTS = { app: 4311, bare: 4312, with: 4313, without: 4314, oneNumber: 4315 };
const LOAD_TIMEOUT_MS = 90_000;
/** A page with arcs that takes longer than this to load counts as broken. */
const FRAMES_LOAD_TIMEOUT_MS = 120_000;
/** A run with arcs whose input does not fit in this is cut short (its frames take seconds). */
const FRAME_RUN_LIMIT_MS = 20_000;
/** The whole bench should stay within ~10 minutes: (d) comes last and stops at this. */
const BUDGET_MS = 570_000;
const HOVERS_PER_RUN = 3;
const SEED = 1;
/** Copies of the real documents for (e): 4, 252 and 1,000 documents. */
const DATA_COPIES = [1, 63, 250];

interface Options {
  /** Runs of every measure; undefined: each measure's default (`DEFAULT_RUNS`). */
  runs: number | undefined;
  only: Set<string>;
  links: number[];
  keep: boolean;
  /** Where results.json and results.md go. */
  out: string;
  /** Print the table of a stored results.json (judged by today's targets) and measure nothing. */
  render?: string;
}

function runsOf(options: Options, m: MeasureId): number {
  return options.runs ?? DEFAULT_RUNS[m];
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    runs: undefined,
    only: new Set(MEASURES),
    links: [10, 100, 1000, 5000],
    keep: false,
    out: join(ROOT, 'bench'),
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--runs') options.runs = Math.max(1, Number(value()) || 1);
    else if (flag === '--only') options.only = new Set(value().split(','));
    else if (flag === '--links') options.links = value().split(',').map(Number);
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--out') options.out = resolve(value());
    else if (flag === '--render') options.render = resolve(value());
    else throw new Error(`unknown option ${flag}\n${usage}`);
  }
  return options;
}

const usage =
  'usage: npm run bench -- [--runs N] [--only a,b,c,d,e,f,g] [--links 10,100,1000,5000] [--keep] [--out DIR] [--render results.json]';

const CORES = cpus().length;

/** The 1-minute load average now. */
function readLoad(): number {
  return loadavg()[0] ?? NaN;
}

/**
 * Runs a measure between two load-average readings (and two readings of the processor time used
 * by other processes, `cpu.ts`); `onRun` (for the measure to call after each run) adds a load
 * reading in between. The verdict of the readings goes with the result.
 */
async function withLoad<T>(
  body: (onRun: () => void) => Promise<T>,
): Promise<{ value: T; trust: Trust }> {
  const log = loadLog(readLoad, { read: () => readCpu(), others: othersCores });
  const value = await body(log.run);
  const trust = judgeLoad(log.finish(), CORES);
  if (!trust.trusted) process.stderr.write(`bench:   ${trust.mark}\n`);
  return { value, trust };
}

function errorOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function section<T>(name: string, body: () => Promise<T>): Promise<T | { error: string }> {
  const t0 = Date.now();
  process.stderr.write(`bench: ${name}…\n`);
  try {
    return await body();
  } catch (e) {
    process.stderr.write(`bench: ${name} failed: ${errorOf(e)}\n`);
    return { error: errorOf(e) };
  } finally {
    process.stderr.write(`bench: ${name} took ${Math.round((Date.now() - t0) / 1000)} s\n`);
  }
}

function series(runs: number[]): { runs: number[]; median: number } {
  return { runs, median: median(runs) };
}

/** median(a) / median(b), and the ratios a[i] / b[i] of each pair of runs with their spread. */
function ratioOf(a: readonly number[], b: readonly number[]): Ratio {
  const pairwise = pairRatios(a, b);
  const r: Ratio = { value: ratio(median(a), median(b)), pairwise };
  if (pairwise.length) r.spread = spread(pairwise);
  return r;
}

/** Pairwise ratios a[i] / b[i]. */
function pairRatios(a: readonly number[], b: readonly number[]): number[] {
  return a.flatMap((x, i) => {
    const r = ratio(x, b[i] ?? NaN);
    return r === null ? [] : [r];
  });
}

/* Builds --------------------------------------------------------------------------------------- */

/** A build folder, or why there is none. */
type Built = { dir: string } | { error: string };

interface Builds {
  app?: Built;
  bare?: Built;
  frames: Map<number, { with: Built; without: Built }>;
}

function dirOf(b: Built | undefined): string {
  if (!b) throw new Error('not built');
  if ('error' in b) throw new Error(b.error);
  return b.dir;
}

function build(config: string, outDir: string, env?: Record<string, string>): Promise<Built> {
  return viteBuild({ root: ROOT, config, outDir, ...(env ? { env } : {}) }).then(
    (dir) => ({ dir }),
    (e: unknown) => ({ error: errorOf(e) }),
  );
}

/**
 * Every build up front, two at a time: all measures then see the same snapshot of the source
 * (people may be editing it while the bench runs).
 */
async function buildAll(work: string, options: Options): Promise<Builds> {
  const builds: Builds = { frames: new Map() };
  if (['a', 'b', 'c'].some((m) => options.only.has(m))) {
    [builds.app, builds.bare] = await Promise.all([
      build('vite.config.ts', join(work, 'app')),
      build('bench/vite.bare.config.ts', join(work, 'bare')),
    ]);
  }
  if (options.only.has('d')) {
    for (const links of options.links) {
      const [w, wo] = await Promise.all([
        syntheticBuild(work, links, 'with'),
        syntheticBuild(work, links, 'without'),
      ]);
      builds.frames.set(links, { with: w, without: wo });
    }
  }
  return builds;
}

/** The app built on `links` seeded synthetic links, or on the same countries without them. */
function syntheticBuild(work: string, links: number, v: 'with' | 'without'): Promise<Built> {
  const meta = JSON.parse(
    readFileSync(join(ROOT, 'geo/out/countries-meta.json'), 'utf8'),
  ) as GeoMeta;
  const data = syntheticAtlas({ meta, links, seed: SEED });
  const json = join(work, `atlas-${links}-${v}.json`);
  writeFileSync(json, JSON.stringify(v === 'with' ? data : withoutLinks(data)));
  return build('bench/vite.synthetic.config.ts', join(work, `links-${links}-${v}`), {
    BENCH_ATLAS_JSON: json,
  });
}

/* (a) (b) (c) -------------------------------------------------------------------------------- */

interface LoadSections {
  load: Section<LoadResult>;
  bytes: Section<BytesResult>;
  hover: Section<HoverResult>;
}

async function loadSections(
  browser: Browser,
  appDir: string,
  bareDir: string,
  runs: number,
  onRun: () => void,
): Promise<LoadSections> {
  const servers: StaticServer[] = [];
  try {
    const app = await serveStatic(appDir, PORTS.app);
    servers.push(app);
    const bare = await serveStatic(bareDir, PORTS.bare);
    servers.push(bare);
    const appUrl = app.url;

    // Untimed first load: warms the browser, and gives the bare page the app's map size and camera.
    const warm = await coldLoad(browser, appUrl, { minArcs: 1, timeoutMs: LOAD_TIMEOUT_MS });
    const box = await warm.session.page.locator('.map-area').boundingBox();
    const camera = /map=[-\d./]+/.exec(await cameraHash(warm.session.page))?.[0] ?? '';
    await warm.session.close();
    if (!box) throw new Error('the app has no .map-area');
    const bareUrl = `${bare.url}?w=${Math.round(box.width)}&h=${Math.round(box.height)}#${camera}`;

    const appSamples: LoadSample[] = [];
    const bareSamples: LoadSample[] = [];
    const appBytes: ColdLoad['responses'][] = [];
    const bareBytes: ColdLoad['responses'][] = [];
    const hovers: HoverSample[] = [];
    let hoverError: string | null = null;
    for (let i = 0; i < runs; i++) {
      const order = i % 2 ? (['bare', 'app'] as const) : (['app', 'bare'] as const);
      for (const which of order) {
        const isApp = which === 'app';
        const url = isApp ? appUrl : bareUrl;
        const r = await coldLoad(browser, url, {
          minArcs: isApp ? 1 : 0,
          timeoutMs: LOAD_TIMEOUT_MS,
          collect: true,
        });
        try {
          (isApp ? appSamples : bareSamples).push(r.sample);
          (isApp ? appBytes : bareBytes).push(r.responses);
          if (isApp && !hoverError) {
            try {
              hovers.push(...(await hoverSamples(r.session.page, HOVERS_PER_RUN)));
              if (r.session.problems.length) throw new Error(r.session.problems.join('\n'));
            } catch (e) {
              hoverError = errorOf(e);
            }
          }
        } finally {
          await r.session.close();
        }
      }
      onRun();
      process.stderr.write(
        `bench:   run ${i + 1}: app ${Math.round(appSamples[i]!.paintedMs)} ms, ` +
          `bare ${Math.round(bareSamples[i]!.paintedMs)} ms\n`,
      );
    }

    const appMs = appSamples.map((s) => s.paintedMs);
    const bareMs = bareSamples.map((s) => s.paintedMs);
    const loadRatio = ratioOf(appMs, bareMs);
    const load: LoadResult = {
      url: { app: appUrl, bare: bareUrl },
      app: series(appMs),
      bare: series(bareMs),
      ratio: loadRatio,
      appMapReadyMs: median(appSamples.map((s) => s.mapReadyMs)),
      appArcsMs: median(appSamples.map((s) => s.arcsMs)),
      arcs: appSamples[0]?.arcs ?? 0,
      milestones: {
        app: appSamples.map((s) => s.milestones),
        bare: bareSamples.map((s) => s.milestones),
      },
    };

    const accounts = appBytes.map(accountBytes);
    const first = accounts[0]!;
    const totals = accounts.map((a) => a.total.gzip);
    const dataFile = appBytes[0]!.find((o) => first.dataIn.includes(o.url));
    let documentText: BytesResult['documentText'];
    if (dataFile) {
      const js = new TextDecoder().decode(dataFile.body);
      const at = findDataLiteral(js);
      if (at) documentText = documentTextShare(decodeStringLiteral(js.slice(at.start, at.end)));
    }
    const bytes: BytesResult = {
      runs: totals,
      median: median(totals),
      totals: first.totals,
      total: first.total,
      dataIn: first.dataIn,
      files: first.files,
      chunks: chunksOf(first.files),
      bareTotal: accountBytes(bareBytes[0]!).total,
    };
    if (documentText) bytes.documentText = documentText;

    let hover: Section<HoverResult>;
    if (hovers.length === 0) {
      hover = { error: hoverError ?? 'no hover measured' };
    } else {
      const frames = series(hovers.map((h) => h.frames));
      hover = {
        ms: series(hovers.map((h) => h.ms)),
        frames,
        domMs: series(hovers.map((h) => h.domMs)),
        samples: hovers.map(({ arc, ms, frames: f, domMs, queuedMs }) => ({
          arc,
          ms,
          frames: f,
          domMs,
          queuedMs,
        })),
      };
      if (hoverError) hover = { error: `after ${hovers.length} samples: ${hoverError}` };
    }
    return { load, bytes, hover };
  } finally {
    for (const s of servers) await s.close();
  }
}

/* (d) ---------------------------------------------------------------------------------------- */

function variant(loadMs: number, arcs: number, runs: FrameRun[]): FrameVariant {
  return {
    loadMs,
    arcs,
    runs: runs.map((r) => ({
      mean: r.mean,
      p95: r.p95,
      frames: r.deltas.length,
      wallMs: r.wallMs,
      events: r.events,
      cut: r.cut,
    })),
    medianMean: median(runs.map((r) => r.mean)),
    medianP95: median(runs.map((r) => r.p95)),
  };
}

async function framePoint(
  browser: Browser,
  dirs: { with: string; without: string },
  links: number,
  runs: number,
  deadline: number,
  onRun: () => void,
): Promise<FramePoint> {
  const servers: StaticServer[] = [];
  const loads: ColdLoad[] = [];
  const point: FramePoint = { links };
  const left = () => deadline - Date.now();
  try {
    const serve = async (dir: string, port: number) => {
      const s = await serveStatic(dir, port);
      servers.push(s);
      return s.url;
    };
    const withUrl = await serve(dirs.with, PORTS.with);
    const withoutUrl = await serve(dirs.without, PORTS.without);
    let loadedWith: ColdLoad;
    const loadLimit = Math.max(10_000, Math.min(FRAMES_LOAD_TIMEOUT_MS, left()));
    try {
      loadedWith = await coldLoad(browser, withUrl, { minArcs: 1, timeoutMs: loadLimit });
    } catch (e) {
      point.broke = `the page with ${links} arcs did not load: ${errorOf(e).split('\n')[0]}`;
      return point;
    }
    loads.push(loadedWith);
    const loadedWithout = await coldLoad(browser, withoutUrl, {
      minArcs: 0,
      timeoutMs: FRAMES_LOAD_TIMEOUT_MS,
    });
    loads.push(loadedWithout);
    const pages = { with: loadedWith.session.page, without: loadedWithout.session.page };
    const hashes = { with: await cameraHash(pages.with), without: await cameraHash(pages.without) };
    const done: Record<'with' | 'without', FrameRun[]> = { with: [], without: [] };
    // With arcs first; without arcs then plays as many input events (all, unless the run with
    // arcs was cut short by its time limit).
    try {
      for (let i = 0; i < runs; i++) {
        if (i > 0 && left() < 2 * FRAME_RUN_LIMIT_MS) {
          point.broke = `stopped after ${i} runs: the bench's time budget`;
          break;
        }
        const w = await frameRun(pages.with, hashes.with, { timeLimitMs: FRAME_RUN_LIMIT_MS });
        // A page whose frames take seconds is still busy: close it so it does not slow the other.
        if (w.cut) await loadedWith.session.close();
        const wo = await frameRun(pages.without, hashes.without, {
          timeLimitMs: FRAMES_LOAD_TIMEOUT_MS,
          maxEvents: w.events,
        });
        done.with.push(w);
        done.without.push(wo);
        onRun();
        process.stderr.write(
          `bench:   ${links} links, run ${i + 1}: ${w.mean.toFixed(1)} vs ${wo.mean.toFixed(1)} ms` +
            ` (${w.events} events${w.cut ? ', cut' : ''})\n`,
        );
        if (w.cut) {
          point.broke =
            `SVG cannot keep up: ${w.events} of ${SEQUENCE_EVENTS} input events in ` +
            `${FRAME_RUN_LIMIT_MS / 1000} s, frames of ${Math.round(w.mean)} ms mean, ` +
            `${Math.round(Math.max(...w.deltas))} ms max; stopped after ${i + 1} run`;
          break;
        }
      }
    } catch (e) {
      point.broke = `run ${done.with.length + 1}: ${errorOf(e).split('\n')[0]}`;
    }
    for (const l of loads) {
      if (l.session.problems.length) point.broke ??= l.session.problems.join('; ');
    }
    if (done.with.length > 0) {
      point.with = variant(loadedWith.sample.paintedMs, loadedWith.sample.arcs, done.with);
      point.without = variant(loadedWithout.sample.paintedMs, 0, done.without);
      const of = (k: 'mean' | 'p95') =>
        ratioOf(
          done.with.map((r) => r[k]),
          done.without.map((r) => r[k]),
        );
      point.ratio = of('mean');
      point.ratioP95 = of('p95');
    }
    return point;
  } finally {
    for (const l of loads) await l.session.close().catch(() => undefined);
    for (const s of servers) await s.close();
  }
}

async function framesSection(
  browser: Browser,
  builds: Builds['frames'],
  runs: number,
  deadline: number,
  onRun: () => void,
): Promise<FramesResult> {
  const points: FramePoint[] = [];
  for (const [n, built] of [...builds].sort(([a], [b]) => a - b)) {
    if (deadline - Date.now() < 60_000) {
      points.push({ links: n, broke: "not run: the bench's time budget was spent" });
      continue;
    }
    process.stderr.write(`bench:   ${n} links…\n`);
    const { value: point, trust } = await withLoad(async (onPointRun) => {
      try {
        return await framePoint(
          browser,
          { with: dirOf(built.with), without: dirOf(built.without) },
          n,
          runs,
          deadline,
          () => {
            onPointRun();
            onRun();
          },
        );
      } catch (e) {
        return { links: n, broke: errorOf(e).split('\n')[0] ?? 'failed' };
      }
    });
    points.push({ ...point, trust });
  }
  return {
    sequence: SEQUENCE.map((s) =>
      s.kind === 'drag' ? `drag ${s.dx},${s.dy} px in ${s.steps} moves` : `wheel ${s.dy}`,
    ).join('; '),
    points,
  };
}

/* (e) ---------------------------------------------------------------------------------------- */

async function dataSection(work: string, runs: number): Promise<Section<DataBuildResult>> {
  const r = await dataBuildTimes({
    root: ROOT,
    dataDir: join(ROOT, 'data'),
    workDir: work,
    copies: DATA_COPIES,
    runs,
  });
  if (!r) {
    return {
      error:
        'pending: compiler/index.ts has no buildAtlas() yet (the data compiler is not finished)',
    };
  }
  const points = r.points.map((p) => ({ ...p, median: p.runs.length ? median(p.runs) : NaN }));
  const mid = points[1];
  const last = points[2];
  const growth =
    mid && last && !mid.errors && !last.errors
      ? ratio(last.median / last.documents, mid.median / mid.documents)
      : null;
  return { via: r.via, points, perDocGrowth: growth };
}

/* (f) (g) ------------------------------------------------------------------------------------ */

/** Runs a one-number measure `runs` times (contract in `measure/contract.ts`). */
async function oneNumberSection(
  measure: OneNumberMeasure,
  context: Omit<MeasureContext, 'run' | 'runs' | 'serve'>,
  runs: number,
  onRun: () => void,
): Promise<TimedResult> {
  const servers: StaticServer[] = [];
  const serve = async (dir: string) => {
    const s = await serveStatic(dir, PORTS.oneNumber + servers.length);
    servers.push(s);
    return s.url;
  };
  try {
    const ms: number[] = [];
    for (let run = 0; run < runs; run++) {
      const v = await measure({ ...context, run, runs, serve });
      if (!(Number.isFinite(v) && v >= 0)) throw new Error(`run ${run + 1} gave ${v}, not ms`);
      ms.push(v);
      onRun();
      process.stderr.write(`bench:   run ${run + 1}: ${v.toFixed(2)} ms\n`);
    }
    return { ...series(ms), p95: percentile(ms, 95), spread: spread(ms) };
  } finally {
    for (const s of servers) await s.close();
  }
}

/* --------------------------------------------------------------------------------------------- */

/** The commit measured, and how many files outside bench/ differ from it. */
function sourceState(): BenchResults['source'] {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const changed = git('status', '--porcelain')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.slice(3).startsWith('bench/'));
    return { commit: git('rev-parse', '--short', 'HEAD').trim(), changedFiles: changed.length };
  } catch {
    return { commit: 'unknown', changedFiles: 0 };
  }
}

/** Markdown formatted as `prettier --check .` (npm run lint) expects it. */
async function formatted(results: BenchResults): Promise<string> {
  return format(renderMarkdown(results), {
    ...((await resolveConfig(join(ROOT, 'bench/results.md'))) ?? {}),
    parser: 'markdown',
  });
}

/**
 * A stored results.json judged by today's targets. Files from before per-chunk rows and load
 * readings get their chunks from their files, and no load marks (the summary line says so).
 */
async function renderStored(path: string): Promise<void> {
  const results = JSON.parse(readFileSync(path, 'utf8')) as BenchResults;
  if (results.bytes && !failed(results.bytes))
    results.bytes.chunks ??= chunksOf(results.bytes.files);
  for (const [m, key] of [
    ['f', 'timelineTick'],
    ['g', 'articleReview'],
  ] as const) {
    if (!results[key] && !ONE_NUMBER_MEASURES[m])
      results[key] = { notMeasured: 'not measured yet' };
  }
  results.targets = targetRows(results);
  process.stdout.write(await formatted(results));
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.render) return renderStored(options.render);
  const t0 = Date.now();
  const loadStart = readLoad();
  const work = mkdtempSync(join(tmpdir(), 'bilateral-atlas-bench-'));
  const results: BenchResults = {
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: CORES,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: '',
      os: `${osType()} ${release()}`,
      date: new Date().toISOString(),
      loadAverage: { start: loadStart, end: NaN },
    },
    source: sourceState(),
    settings: {
      runs: Object.fromEntries(
        MEASURES.filter((m) => options.only.has(m)).map((m) => [m, runsOf(options, m)]),
      ),
      viewport: VIEWPORT,
      chromiumArgs: CHROMIUM_ARGS,
      gzip: 'gzip = zlib level 9 of each response body',
      kb: 'KB = 1,000 bytes',
    },
    durationS: 0,
  };
  let browser: Browser | undefined;
  try {
    if (await ensureGeometry(ROOT))
      process.stderr.write('bench: built the geometry (npm run geo)\n');
    const built = await section('builds', () => buildAll(work, options));
    const builds: Builds = 'error' in built ? { frames: new Map() } : built;
    browser = await launch();
    results.machine.chromium = browser.version();
    const b = browser;
    const only = options.only;
    const trust: Partial<Record<MeasureId, Trust>> = {};
    results.trust = trust;
    if (only.has('e')) {
      // Its runs are timed inside `dataBuildTimes`: the load average is read before and after.
      const r = await withLoad(() =>
        section('(e) data build', () => dataSection(work, runsOf(options, 'e'))),
      );
      results.dataBuild = r.value;
      trust.e = r.trust;
    }
    if (only.has('a') || only.has('b') || only.has('c')) {
      const { value: r, trust: t } = await withLoad((onRun) =>
        section('(a)(b)(c) load, bytes, hover', () =>
          loadSections(b, dirOf(builds.app), dirOf(builds.bare), runsOf(options, 'a'), onRun),
        ),
      );
      for (const m of ['a', 'b', 'c'] as const) if (only.has(m)) trust[m] = t;
      if ('error' in r) {
        results.load = results.bytes = results.hover = r;
      } else {
        if (only.has('a')) results.load = r.load;
        if (only.has('b')) results.bytes = r.bytes;
        if (only.has('c')) results.hover = r.hover;
      }
    }
    if (only.has('d')) {
      const r = await withLoad((onRun) =>
        section('(d) frame time', () =>
          framesSection(b, builds.frames, runsOf(options, 'd'), t0 + BUDGET_MS, onRun),
        ),
      );
      results.frames = r.value;
      trust.d = r.trust;
    }
    // (f) (g): after (d), whose builds they may share.
    const synthetic = new Map<number, Promise<string>>();
    const context = {
      browser: b,
      root: ROOT,
      work,
      syntheticBuild: (links: number) => {
        const known = builds.frames.get(links)?.with;
        let dir = synthetic.get(links);
        if (!dir) {
          dir = known
            ? Promise.resolve(dirOf(known))
            : syntheticBuild(work, links, 'with').then(dirOf);
          synthetic.set(links, dir);
        }
        return dir;
      },
    };
    const oneNumber = async (
      m: 'f' | 'g',
      name: string,
    ): Promise<Section<TimedResult> | NotMeasured> => {
      const measure = ONE_NUMBER_MEASURES[m];
      if (!measure) return { notMeasured: 'not measured yet' };
      const r = await withLoad((onRun) =>
        section(name, () => oneNumberSection(measure, context, runsOf(options, m), onRun)),
      );
      trust[m] = r.trust;
      return r.value;
    };
    if (only.has('f')) results.timelineTick = await oneNumber('f', '(f) timeline tick');
    if (only.has('g')) results.articleReview = await oneNumber('g', '(g) article → review');
  } finally {
    await browser?.close();
    if (!options.keep) rmSync(work, { recursive: true, force: true });
    else process.stderr.write(`bench: builds kept in ${work}\n`);
  }
  results.machine.loadAverage.end = readLoad();
  results.durationS = Math.round((Date.now() - t0) / 1000);
  results.targets = targetRows(results);
  const md = await formatted(results);
  mkdirSync(options.out, { recursive: true });
  const json = join(options.out, 'results.json');
  const table = join(options.out, 'results.md');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(table, md);
  process.stdout.write(`\n${md}\n(${results.durationS} s; ${json}, ${table})\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${errorOf(e)}\n`);
  process.exitCode = 1;
});

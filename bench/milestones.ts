/**
 * Where a cold load's milliseconds go: when each step of the start-up happened, in ms after
 * navigation, for the app and the bare MapLibre page side by side (median over the runs). The
 * page gives its resource timings and its User Timing marks (`atlas:*`, set by the app's entry and
 * by `bare/main.ts` at the same points); this module names and orders them. Pure.
 */
import { median } from './stats';

export interface RawTimings {
  /** The HTML's `responseEnd`. */
  html: number | null;
  resources: { name: string; startTime: number; responseEnd: number }[];
  marks: { name: string; startTime: number }[];
  /** From the bench's probe: countries drawn (`data-map-painted`), arcs in the page, the painted frame. */
  mapReady: number | null;
  arcs: number | null;
  painted: number | null;
}

export type Milestones = Record<string, number>;

/** In the order a load goes through them; a name not here is listed after them. */
export const MILESTONES = [
  'HTML received',
  'scripts received',
  'geometry received',
  'worker received',
  'atlas:map-start',
  'atlas:map-created',
  'atlas:geometry-decoded',
  'atlas:mount-start',
  'atlas:mounted',
  'atlas:source-countries',
  'countries drawn',
  'arcs in the page',
  'painted',
  'atlas:names-placed',
] as const;

const isWorker = (url: string) => /maplibre-gl-worker[^/]*\.m?js(\?|$)/.test(url);
const isScript = (url: string) => /\.m?js(\?|$)/.test(url) && !isWorker(url);
const isGeometry = (url: string) => /\/geo\/countries-coarse[^/]*\.json(\?|$)/.test(url);

/**
 * The milestones of one load. Resources requested after the painted frame (what the app fetches
 * in idle time) are not part of it; a script's milestone is the last script to arrive.
 */
export function milestonesOf(raw: RawTimings): Milestones {
  const out: Milestones = {};
  const set = (name: string, v: number | null | undefined) => {
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[name] = v;
  };
  const before = raw.resources.filter((r) => raw.painted === null || r.startTime <= raw.painted);
  const last = (pick: (url: string) => boolean) => {
    const ends = before.filter((r) => pick(r.name)).map((r) => r.responseEnd);
    return ends.length ? Math.max(...ends) : null;
  };
  set('HTML received', raw.html);
  set('scripts received', last(isScript));
  set('geometry received', last(isGeometry));
  set('worker received', last(isWorker));
  for (const m of raw.marks)
    if (m.name.startsWith('atlas:') && !(m.name in out)) set(m.name, m.startTime);
  set('countries drawn', raw.mapReady);
  set('arcs in the page', raw.arcs);
  set('painted', raw.painted);
  return out;
}

export interface MilestoneRow {
  name: string;
  /** Median over the runs that have it; null when none does. */
  app: number | null;
  bare: number | null;
  /** How many runs had it, of how many. */
  appRuns: number;
  bareRuns: number;
}

/** One row per milestone seen in either page, in load order, with the median of each page. */
export function milestoneRows(
  app: readonly Milestones[],
  bare: readonly Milestones[],
): MilestoneRow[] {
  const names = new Set<string>([...app, ...bare].flatMap((m) => Object.keys(m)));
  const known: readonly string[] = MILESTONES;
  const ordered = [
    ...known.filter((n) => names.has(n)),
    ...[...names].filter((n) => !known.includes(n)).sort(),
  ];
  const med = (runs: readonly Milestones[], name: string) => {
    const values = runs.map((m) => m[name]).filter((v): v is number => typeof v === 'number');
    return { value: values.length ? median(values) : null, runs: values.length };
  };
  return ordered.map((name) => {
    const a = med(app, name);
    const b = med(bare, name);
    return { name, app: a.value, bare: b.value, appRuns: a.runs, bareRuns: b.runs };
  });
}

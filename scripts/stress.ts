/**
 * The stress run of issue 15, as a hostile or careless user would: fuzzed URL hashes typed into
 * the address bar (hashchange) and opened fresh (load), then WebGL context losses. Against the
 * production build served by `vite preview` (`npm run stress` builds first); not part of `npm test`.
 *
 * Counts, for every state: page errors (and console errors), blank maps (the map says it is
 * ready but draws fewer arcs than the data has at the URL's date, or none where it has some),
 * and URLs left invalid (the address bar is not its own tidy form by src/lib/url-state.ts rules).
 * Then context losses: zoom and centre drift, and the heap after gc, per cycle.
 *
 *   npm run stress                      # 1,000 hashes, 100 loads, 20 losses, seed 15
 *   npm run stress -- --hashes 200 --loads 20 --losses 10 --seed 7 --port 4655
 *
 * Seeded: the same seed gives the same hashes. Waits on the app's own signals
 * (`data-map-ready`, `data-camera-resting`), never on the clock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { seededRandom } from '../bench/synthetic';
import { buildAtlas } from '../compiler/index';
import { arcHistory, arcsAt } from '../src/lib/links';
import { COUNTRY_LOOK } from '../src/map/country-look';
import {
  parseUrlState,
  readMapCamera,
  tidyHash,
  type UrlValidity,
  type ZoomRange,
} from '../src/lib/url-state';

const chromiumConfig = JSON.parse(
  readFileSync(new URL('./chromium.json', import.meta.url), 'utf8'),
) as { path: string; args: string[] };

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

const HASHES = option('hashes', 1000);
const LOADS = option('loads', 100);
const LOSSES = option('losses', 20);
const SEED = option('seed', 15);
const PORT = option('port', 4655);
const BASE = `http://127.0.0.1:${PORT}/`;

// ── What the data allows ──────────────────────────────────────────────────────────────────
const built = buildAtlas();
if (!built.data) throw new Error(`the data does not compile (${built.errors.length} errors)`);
const atlas = built.data;
const history = arcHistory(atlas);
const validity: UrlValidity = {
  countries: new Set(atlas.countries.map((c) => c.iso3)),
  links: new Set(atlas.links.map((l) => l.id)),
  tourLength: atlas.tour.length,
};
const range: ZoomRange = { min: COUNTRY_LOOK.zoomRange[0], max: COUNTRY_LOOK.zoomRange[1] };

/** The arcs the map should draw for this address bar (the date it names, or the whole record). */
function expectedArcs(hash: string): number {
  return arcsAt(history, parseUrlState(hash, validity).date ?? null).length;
}

/** The address bar is what the app would write: its own tidy form. */
function tidy(hash: string): boolean {
  if (readMapCamera(hash, range).kind !== 'ok') return false;
  return hash === tidyHash(hash, parseUrlState(hash, validity), range);
}

// ── Fuzzed hashes ─────────────────────────────────────────────────────────────────────────
const random = seededRandom(SEED);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const HOSTILE_NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '1e309',
  '1e10',
  '1e300',
  '-540',
  '540',
  '85.1',
  '-91',
  '24',
  '-3',
  '0',
  '-0',
  '0x10',
  '1e-400',
  '',
  ' ',
  '+4',
  '4.',
  '.5',
  '1,5',
];
const FINE_NUMBERS = ['0', '1.5', '3', '4', '45', '-33.9', '80', '127', '180', '-170', '9'];
const number = () => (random() < 0.4 ? pick(HOSTILE_NUMBERS) : pick(FINE_NUMBERS));
const JUNK = [
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '%00',
  '%E0%A4%A',
  '../../etc/passwd',
  '💥',
  'ＫＡＺ',
  'kaz',
  'KAZ ',
  '%',
  '&&&',
  '==',
];
const junk = () => pick(JUNK);
const countries = [...validity.countries];
const links = [...validity.links];

function mapValue(): string {
  const parts = 3 + (random() < 0.2 ? pick([-2, -1, 1, 2, 3]) : 0);
  return Array.from({ length: Math.max(0, parts) }, number).join('/');
}

const MAKERS: Record<string, () => string> = {
  map: mapValue,
  country: () => (random() < 0.5 ? pick(countries) : random() < 0.5 ? junk() : 'ZZZ'),
  link: () => (random() < 0.5 ? pick(links) : random() < 0.5 ? junk() : 'AAA-BBB'),
  lang: () => pick(['ja', 'en', 'xx', 'EN', '', junk()]),
  date: () =>
    pick([
      '2021-06-01',
      '1992-01-28',
      '2024-11-27',
      '99999-99',
      '2020-13-40',
      '1000-01-01',
      '2999-12-31',
      '2023-02-29',
      junk(),
    ]),
  tour: () =>
    pick([
      '1',
      '2',
      String(validity.tourLength),
      String(validity.tourLength + 1),
      '-4',
      '0',
      '1e9',
      'abc',
      '3.5',
    ]),
};

function fuzzedHash(): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(random() * 5);
  for (let i = 0; i < n; i++) {
    const r = random();
    if (r < 0.8) {
      const key = pick(Object.keys(MAKERS));
      parts.push(`${key}=${MAKERS[key]!()}`);
      if (random() < 0.15) parts.push(`${key}=${MAKERS[key]!()}`); // a duplicate key
    } else if (r < 0.9) parts.push(`${pick(['zoom', 'x', 'Map', 'center', junk()])}=${number()}`);
    else parts.push(`${pick(['junk', 'map'])}=${'x'.repeat(1000 + Math.floor(random() * 9000))}`);
  }
  return `#${parts.join('&')}`;
}

// ── The page ──────────────────────────────────────────────────────────────────────────────
interface Tally {
  states: number;
  pageErrors: string[];
  blank: string[];
  invalid: string[];
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-map-ready="true"][data-camera-resting="true"]') !== null,
    null,
    { timeout: 90_000 },
  );
}

/** Arcs drawn by the overlay, with finite, non-empty boxes (not thrown a million pixels away). */
function drawnArcs(page: Page): Promise<{ total: number; finite: number }> {
  return page.evaluate(() => {
    const paths = [...document.querySelectorAll('[data-arc] path.hit')];
    const finite = paths.filter((p) => {
      const r = p.getBoundingClientRect();
      return r.width + r.height > 0 && Math.abs(r.left) < 1e6 && Math.abs(r.top) < 1e6;
    });
    return { total: paths.length, finite: finite.length };
  });
}

async function check(page: Page, label: string, tally: Tally): Promise<void> {
  tally.states++;
  try {
    await settle(page);
  } catch (e) {
    tally.blank.push(`${label}: the map never came to rest (${(e as Error).message.slice(0, 80)})`);
    return;
  }
  // Two frames: what the app schedules for the next frame (the URL writer, the arcs) has run.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await settle(page);
  const hash = await page.evaluate(() => location.hash);
  const expected = expectedArcs(hash);
  const arcs = await drawnArcs(page);
  if (arcs.total !== expected || (expected > 0 && arcs.finite === 0)) {
    tally.blank.push(`${label}: ${arcs.total} arcs (${arcs.finite} placed), expected ${expected}`);
  }
  if (!tidy(hash)) tally.invalid.push(`${label} → ${hash.slice(0, 160)}`);
}

async function main(): Promise<void> {
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  };
  process.on('exit', stop);
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 120) throw new Error(`vite preview did not answer on ${BASE}`);
    await new Promise((r) => setTimeout(r, 500));
  }

  const browser = await chromium.launch({
    executablePath: chromiumConfig.path,
    args: chromiumConfig.args,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const tally: Tally = { states: 0, pageErrors: [], blank: [], invalid: [] };
  let current = '';
  page.on('pageerror', (e) => tally.pageErrors.push(`${current}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') tally.pageErrors.push(`${current}: console: ${m.text()}`);
  });
  const started = performance.now();

  // 1. By hashchange, in one page.
  await page.goto(`${BASE}#lang=en`);
  await settle(page);
  const hashTally: Tally = { states: 0, pageErrors: tally.pageErrors, blank: [], invalid: [] };
  for (let i = 0; i < HASHES; i++) {
    current = fuzzedHash();
    // Leave any presentation a `tour=` opened, as a person would, so the next hash is read.
    await page.evaluate(
      (h) =>
        new Promise<void>((resolve) => {
          // After the app's own hashchange handlers (registered first) have run.
          addEventListener('hashchange', () => setTimeout(resolve, 0), { once: true });
          const before = location.href;
          location.hash = h;
          if (location.href === before) resolve();
        }),
      current,
    );
    await check(page, `hashchange #${i} ${current.slice(0, 80)}`, hashTally);
    if ((i + 1) % 25 === 0) {
      console.log(
        `  hashchange ${i + 1}/${HASHES}: ${tally.pageErrors.length} page errors, ` +
          `${hashTally.blank.length} blank, ${hashTally.invalid.length} invalid`,
      );
    }
  }
  const hashErrors = tally.pageErrors.length;

  // 2. By fresh load.
  const loadTally: Tally = { states: 0, pageErrors: tally.pageErrors, blank: [], invalid: [] };
  for (let i = 0; i < LOADS; i++) {
    current = fuzzedHash();
    await page.goto('about:blank');
    await page.goto(`${BASE}${current}`);
    await check(page, `load #${i} ${current.slice(0, 80)}`, loadTally);
    if ((i + 1) % 5 === 0) {
      console.log(
        `  load ${i + 1}/${LOADS}: ${tally.pageErrors.length - hashErrors} page errors, ` +
          `${loadTally.blank.length} blank, ${loadTally.invalid.length} invalid`,
      );
    }
  }
  const loadErrors = tally.pageErrors.length - hashErrors;

  // 3. Context losses at one camera.
  current = 'context loss';
  await page.goto('about:blank');
  await page.goto(`${BASE}#map=4/45/80&lang=en`);
  await settle(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  };
  const cameraNow = () => page.evaluate(() => location.hash);
  const first = readMapCamera(await cameraNow(), range);
  const heaps: number[] = [await heap()];
  let restored = 0;
  for (let i = 0; i < LOSSES; i++) {
    await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
      const ext = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
      (window as unknown as { lose: WEBGL_lose_context }).lose = ext;
      ext.loseContext();
    });
    // A locator's wait, not `waitForSelector`: the element handle that one returns is held by
    // the DevTools protocol until disposed, and kept each cycle's SVG map alive (≈ 1.9 MB a
    // cycle in the heap, the harness's own, not the app's).
    await page.getByTestId('svg-map').waitFor({ timeout: 60_000 });
    await page.evaluate(() =>
      (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext(),
    );
    await page.getByTestId('svg-map').waitFor({ state: 'detached', timeout: 90_000 });
    await settle(page);
    restored++;
    heaps.push(await heap());
  }
  const last = readMapCamera(await cameraNow(), range);
  await cdp.detach();
  await browser.close();
  stop();

  const minutes = (performance.now() - started) / 60_000;
  const zoomDrift =
    first.kind === 'ok' && last.kind === 'ok' ? last.camera.zoom - first.camera.zoom : NaN;
  const centre =
    first.kind === 'ok' && last.kind === 'ok'
      ? `${first.camera.lat}/${first.camera.lng} → ${last.camera.lat}/${last.camera.lng}`
      : 'unreadable';
  const perCycle = (from: number) =>
    heaps.length > from + 1
      ? ((heaps.at(-1)! - heaps[from]!) / (heaps.length - 1 - from)).toFixed(3)
      : 'n/a';
  const show = (title: string, list: string[]) => {
    console.log(`${title}: ${list.length}`);
    for (const line of list.slice(0, 10)) console.log(`    ${line}`);
  };
  console.log(`\nstress run, seed ${SEED}, ${minutes.toFixed(1)} min`);
  console.log(`hashchange: ${hashTally.states} hashes`);
  console.log(`  page errors: ${hashErrors}`);
  show('  blank maps', hashTally.blank);
  show('  URLs left invalid', hashTally.invalid);
  console.log(`fresh load: ${loadTally.states} loads`);
  console.log(`  page errors: ${loadErrors}`);
  show('  blank maps', loadTally.blank);
  show('  URLs left invalid', loadTally.invalid);
  for (const line of tally.pageErrors.slice(0, 10)) console.log(`    ${line.slice(0, 200)}`);
  console.log(`context losses: ${restored}/${LOSSES} restored`);
  console.log(`  zoom drift: ${zoomDrift}; centre ${centre}`);
  console.log(
    `  heap after gc: ${heaps[0]!.toFixed(2)} → ${heaps.at(-1)!.toFixed(2)} MB; ` +
      `${perCycle(0)} MB/cycle overall, ${perCycle(5)} MB/cycle after 5 warm-up cycles`,
  );
  const failed =
    tally.pageErrors.length +
    hashTally.blank.length +
    hashTally.invalid.length +
    loadTally.blank.length +
    loadTally.invalid.length +
    (restored === LOSSES ? 0 : 1) +
    (Math.abs(zoomDrift) <= 0.01 ? 0 : 1);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});

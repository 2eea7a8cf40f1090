/**
 * The bench results as Markdown tables (stdout and `bench/results.md`). Pure.
 */
import { chunkName, chunkTotal, type Chunk } from './chunks';
import { milestoneRows } from './milestones';
import { failed, type BenchResults, type FramePoint } from './results';
import type { Spread } from './stats';
import { targetRows, type Measured, type MeasureId, type TargetRow, type Unit } from './targets';
import { fmtLoad, OTHERS_LIMIT, type Trust } from './trust';

export type Align = 'left' | 'right';

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A GitHub Markdown table, columns padded so it also reads as plain text. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const all = [header, ...rows].map((r) => header.map((_, i) => cell(r[i] ?? '')));
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => [...r[i]!].length)));
  const pad = (s: string, i: number) =>
    align[i] === 'right' ? s.padStart(widths[i]!) : s.padEnd(widths[i]!);
  const line = (r: string[]) => `| ${r.map(pad).join(' | ')} |`;
  const rule = widths.map((w, i) =>
    align[i] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w),
  );
  return [line(all[0]!), `| ${rule.join(' | ')} |`, ...all.slice(1).map(line)].join('\n');
}

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms >= 100 ? `${Math.round(ms).toLocaleString('en-US')} ms` : `${ms.toFixed(1)} ms`;
}

/** KB = 1,000 bytes, as Vite reports sizes. */
export function fmtKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

export function fmtRatio(r: number | null | undefined): string {
  return r === null || r === undefined || !Number.isFinite(r) ? '—' : `${r.toFixed(2)}`;
}

export function fmtCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** A value in a target's unit. */
export function fmtValue(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'KB':
      return fmtKB(value);
    case '×':
      return `${fmtRatio(value)}×`;
    case 'ms':
      return fmtMs(value);
    case 'frames':
      return `frame ${value}`;
  }
}

/** Run-to-run spread: the range, and the quartiles when there are enough runs to mean anything. */
export function fmtSpread(s: Spread | undefined, unit: Unit): string {
  if (!s) return '';
  const f = (x: number) => fmtValue(x, unit);
  if (s.min === s.max) return `all ${s.n} equal`;
  const range = `${f(s.min)} – ${f(s.max)}`;
  return s.n >= 4 ? `${range}; IQR ${f(s.q1)} – ${f(s.q3)}` : range;
}

function measuredWord(m: Measured): string {
  return m === 'pass' ? 'PASS' : m === 'fail' ? 'FAIL' : 'reported (no budget)';
}

/** A target's verdict in words. */
export function resultCell(row: Pick<TargetRow, 'state' | 'reason' | 'asMeasured'>): string {
  switch (row.state) {
    case 'pass':
    case 'fail':
    case 'reported':
      return measuredWord(row.state);
    case 'untrusted': {
      const mark = row.reason ?? 'untrusted';
      return row.asMeasured ? `${mark}; ${measuredWord(row.asMeasured)} as measured` : mark;
    }
    case 'error':
      return `error: ${row.reason ?? ''}`;
    case 'not measured': {
      const reason = row.reason ?? 'not measured';
      return reason.startsWith('not ') ? reason : `not measured: ${reason}`;
    }
  }
}

/** "7", or "5 of 7" when fewer runs were made than the budget is defined over. */
export function runsCell(t: Pick<TargetRow, 'runs' | 'budgetRuns'>): string {
  if (!t.runs) return '';
  return t.budgetRuns && t.runs < t.budgetRuns ? `${t.runs} of ${t.budgetRuns}` : String(t.runs);
}

const TARGET_HEADER = [
  'Target',
  'Budget',
  'Measured',
  'Runs',
  'Run-to-run spread',
  'Load average',
  'Result',
];

export function targetTableRows(rows: readonly TargetRow[]): string[][] {
  return rows.map((t) => [
    t.label,
    t.target,
    fmtValue(t.value, t.unit),
    runsCell(t),
    fmtSpread(t.spread, t.unit),
    t.trust && t.value !== null ? fmtLoad(t.trust) : '',
    resultCell(t),
  ]);
}

/**
 * "Targets: 2 PASS, 1 FAIL, 1 untrusted, 2 not measured. Measures: 1 of 4 untrusted (load
 * average above 2 cores)." Zero counts are left out.
 */
export function summaryLine(
  rows: readonly TargetRow[],
  trust: Partial<Record<MeasureId, Trust>> | undefined,
  cores: number,
): string {
  const count = (state: TargetRow['state']) => rows.filter((t) => t.state === state).length;
  const parts: [number, string][] = [
    [count('pass'), 'PASS'],
    [count('fail'), 'FAIL'],
    [count('reported'), 'reported'],
    [count('untrusted'), 'untrusted'],
    [count('not measured'), 'not measured'],
    [count('error'), 'error'],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const measures = Object.values(trust ?? {});
  const untrusted = measures.filter((t) => !t.trusted).length;
  const knows = (t: Trust) => typeof t.load.others === 'number' && Number.isFinite(t.load.others);
  const rule = measures.every(knows)
    ? `other processes above ${OTHERS_LIMIT} cores`
    : measures.some(knows)
      ? `other processes above ${OTHERS_LIMIT} cores, or where that is unknown, load average above ${cores} cores`
      : `load average above ${cores} cores`;
  const load = measures.length
    ? ` Measures: ${untrusted} of ${measures.length} untrusted (${rule}).`
    : ' Measures: load average not recorded.';
  return `Targets: ${said.join(', ') || 'none'}.${load}`;
}

/** The first view file by file, and the total the budget is about. */
export function chunkTableRows(chunks: readonly Chunk[]): string[][] {
  const total = chunkTotal(chunks);
  return [
    ...chunks.map((c) => [c.name, c.kind, fmtKB(c.raw), fmtKB(c.gzip)]),
    ['Total', '', fmtKB(total.raw), fmtKB(total.gzip)],
  ];
}

const HEADER = ['Measure', 'Runs', 'Median'];

function errorRow(label: string, s: object | undefined): string[] | null {
  if (s === undefined) return [label, '', 'not run'];
  if (failed(s)) return [label, '', `error: ${s.error.split('\n')[0]}`];
  return null;
}

function frameCell(p: FramePoint): string {
  if (!p.with || !p.without || !p.ratio) return p.broke ? `broke: ${p.broke}` : '—';
  return (
    `×${fmtRatio(p.ratio.value)} (${fmtMs(p.with.medianMean)} vs ${fmtMs(p.without.medianMean)}` +
    ` mean; p95 ×${fmtRatio(p.ratioP95?.value)})`
  );
}

/** The numbers behind the targets, one row each (verdicts are in the targets table). */
export function summaryRows(r: BenchResults): string[][] {
  const rows: string[][] = [];
  const load = r.load;
  const le = errorRow('(a) Cold load', load);
  if (le) rows.push(le);
  else if (load && !failed(load)) {
    const n = String(load.app.runs.length);
    rows.push(['(a) Cold load, app: map + arcs painted', n, fmtMs(load.app.median)]);
    rows.push(['(a) Cold load, bare MapLibre page', n, fmtMs(load.bare.median)]);
    rows.push(['(a) Ratio app / bare', n, fmtRatio(load.ratio.value)]);
  }
  const bytes = r.bytes;
  const be = errorRow('(b) Bytes, first view', bytes);
  if (be) rows.push(be);
  else if (bytes && !failed(bytes)) {
    const n = String(bytes.runs.length);
    const where = bytes.dataIn.length
      ? `inside ${bytes.dataIn.map(chunkName).join(', ')}`
      : 'not found';
    const t = bytes.totals;
    rows.push(['(b) JS, gzip (app + MapLibre + its worker; data excluded)', n, fmtKB(t.js.gzip)]);
    rows.push([`(b) Data, gzip (atlas dataset, ${where})`, n, fmtKB(t.data.gzip)]);
    if (bytes.documentText) {
      const d = bytes.documentText;
      rows.push(
        d.raw === 0
          ? [`(b)   of which the ${d.documents} documents' texts`, n, 'none (a lazy chunk)']
          : [`(b)   of which the ${d.documents} documents' texts`, n, `≈ ${fmtKB(d.gzip)}`],
      );
    }
    rows.push(['(b) CSS, gzip', n, fmtKB(t.css.gzip)]);
    rows.push(['(b) Geometry, gzip', n, fmtKB(t.geometry.gzip)]);
    rows.push(['(b) HTML, gzip', n, fmtKB(t.html.gzip)]);
    if (t.other.raw) rows.push(['(b) Other, gzip', n, fmtKB(t.other.gzip)]);
    rows.push(['(b) Total, gzip', n, fmtKB(bytes.median)]);
  }
  const hover = r.hover;
  const he = errorRow('(c) Hover → tooltip painted', hover);
  if (he) rows.push(he);
  else if (hover && !failed(hover)) {
    rows.push([
      '(c) Hover → tooltip painted',
      String(hover.ms.runs.length),
      `${fmtMs(hover.ms.median)} = ${(hover.ms.median / (1000 / 60)).toFixed(2)} × 16.7 ms; frame ${hover.frames.median}`,
    ]);
  }
  const frames = r.frames;
  const fe = errorRow('(d) Pan/zoom frame time, with / without arcs', frames);
  if (fe) rows.push(fe);
  else if (frames && !failed(frames)) {
    for (const p of frames.points) {
      rows.push([
        `(d) Frame time with / without arcs, ${fmtCount(p.links)} links`,
        String(p.with?.runs.length ?? 0),
        frameCell(p),
      ]);
    }
  }
  const data = r.dataBuild;
  const de = errorRow('(e) Data build', data);
  if (de) rows.push(de);
  else if (data && !failed(data)) {
    for (const p of data.points) {
      rows.push([
        `(e) Data build, ${fmtCount(p.documents)} documents`,
        String(p.runs.length),
        p.errors ? `invalid: ${p.errors[0]}` : fmtMs(p.median),
      ]);
    }
    const [, mid, last] = data.points;
    if (mid && last) {
      rows.push([
        `(e) Time per document, ${fmtCount(last.documents)} vs ${fmtCount(mid.documents)} docs`,
        '',
        `×${fmtRatio(data.perDocGrowth)}`,
      ]);
    }
  }
  return rows;
}

export function frameDetailRows(r: BenchResults): string[][] {
  if (!r.frames || failed(r.frames)) return [];
  return r.frames.points.map((p) => [
    fmtCount(p.links),
    p.with ? fmtMs(p.with.medianMean) : '—',
    p.without ? fmtMs(p.without.medianMean) : '—',
    fmtRatio(p.ratio?.value),
    p.with ? fmtMs(p.with.medianP95) : '—',
    p.without ? fmtMs(p.without.medianP95) : '—',
    fmtRatio(p.ratioP95?.value),
    p.with ? fmtMs(p.with.loadMs) : '—',
    p.trust ? (p.trust.trusted ? fmtLoad(p.trust) : (p.trust.mark ?? '')) : '',
    p.broke ?? '',
  ]);
}

const MILESTONE_NAMES: Record<string, string> = {
  'atlas:map-start': 'map creation starts',
  'atlas:names-placed': 'names placed (after the measure)',
  'atlas:map-created': 'map created',
  'atlas:geometry-decoded': 'geometry decoded',
  'atlas:mount-start': 'interface mount starts',
  'atlas:mounted': 'interface mounted',
  'atlas:source-countries': 'countries handed to the map',
};

/** (a)'s start-up, step by step: median ms after navigation in each page, and the app's lag. */
export function milestoneTableRows(r: BenchResults): string[][] {
  const m = r.load && !failed(r.load) ? r.load.milestones : undefined;
  if (!m) return [];
  return milestoneRows(m.app, m.bare).map((row) => {
    const at = (v: number | null, runs: number, of: number) =>
      v === null ? '—' : `${fmtMs(v)}${runs < of ? ` (${runs} of ${of})` : ''}`;
    return [
      MILESTONE_NAMES[row.name] ?? row.name,
      at(row.app, row.appRuns, m.app.length),
      at(row.bare, row.bareRuns, m.bare.length),
      row.app !== null && row.bare !== null
        ? `${row.app >= row.bare ? '+' : '−'}${fmtMs(Math.abs(row.app - row.bare))}`
        : '',
    ];
  });
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const out = [
    `Bench of ${m.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node},`,
    `Chromium ${m.chromium} (SwiftShader software WebGL), ${r.settings.viewport.width}×${r.settings.viewport.height};`,
    `load average ${m.loadAverage.start.toFixed(1)} → ${m.loadAverage.end.toFixed(1)} over the run` +
      `${r.trust ? " (each measure's in its row)" : ''}. Source: ${r.source.commit}` +
      `${r.source.changedFiles ? ` + ${r.source.changedFiles} changed files` : ''}. ${r.settings.kb}; ${r.settings.gzip}.`,
  ];
  const targets = r.targets ?? targetRows(r);
  out.push(
    '',
    summaryLine(targets, r.trust, m.cores),
    '',
    markdownTable(TARGET_HEADER, targetTableRows(targets), [
      'left',
      'left',
      'right',
      'right',
      'left',
      'left',
    ]),
  );
  if (r.bytes && !failed(r.bytes) && r.bytes.chunks.length) {
    out.push(
      '',
      markdownTable(
        ['First view, file by file', 'Kind', 'Raw', 'Gzip'],
        chunkTableRows(r.bytes.chunks),
        ['left', 'left', 'right', 'right'],
      ),
    );
  }
  const details = summaryRows(r);
  if (details.length) out.push('', markdownTable(HEADER, details, ['left', 'right', 'left']));
  const steps = milestoneTableRows(r);
  if (steps.length)
    out.push(
      '',
      markdownTable(
        ['(a) Start-up, ms after navigation (median)', 'App', 'Bare MapLibre', 'App later by'],
        steps,
        ['left', 'right', 'right', 'right'],
      ),
    );
  const detail = frameDetailRows(r);
  if (detail.length) {
    out.push(
      '',
      markdownTable(
        [
          'Links',
          'Mean, with',
          'Mean, without',
          'Ratio',
          'p95, with',
          'p95, without',
          'Ratio p95',
          'Load, with',
          'Load average',
          'Notes',
        ],
        detail,
        ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'left'],
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

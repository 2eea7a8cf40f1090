/**
 * The bench results as Markdown tables (stdout and `bench/results.md`). Pure.
 */
import { failed, type BenchResults, type FramePoint, type Section } from './results';

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

export function verdict(pass: boolean | null | undefined): string {
  return pass === null || pass === undefined ? 'n/a' : pass ? 'pass' : 'FAIL';
}

const HEADER = ['Measure', 'Runs', 'Median', 'Target', 'Result'];

function errorRow<T extends object>(label: string, s: Section<T> | undefined): string[] | null {
  if (s === undefined) return [label, '', 'not run', '', 'n/a'];
  if (failed(s)) return [label, '', `error: ${s.error.split('\n')[0]}`, '', 'n/a'];
  return null;
}

function frameCell(p: FramePoint): string {
  if (!p.with || !p.without || !p.ratio) return p.broke ? `broke: ${p.broke}` : '—';
  return (
    `×${fmtRatio(p.ratio.value)} (${fmtMs(p.with.medianMean)} vs ${fmtMs(p.without.medianMean)}` +
    ` mean; p95 ×${fmtRatio(p.ratioP95?.value)})`
  );
}

/** One row per reported number. */
export function summaryRows(r: BenchResults): string[][] {
  const rows: string[][] = [];
  const load = r.load;
  const le = errorRow('(a) Cold load', load);
  if (le) rows.push(le);
  else if (load && !failed(load)) {
    const n = String(load.app.runs.length);
    rows.push(['(a) Cold load, app: map + arcs painted', n, fmtMs(load.app.median), '', '']);
    rows.push(['(a) Cold load, bare MapLibre page', n, fmtMs(load.bare.median), '', '']);
    rows.push([
      '(a) Ratio app / bare',
      n,
      fmtRatio(load.ratio.value),
      load.ratio.target,
      verdict(load.ratio.pass),
    ]);
  }
  const bytes = r.bytes;
  const be = errorRow('(b) Bytes, first view', bytes);
  if (be) rows.push(be);
  else if (bytes && !failed(bytes)) {
    const n = String(bytes.runs.length);
    const where = bytes.dataIn.length ? 'inside the main JS chunk' : 'not found';
    const t = bytes.totals;
    rows.push([
      '(b) JS, gzip (app + MapLibre + its worker; data excluded)',
      n,
      fmtKB(t.js.gzip),
      '',
      '',
    ]);
    const worker = bytes.files.filter((f) => f.category === 'js' && /worker/i.test(f.url));
    if (worker.length) {
      const gz = worker.reduce((s, f) => s + f.gzip, 0);
      rows.push(["(b)   of which MapLibre's worker", n, fmtKB(gz), '', '']);
    }
    rows.push([`(b) Data, gzip (atlas dataset, ${where})`, n, fmtKB(t.data.gzip), '', '']);
    if (bytes.documentText) {
      const d = bytes.documentText;
      rows.push([
        `(b)   of which the ${d.documents} documents' texts`,
        n,
        `≈ ${fmtKB(d.gzip)}`,
        '',
        '',
      ]);
    }
    rows.push(['(b) CSS, gzip', n, fmtKB(t.css.gzip), '', '']);
    rows.push(['(b) Geometry, gzip (countries.topo.json)', n, fmtKB(t.geometry.gzip), '', '']);
    rows.push(['(b) HTML, gzip', n, fmtKB(t.html.gzip), '', '']);
    if (t.other.raw) rows.push(['(b) Other, gzip', n, fmtKB(t.other.gzip), '', '']);
    rows.push(['(b) Total, gzip', n, fmtKB(bytes.median), bytes.target, verdict(bytes.pass)]);
  }
  const hover = r.hover;
  const he = errorRow('(c) Hover → tooltip painted', hover);
  if (he) rows.push(he);
  else if (hover && !failed(hover)) {
    rows.push([
      '(c) Hover → tooltip painted',
      String(hover.ms.runs.length),
      `${fmtMs(hover.ms.median)} = ${(hover.ms.median / (1000 / 60)).toFixed(2)} × 16.7 ms; frame ${hover.frames.median}`,
      hover.target,
      verdict(hover.pass),
    ]);
  }
  const frames = r.frames;
  const fe = errorRow('(d) Pan/zoom frame time, with / without arcs', frames);
  if (fe) rows.push(fe);
  else if (frames && !failed(frames)) {
    for (const p of frames.points) {
      const target = p.links === 1000 ? frames.target : '';
      const pass = p.links === 1000 ? verdict(frames.pass) : '';
      rows.push([
        `(d) Frame time with / without arcs, ${fmtCount(p.links)} links`,
        String(p.with?.runs.length ?? 0),
        frameCell(p),
        target,
        pass,
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
        '',
        '',
      ]);
    }
    const [, mid, last] = data.points;
    if (mid && last) {
      rows.push([
        `(e) Time per document, ${fmtCount(last.documents)} vs ${fmtCount(mid.documents)} docs`,
        '',
        `×${fmtRatio(data.perDocGrowth)}`,
        data.target,
        verdict(data.pass),
      ]);
    }
  }
  const timeline = r.timeline;
  const te = errorRow('(f) Timeline tick', timeline);
  if (te) rows.push(te);
  else if (timeline && !failed(timeline)) {
    timeline.points.forEach((p, i) => {
      const last = i === timeline.points.length - 1;
      rows.push([
        `(f) Timeline tick (arcsAt), ${fmtCount(p.links)} links`,
        String(p.tickMs.length),
        `${p.tick.toFixed(2)} ms a tick (history built once in ${fmtMs(p.build)}; direct reading ${fmtMs(p.direct)})`,
        last ? timeline.target : '',
        last ? verdict(timeline.pass) : '',
      ]);
    });
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
    p.broke ?? '',
  ]);
}

export function renderMarkdown(r: BenchResults): string {
  const m = r.machine;
  const out = [
    `Bench of ${m.date.slice(0, 10)}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node},`,
    `Chromium ${m.chromium} (SwiftShader software WebGL), ${r.settings.viewport.width}×${r.settings.viewport.height};`,
    `load average ${m.loadAverage.start.toFixed(1)} → ${m.loadAverage.end.toFixed(1)}. Source: ${r.source.commit}` +
      `${r.source.changedFiles ? ` + ${r.source.changedFiles} changed files` : ''}. ${r.settings.kb}; ${r.settings.gzip}.`,
    '',
    markdownTable(HEADER, summaryRows(r), ['left', 'right', 'left', 'left', 'left']),
  ];
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
          'Notes',
        ],
        detail,
        ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

import { describe, expect, it } from 'vitest';
import type { BenchResults } from './results';
import type { TargetRow } from './targets';
import {
  chunkTableRows,
  fmtKB,
  fmtSpread,
  fmtValue,
  resultCell,
  runsCell,
  summaryLine,
  targetTableRows,
  fmtMs,
  fmtRatio,
  frameDetailRows,
  markdownTable,
  renderMarkdown,
  summaryRows,
} from './table';
import { judgeLoad } from './trust';
import { sizes, testResults } from './fixture.test-data';

describe('markdownTable', () => {
  it('pads columns, aligns right where asked and escapes pipes', () => {
    const table = markdownTable(
      ['Name', 'Value'],
      [
        ['a|b', '1'],
        ['long name', '1,234'],
      ],
      ['left', 'right'],
    );
    expect(table.split('\n')).toEqual([
      '| Name      | Value |',
      '| --------- | ----: |',
      '| a\\|b      |     1 |',
      '| long name | 1,234 |',
    ]);
  });
  it('fills missing cells', () => {
    expect(markdownTable(['A', 'B'], [['x']]).split('\n')[2]).toBe('| x   |     |');
  });
});

describe('formatting', () => {
  const tests: { f: (x: number) => string; args: number; expected: string }[] = [
    { f: fmtMs, args: 12.345, expected: '12.3 ms' },
    { f: fmtMs, args: 1234.5, expected: '1,235 ms' },
    { f: fmtMs, args: NaN, expected: '—' },
    { f: fmtKB, args: 676_712, expected: '676.7 KB' },
    { f: fmtRatio, args: 1.0749, expected: '1.07' },
    { f: fmtRatio, args: Infinity, expected: '—' },
  ];
  for (const { f, args, expected } of tests) {
    it(`${f.name}(${args}) = ${expected}`, () => expect(f(args)).toBe(expected));
  }
});

const results: BenchResults = testResults({
  changedFiles: 2,
  settings: {
    runs: { a: 3, b: 3, c: 3, d: 1 },
    viewport: { width: 1280, height: 800 },
    chromiumArgs: [],
    gzip: 'gzip level 9',
    kb: 'KB = 1,000 bytes',
  },
  load: {
    url: { app: 'http://127.0.0.1:4311/', bare: 'http://127.0.0.1:4312/' },
    app: { runs: [1100, 1200, 1000], median: 1100 },
    bare: { runs: [1000, 1000, 1000], median: 1000 },
    ratio: { value: 1.1, pairwise: [1.1, 1.2, 1] },
    appMapReadyMs: 1000,
    appArcsMs: 500,
    arcs: 16,
  },
  bytes: {
    runs: [700_000],
    median: 700_000,
    totals: {
      js: sizes(500_000),
      css: sizes(12_000),
      geometry: sizes(150_000),
      data: sizes(37_500),
      html: sizes(500),
      other: sizes(0),
    },
    total: sizes(700_000),
    dataIn: ['http://127.0.0.1:4311/assets/index.js'],
    documentText: { ...sizes(8_000), documents: 4 },
    files: [],
    chunks: [],
    bareTotal: sizes(600_000),
  },
  hover: { error: 'no arc has its middle free under the pointer' },
  frames: {
    sequence: 'drag',
    points: [
      {
        links: 1000,
        with: {
          loadMs: 5000,
          arcs: 1000,
          runs: [{ mean: 300, p95: 600, frames: 20, wallMs: 9000, events: 12, cut: false }],
          medianMean: 300,
          medianP95: 600,
        },
        without: { loadMs: 3000, arcs: 0, runs: [], medianMean: 100, medianP95: 200 },
        ratio: { value: 3, pairwise: [3] },
        ratioP95: { value: 3, pairwise: [3] },
      },
      { links: 5000, broke: 'the page with 5000 arcs did not load' },
    ],
  },
  durationS: 480,
});

describe('summaryRows', () => {
  const rows = summaryRows(results);
  const row = (prefix: string) => rows.find((r) => r[0]!.startsWith(prefix));

  it('reports the numbers behind every measure', () => {
    expect(row('(a) Ratio')).toEqual(['(a) Ratio app / bare', '3', '1.10']);
    expect(row('(b) Total')).toEqual(['(b) Total, gzip', '1', '700.0 KB']);
    expect(row('(b) Data')![2]).toBe('37.5 KB');
    expect(row('(b) Data')![0]).toContain('inside /assets/index.js');
    expect(row('(b)   of which')![2]).toBe('≈ 8.0 KB');
  });
  it('shows a failed section as an error, and one not run as such', () => {
    expect(row('(c)')).toEqual([
      '(c) Hover → tooltip painted',
      '',
      'error: no arc has its middle free under the pointer',
    ]);
    expect(row('(e)')).toEqual(['(e) Data build', '', 'not run']);
  });
  it('gives each link count of (d) its ratios, and where it broke', () => {
    expect(row('(d) Frame time with / without arcs, 1,000')!.slice(2)).toEqual([
      '×3.00 (300 ms vs 100 ms mean; p95 ×3.00)',
    ]);
    expect(row('(d) Frame time with / without arcs, 5,000')!.slice(2)).toEqual([
      'broke: the page with 5000 arcs did not load',
    ]);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(results);
  it('names the machine and holds both tables', () => {
    expect(md).toContain('Test CPU, 2 cores, 8 GiB, Node v20.0.0');
    expect(md).toContain('Source: abc1234 + 2 changed files');
    expect(md).toContain('| (a) Ratio app / bare');
    expect(md).toContain('| Links | Mean, with');
    expect(frameDetailRows(results)).toHaveLength(2);
    expect(md.endsWith('\n')).toBe(true);
  });
});

describe('fmtValue and fmtSpread', () => {
  const values: { args: Parameters<typeof fmtValue>; expected: string }[] = [
    { args: [646_186, 'KB'], expected: '646.2 KB' },
    { args: [1.654, '×'], expected: '1.65×' },
    { args: [3.25, 'ms'], expected: '3.3 ms' },
    { args: [1, 'frames'], expected: 'frame 1' },
    { args: [null, 'ms'], expected: '—' },
    { args: [NaN, '×'], expected: '—' },
  ];
  for (const { args, expected } of values) {
    it(`fmtValue(${args.join(', ')}) = ${expected}`, () =>
      expect(fmtValue(...args)).toBe(expected));
  }
  const spreads: { args: Parameters<typeof fmtSpread>; expected: string }[] = [
    { args: [undefined, '×'], expected: '' },
    { args: [{ n: 7, min: 2, q1: 2, median: 2, q3: 2, max: 2 }, 'KB'], expected: 'all 7 equal' },
    {
      args: [{ n: 3, min: 1.2, q1: 1.25, median: 1.3, q3: 1.35, max: 1.4 }, '×'],
      expected: '1.20× – 1.40×',
    },
    {
      args: [{ n: 7, min: 1.25, q1: 1.5, median: 1.65, q3: 1.75, max: 1.95 }, '×'],
      expected: '1.25× – 1.95×; IQR 1.50× – 1.75×',
    },
  ];
  for (const { args, expected } of spreads) {
    it(`fmtSpread → ${expected || '(empty)'}`, () => expect(fmtSpread(...args)).toBe(expected));
  }
});

const busy = judgeLoad({ before: 0.5, runs: [3.44], after: 1 }, 2);
const quiet = judgeLoad({ before: 0.4, runs: [0.8], after: 0.9 }, 2);

describe('resultCell: each state in words', () => {
  const tests: { args: Pick<TargetRow, 'state' | 'reason' | 'asMeasured'>; expected: string }[] = [
    { args: { state: 'pass' }, expected: 'PASS' },
    { args: { state: 'fail' }, expected: 'FAIL' },
    { args: { state: 'reported' }, expected: 'reported (no budget)' },
    { args: { state: 'not measured', reason: 'not run' }, expected: 'not run' },
    { args: { state: 'not measured', reason: 'not measured yet' }, expected: 'not measured yet' },
    {
      args: { state: 'not measured', reason: 'broke: did not load' },
      expected: 'not measured: broke: did not load',
    },
    { args: { state: 'not measured' }, expected: 'not measured' },
    { args: { state: 'error', reason: 'timeout' }, expected: 'error: timeout' },
    {
      args: { state: 'untrusted', reason: 'untrusted (load 3.4 > 2 cores)', asMeasured: 'fail' },
      expected: 'untrusted (load 3.4 > 2 cores); FAIL as measured',
    },
    {
      args: { state: 'untrusted', reason: 'untrusted (load 3.4 > 2 cores)', asMeasured: 'pass' },
      expected: 'untrusted (load 3.4 > 2 cores); PASS as measured',
    },
  ];
  for (const { args, expected } of tests) {
    it(expected, () => expect(resultCell(args)).toBe(expected));
  }
});

const row = (over: Partial<TargetRow>): TargetRow => ({
  id: 'coldLoad',
  measure: 'a',
  label: '(a) Cold load, app / bare MapLibre',
  target: '≤ 1.2× (median of 7)',
  limit: 1.2,
  unit: '×',
  value: null,
  runs: 0,
  state: 'not measured',
  reason: 'not run',
  ...over,
});

describe('targetTableRows', () => {
  it('a measured, trusted row: number, runs, spread, load, verdict', () =>
    expect(
      targetTableRows([
        row({
          value: 1.65,
          runs: 7,
          spread: { n: 7, min: 1.25, q1: 1.5, median: 1.65, q3: 1.75, max: 1.95 },
          state: 'fail',
          trust: quiet,
          reason: undefined,
        }),
      ]),
    ).toEqual([
      [
        '(a) Cold load, app / bare MapLibre',
        '≤ 1.2× (median of 7)',
        '1.65×',
        '7',
        '1.25× – 1.95×; IQR 1.50× – 1.75×',
        '0.4 → 0.9 (peak 0.9)',
        'FAIL',
      ],
    ]));
  it('an untrusted row keeps its number and says why', () =>
    expect(
      targetTableRows([
        row({
          value: 1.1,
          runs: 7,
          state: 'untrusted',
          reason: busy.mark,
          asMeasured: 'pass',
          trust: busy,
        }),
      ])[0]!.slice(2),
    ).toEqual([
      '1.10×',
      '7',
      '',
      '0.5 → 1.0 (peak 3.4)',
      'untrusted (load 3.4 > 2 cores); PASS as measured',
    ]));
  it('a row with no measure yet has no number, no load and no made-up verdict', () =>
    expect(
      targetTableRows([
        row({
          id: 'articleReview',
          unit: 'ms',
          limit: null,
          reason: 'not measured yet',
          trust: busy,
        }),
      ])[0]!.slice(2),
    ).toEqual(['—', '', '', '', 'not measured yet']));
});

describe('runsCell', () => {
  const tests: { args: Parameters<typeof runsCell>[0]; expected: string }[] = [
    { args: { runs: 0 }, expected: '' },
    { args: { runs: 3 }, expected: '3' },
    { args: { runs: 7, budgetRuns: 7 }, expected: '7' },
    { args: { runs: 9, budgetRuns: 7 }, expected: '9' },
    { args: { runs: 5, budgetRuns: 7 }, expected: '5 of 7' },
  ];
  for (const { args, expected } of tests) {
    it(`${JSON.stringify(args)} → ${expected || '(empty)'}`, () =>
      expect(runsCell(args)).toBe(expected));
  }
});

describe('summaryLine', () => {
  const rows = [
    row({ state: 'pass' }),
    row({ state: 'fail' }),
    row({ state: 'fail' }),
    row({ state: 'untrusted' }),
    row({ state: 'not measured' }),
  ];
  const tests: { name: string; args: Parameters<typeof summaryLine>; expected: string }[] = [
    {
      name: 'counts each state and the untrusted measures',
      args: [rows, { a: busy, b: busy, d: quiet }, 2],
      expected:
        'Targets: 1 PASS, 2 FAIL, 1 untrusted, 1 not measured. Measures: 2 of 3 untrusted (load average above 2 cores).',
    },
    {
      name: 'no measure untrusted',
      args: [[row({ state: 'pass' })], { a: quiet }, 2],
      expected: 'Targets: 1 PASS. Measures: 0 of 1 untrusted (load average above 2 cores).',
    },
    {
      name: "every measure knows the other processes' share",
      args: [
        [row({ state: 'pass' })],
        {
          a: { ...quiet, load: { ...quiet.load, others: 0.01 } },
          d: { ...quiet, load: { ...quiet.load, others: 0.3 }, trusted: false },
        },
        2,
      ],
      expected: 'Targets: 1 PASS. Measures: 1 of 2 untrusted (other processes above 0.2 cores).',
    },
    {
      name: 'some measures know it, some do not',
      args: [
        [row({ state: 'pass' })],
        { a: { ...quiet, load: { ...quiet.load, others: 0 } }, b: quiet },
        2,
      ],
      expected:
        'Targets: 1 PASS. Measures: 0 of 2 untrusted (other processes above 0.2 cores, or where that is unknown, load average above 2 cores).',
    },
    {
      name: 'an older results file without readings',
      args: [[row({ state: 'error' })], undefined, 2],
      expected: 'Targets: 1 error. Measures: load average not recorded.',
    },
    {
      name: 'nothing',
      args: [[], {}, 2],
      expected: 'Targets: none. Measures: load average not recorded.',
    },
  ];
  for (const { name, args, expected } of tests) {
    it(name, () => expect(summaryLine(...args)).toBe(expected));
  }
});

describe('chunkTableRows', () => {
  it('one row per chunk, then the total', () =>
    expect(
      chunkTableRows([
        { name: '/assets/main-x.js', kind: 'js', raw: 1_000_000, gzip: 300_000 },
        { name: 'data in /assets/app-x.js', kind: 'data', raw: 90_000, gzip: 25_000 },
      ]),
    ).toEqual([
      ['/assets/main-x.js', 'js', '1000.0 KB', '300.0 KB'],
      ['data in /assets/app-x.js', 'data', '90.0 KB', '25.0 KB'],
      ['Total', '', '1090.0 KB', '325.0 KB'],
    ]));
  it('a total of nothing', () =>
    expect(chunkTableRows([])).toEqual([['Total', '', '0.0 KB', '0.0 KB']]));
});

describe('renderMarkdown with targets and load marks', () => {
  const md = renderMarkdown({
    ...results,
    bytes: {
      ...(results.bytes as Exclude<BenchResults['bytes'], undefined | { error: string }>),
      chunks: [{ name: '/assets/index.js', kind: 'js', raw: 3, gzip: 1 }],
    },
    timelineTick: { notMeasured: 'not measured yet' },
    articleReview: { notMeasured: 'not measured yet' },
    trust: { a: busy, b: busy, c: busy, d: quiet },
  });
  it('shows every target against its budget', () => {
    expect(md).toMatch(/\| \(b\) First view, gzip \(all chunks\) +\| ≤ 600 KB +\| +700\.0 KB \|/);
    expect(md).toMatch(/\| \(f\) Timeline tick, 5,000 links .*\| not measured yet +\|/);
    expect(md).toMatch(/\| \(g\) Add an article → review screen.*\| not measured yet +\|/);
  });
  it('marks the untrusted measures and counts them; bytes are counted, judged under any load', () => {
    expect(md).toContain('untrusted (load 3.4 > 2 cores); PASS as measured');
    expect(md).toMatch(/\| \(b\) First view.*\(peak 3\.4\) \| FAIL +\|/);
    expect(md).toContain('Measures: 3 of 4 untrusted (load average above 2 cores).');
  });
  it('lists the first view file by file', () => {
    expect(md).toContain('| First view, file by file | Kind');
    expect(md).toMatch(/\| \/assets\/index\.js +\| js +\|/);
  });
});

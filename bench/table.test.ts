import { describe, expect, it } from 'vitest';
import type { BenchResults } from './results';
import {
  fmtKB,
  fmtMs,
  fmtRatio,
  frameDetailRows,
  markdownTable,
  renderMarkdown,
  summaryRows,
} from './table';

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

const sizes = (gzip: number) => ({ raw: gzip * 3, gzip });
const results: BenchResults = {
  machine: {
    cpu: 'Test CPU',
    cores: 2,
    memoryGiB: 8,
    node: 'v20.0.0',
    chromium: '156.0',
    os: 'Linux',
    date: '2026-01-02T03:04:05.000Z',
    loadAverage: { start: 0.5, end: 1.25 },
  },
  source: { commit: 'abc1234', changedFiles: 2 },
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
};

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

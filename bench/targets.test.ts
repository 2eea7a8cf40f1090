import { describe, expect, it } from 'vitest';
import type { BenchResults } from './results';
import {
  DEFAULT_RUNS,
  evaluate,
  TARGETS,
  targetRows,
  type Evaluation,
  type Input,
  type TargetId,
  type TargetSpec,
} from './targets';
import { judgeLoad, type Trust } from './trust';
import { sizes, testResults } from './fixture.test-data';

const spec = (id: TargetId): TargetSpec => TARGETS.find((t) => t.id === id)!;
const quiet: Trust = judgeLoad({ before: 0.3, runs: [0.6], after: 0.5 }, 2);
const busy: Trust = judgeLoad({ before: 0.3, runs: [3.44], after: 1.2 }, 2);

describe('TARGETS', () => {
  it('holds the budgets of issue 14 as numbers', () => {
    const limits = Object.fromEntries(TARGETS.map((t) => [t.id, t.limit]));
    expect(limits).toEqual({
      firstView: 600_000,
      coldLoad: 1.2,
      frameMean: 1.1,
      frameP95: 1.25,
      timelineTick: 4,
      articleReview: null,
      hover: 1,
      dataBuild: 1.5,
    });
  });
  it('runs cold load 7 times and frame time 5 times by default', () => {
    expect(DEFAULT_RUNS.a).toBe(7);
    expect(DEFAULT_RUNS.d).toBe(5);
  });
  it('has one row per id', () =>
    expect(new Set(TARGETS.map((t) => t.id)).size).toBe(TARGETS.length));
});

describe('evaluate', () => {
  const tests: {
    name: string;
    args: [TargetId, Input, Trust?];
    expected: Evaluation;
  }[] = [
    {
      name: 'under the budget',
      args: ['coldLoad', { value: 1.1, runs: 7 }],
      expected: { state: 'pass' },
    },
    {
      name: 'on the budget',
      args: ['coldLoad', { value: 1.2, runs: 7 }],
      expected: { state: 'pass' },
    },
    {
      name: 'over the budget',
      args: ['coldLoad', { value: 1.21, runs: 7 }],
      expected: { state: 'fail' },
    },
    {
      name: 'bytes over 600 KB',
      args: ['firstView', { value: 646_186, runs: 7 }, quiet],
      expected: { state: 'fail' },
    },
    {
      name: 'a number with no budget is reported',
      args: ['articleReview', { value: 830, runs: 5 }],
      expected: { state: 'reported' },
    },
    {
      name: 'not run',
      args: ['timelineTick', undefined],
      expected: { state: 'not measured', reason: 'not run' },
    },
    {
      name: 'no measure yet',
      args: ['articleReview', { notMeasured: 'not measured yet' }],
      expected: { state: 'not measured', reason: 'not measured yet' },
    },
    {
      name: 'no number, with why',
      args: ['frameMean', { value: null, runs: 0, note: 'SVG cannot keep up' }],
      expected: { state: 'not measured', reason: 'SVG cannot keep up' },
    },
    {
      name: 'NaN is no number',
      args: ['timelineTick', { value: NaN, runs: 5 }],
      expected: { state: 'not measured', reason: 'no value' },
    },
    {
      name: 'an error keeps its first line',
      args: ['hover', { error: 'no arc under the pointer\nstack…' }],
      expected: { state: 'error', reason: 'no arc under the pointer' },
    },
    {
      name: 'untrusted: the verdict as measured is kept aside',
      args: ['coldLoad', { value: 1.1, runs: 7 }, busy],
      expected: {
        state: 'untrusted',
        reason: 'untrusted (load 3.4 > 2 cores)',
        asMeasured: 'pass',
      },
    },
    {
      name: 'untrusted and over the budget',
      args: ['timelineTick', { value: 9, runs: 5 }, busy],
      expected: {
        state: 'untrusted',
        reason: 'untrusted (load 3.4 > 2 cores)',
        asMeasured: 'fail',
      },
    },
    {
      name: 'untrusted with no budget',
      args: ['articleReview', { value: 9, runs: 5 }, busy],
      expected: {
        state: 'untrusted',
        reason: 'untrusted (load 3.4 > 2 cores)',
        asMeasured: 'reported',
      },
    },
    {
      name: 'a counted measure (bytes) is judged whatever the load',
      args: ['firstView', { value: 637_600, runs: 7 }, busy],
      expected: { state: 'fail' },
    },
    {
      name: 'a load mark does not hide an error',
      args: ['coldLoad', { error: 'timeout' }, busy],
      expected: { state: 'error', reason: 'timeout' },
    },
    {
      name: 'a load mark does not invent a number',
      args: ['timelineTick', { notMeasured: 'not measured yet' }, busy],
      expected: { state: 'not measured', reason: 'not measured yet' },
    },
  ];
  for (const { name, args, expected } of tests) {
    it(name, () => expect(evaluate(spec(args[0]), args[1], args[2])).toEqual(expected));
  }
});

const base = testResults();
const frameVariant = (mean: number) => ({
  loadMs: 1000,
  arcs: 0,
  runs: [{ mean, p95: mean * 2, frames: 10, wallMs: 1000, events: 5, cut: false }],
  medianMean: mean,
  medianP95: mean * 2,
});

describe('targetRows', () => {
  it('gives every target a row, in order, "not run" when nothing ran', () => {
    const rows = targetRows(base);
    expect(rows.map((r) => r.id)).toEqual(TARGETS.map((t) => t.id));
    expect(rows.every((r) => r.state === 'not measured' && r.reason === 'not run')).toBe(true);
  });

  const results: BenchResults = {
    ...base,
    load: {
      url: { app: '', bare: '' },
      app: { runs: [1200, 1300, 1250], median: 1250 },
      bare: { runs: [1000, 1000, 1000], median: 1000 },
      ratio: { value: 1.25, pairwise: [1.2, 1.3, 1.25] },
      appMapReadyMs: 0,
      appArcsMs: 0,
      arcs: 16,
    },
    bytes: {
      runs: [590_000, 590_000],
      median: 590_000,
      totals: {
        js: sizes(0),
        css: sizes(0),
        geometry: sizes(0),
        data: sizes(0),
        html: sizes(0),
        other: sizes(0),
      },
      total: sizes(590_000),
      dataIn: [],
      files: [],
      chunks: [],
      bareTotal: sizes(0),
    },
    frames: {
      sequence: '',
      points: [
        {
          links: 100,
          with: frameVariant(100),
          without: frameVariant(100),
          ratio: { value: 1, pairwise: [1] },
          ratioP95: { value: 1, pairwise: [1] },
          trust: quiet,
        },
        {
          links: 1000,
          with: frameVariant(105),
          without: frameVariant(100),
          ratio: { value: 1.05, pairwise: [1.05] },
          ratioP95: { value: 1.3, pairwise: [1.3] },
          trust: busy,
        },
      ],
    },
    timelineTick: { notMeasured: 'not measured yet' },
    articleReview: { notMeasured: 'not measured yet' },
    hover: { error: 'no arc' },
    trust: { a: quiet, b: quiet, c: quiet, d: quiet },
  };
  const rows = Object.fromEntries(targetRows(results).map((r) => [r.id, r]));

  it('judges the cold load on the ratio of medians, with the spread of the pairs', () => {
    expect(rows.coldLoad).toMatchObject({
      value: 1.25,
      runs: 3,
      budgetRuns: 7,
      state: 'fail',
      trust: quiet,
    });
    expect(rows.coldLoad!.spread).toMatchObject({ min: 1.2, max: 1.3, n: 3 });
  });
  it('judges the first view on the median total', () =>
    expect(rows.firstView).toMatchObject({ value: 590_000, runs: 2, state: 'pass' }));
  it("judges frame time at 1,000 links, with that point's load average", () => {
    expect(rows.frameMean).toMatchObject({ value: 1.05, state: 'untrusted', asMeasured: 'pass' });
    expect(rows.frameP95).toMatchObject({ value: 1.3, state: 'untrusted', asMeasured: 'fail' });
    expect(rows.frameMean!.trust).toBe(busy);
  });
  it('says "not measured yet" for a measure that does not exist', () => {
    expect(rows.timelineTick).toMatchObject({ state: 'not measured', reason: 'not measured yet' });
    expect(rows.articleReview).toMatchObject({ state: 'not measured', value: null });
  });
  it('carries an error', () =>
    expect(rows.hover).toMatchObject({ state: 'error', reason: 'no arc' }));
  it('fills a one-number measure', () => {
    const r = targetRows({
      ...results,
      timelineTick: {
        runs: [3, 5, 3.5],
        median: 3.5,
        p95: 4.85,
        spread: { n: 3, min: 3, q1: 3.25, median: 3.5, q3: 4.25, max: 5 },
      },
      trust: { f: quiet },
    }).find((t) => t.id === 'timelineTick');
    expect(r).toMatchObject({ value: 3.5, runs: 3, state: 'pass', trust: quiet });
  });
  it('has no 1,000-link point when --links left it out', () => {
    const r = targetRows({ ...results, frames: { sequence: '', points: [] } });
    expect(r.find((t) => t.id === 'frameMean')).toMatchObject({
      state: 'not measured',
      reason: 'no 1,000-link point (--links)',
    });
  });
  it('says where the 1,000-link point broke', () => {
    const r = targetRows({
      ...results,
      frames: { sequence: '', points: [{ links: 1000, broke: 'did not load' }] },
    });
    expect(r.find((t) => t.id === 'frameP95')).toMatchObject({
      state: 'not measured',
      reason: 'broke: did not load',
    });
  });
});

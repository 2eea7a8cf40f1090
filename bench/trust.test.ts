import { describe, expect, it } from 'vitest';
import {
  fmtLoad,
  judgeLoad,
  loadLog,
  mergeReadings,
  untrustedMark,
  type LoadReadings,
} from './trust';

const readings = (before: number, runs: number[], after: number): LoadReadings => ({
  before,
  runs,
  after,
});

describe('judgeLoad', () => {
  const tests: {
    name: string;
    args: [LoadReadings, number];
    expected: { trusted: boolean; peak: number | null; mark?: string };
  }[] = [
    {
      name: 'a quiet machine',
      args: [readings(0.4, [0.8, 1.1], 0.9), 2],
      expected: { trusted: true, peak: 1.1 },
    },
    {
      name: 'exactly the core count is still trusted',
      args: [readings(2, [], 2), 2],
      expected: { trusted: true, peak: 2 },
    },
    {
      name: 'the load rose above the cores after the start',
      args: [readings(0.5, [3.44], 1.9), 2],
      expected: { trusted: false, peak: 3.44, mark: 'untrusted (load 3.4 > 2 cores)' },
    },
    {
      name: 'only the last reading is high',
      args: [readings(1, [], 2.5), 2],
      expected: { trusted: false, peak: 2.5, mark: 'untrusted (load 2.5 > 2 cores)' },
    },
    {
      name: 'already loaded before the measure',
      args: [readings(24, [22], 19.5), 2],
      expected: { trusted: false, peak: 24, mark: 'untrusted (load 24.0 > 2 cores)' },
    },
    {
      name: 'unreadable readings are ignored',
      args: [readings(NaN, [0.5], NaN), 4],
      expected: { trusted: true, peak: 0.5 },
    },
    {
      name: 'no reading at all',
      args: [readings(NaN, [], NaN), 2],
      expected: { trusted: false, peak: null, mark: 'untrusted (load average unknown)' },
    },
    {
      name: "others known and quiet: the bench's own load above the cores is not held against it",
      args: [{ ...readings(0.2, [3.8], 3.9), others: 0.03 }, 2],
      expected: { trusted: true, peak: 3.9 },
    },
    {
      name: 'others at the limit are still trusted',
      args: [{ ...readings(0.2, [], 1), others: 0.2 }, 2],
      expected: { trusted: true, peak: 1 },
    },
    {
      name: 'others used more than the limit, whatever the load average says',
      args: [{ ...readings(0.2, [0.9], 1.1), others: 0.84 }, 2],
      expected: { trusted: false, peak: 1.1, mark: 'untrusted (others used 0.84 cores)' },
    },
    {
      name: 'others unknown (null): the load-average rule',
      args: [{ ...readings(0.5, [3.44], 1.9), others: null }, 2],
      expected: { trusted: false, peak: 3.44, mark: 'untrusted (load 3.4 > 2 cores)' },
    },
    {
      name: 'others not finite: the load-average rule',
      args: [{ ...readings(0.5, [1], 1), others: NaN }, 2],
      expected: { trusted: true, peak: 1 },
    },
    {
      name: 'no core count',
      args: [readings(0.1, [], 0.1), 0],
      expected: { trusted: false, peak: 0.1, mark: 'untrusted (core count unknown)' },
    },
  ];
  for (const { name, args, expected } of tests) {
    it(name, () => {
      const t = judgeLoad(...args);
      expect({ trusted: t.trusted, peak: t.peak, ...(t.mark ? { mark: t.mark } : {}) }).toEqual(
        expected,
      );
      expect(t.cores).toBe(args[1]);
      expect(t.load).toEqual(args[0]);
    });
  }
});

describe('untrustedMark', () => {
  const tests: { args: [number, number]; expected: string }[] = [
    { args: [3.44, 2], expected: 'untrusted (load 3.4 > 2 cores)' },
    { args: [2.04, 2], expected: 'untrusted (load 2.04 > 2 cores)' },
    { args: [1.5, 1], expected: 'untrusted (load 1.5 > 1 core)' },
  ];
  for (const { args, expected } of tests) {
    it(expected, () => expect(untrustedMark(...args)).toBe(expected));
  }
});

describe('loadLog', () => {
  it('reads before, after each run and after, in that order', () => {
    const values = [0.5, 1, 1.5, 2];
    const log = loadLog(() => values.shift() ?? NaN);
    log.run();
    log.run();
    expect(log.finish()).toEqual(readings(0.5, [1, 1.5], 2));
  });
  it("reads the other processes' time at the start and the finish when given a reader", () => {
    const samples = ['s0', 's1'];
    const log = loadLog(() => 1, {
      read: () => samples.shift() ?? null,
      others: (a, b) => (a === 's0' && b === 's1' ? 0.07 : -1),
    });
    log.run();
    expect(log.finish()).toEqual({ ...readings(1, [1], 1), others: 0.07 });
  });
  it('works with no run read', () => {
    let n = 0;
    const log = loadLog(() => ++n);
    expect(log.finish()).toEqual(readings(1, [], 2));
  });
});

describe('mergeReadings', () => {
  it('is null for nothing', () => expect(mergeReadings([])).toBeNull());
  it('keeps the first before, the last after, and everything between in order', () =>
    expect(mergeReadings([readings(1, [2], 3), readings(4, [], 5), readings(6, [7], 8)])).toEqual(
      readings(1, [2, 3, 4, 5, 6, 7], 8),
    ));
  it('others: the worst part, when every part knows it', () =>
    expect(
      mergeReadings([
        { ...readings(1, [], 1), others: 0.01 },
        { ...readings(1, [], 1), others: 0.3 },
      ])?.others,
    ).toBe(0.3));
  it('others: unknown when one part does not know it', () =>
    expect(
      mergeReadings([{ ...readings(1, [], 1), others: 0.01 }, readings(1, [], 1)]),
    ).not.toHaveProperty('others'));
  it('one measure is itself', () =>
    expect(mergeReadings([readings(1, [2], 3)])).toEqual(readings(1, [2], 3)));
});

describe('fmtLoad', () => {
  it('before → after (peak)', () =>
    expect(fmtLoad(judgeLoad(readings(0.44, [1.26], 0.9), 2))).toBe('0.4 → 0.9 (peak 1.3)'));
  it("with the other processes' share", () =>
    expect(fmtLoad(judgeLoad({ ...readings(0.2, [3.84], 3.9), others: 0.034 }, 2))).toBe(
      '0.2 → 3.9 (peak 3.9); others 0.03 cores',
    ));
  it('unknown readings', () => expect(fmtLoad(judgeLoad(readings(NaN, [], NaN), 2))).toBe('? → ?'));
});

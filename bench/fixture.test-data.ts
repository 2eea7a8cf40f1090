/** The parts of a `BenchResults` that the table and target tests share: a test machine, no runs. */
import type { BenchResults } from './results';

export const sizes = (gzip: number) => ({ raw: gzip * 3, gzip });

export function testResults(
  over: Partial<BenchResults> & { changedFiles?: number } = {},
): BenchResults {
  const { changedFiles = 0, ...rest } = over;
  return {
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
    source: { commit: 'abc1234', changedFiles },
    settings: {
      runs: {},
      viewport: { width: 1280, height: 800 },
      chromiumArgs: [],
      gzip: '',
      kb: '',
    },
    durationS: 1,
    ...rest,
  };
}

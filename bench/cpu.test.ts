import { describe, expect, it } from 'vitest';
import { busyTicks, othersCores, procTime, treeTicks, type ProcTime } from './cpu';

describe('busyTicks', () => {
  const tests: { name: string; text: string; expected: number | null }[] = [
    {
      name: 'user + nice + system + irq + softirq + steal (idle and iowait left out)',
      text: 'cpu  100 5 50 9000 30 2 3 1 0 0\ncpu0 50 2 25 4500 15 1 1 0 0 0\n',
      expected: 161,
    },
    { name: 'a kernel without steal', text: 'cpu  1 2 3 4 5 6 7\n', expected: null },
    { name: 'no cpu line', text: 'intr 123\n', expected: null },
    { name: 'not numbers', text: 'cpu  a b c d e f g h\n', expected: null },
    { name: 'empty', text: '', expected: null },
  ];
  for (const t of tests) it(t.name, () => expect(busyTicks(t.text)).toBe(t.expected));
});

describe('procTime', () => {
  const line = (comm: string) =>
    `4242 (${comm}) S 17 4242 4242 0 -1 4194560 900 0 0 0 120 30 7 3 20 0 12 0 555 0 0`;
  const tests: { name: string; text: string; expected: ProcTime | null }[] = [
    { name: 'a plain name', text: line('node'), expected: { pid: 4242, ppid: 17, ticks: 160 } },
    {
      name: 'a name with spaces and parentheses',
      text: line('chrome (GPU) x'),
      expected: { pid: 4242, ppid: 17, ticks: 160 },
    },
    { name: 'no parentheses', text: '4242 node S 17', expected: null },
    { name: 'cut short', text: '4242 (node) S 17 1 1', expected: null },
    { name: 'empty', text: '', expected: null },
  ];
  for (const t of tests) it(t.name, () => expect(procTime(t.text)).toEqual(t.expected));
});

describe('treeTicks', () => {
  const procs: ProcTime[] = [
    { pid: 1, ppid: 0, ticks: 1000 },
    { pid: 10, ppid: 1, ticks: 5 }, // the bench
    { pid: 11, ppid: 10, ticks: 40 }, // Chromium
    { pid: 12, ppid: 11, ticks: 300 }, // its renderer
    { pid: 13, ppid: 1, ticks: 77 }, // somebody else
    { pid: 14, ppid: 13, ticks: 9 },
  ];
  const tests: { name: string; root: number; expected: number }[] = [
    { name: 'the root and every descendant', root: 10, expected: 345 },
    { name: 'a leaf', root: 12, expected: 300 },
    { name: 'another tree', root: 13, expected: 86 },
    { name: 'a pid that is not there', root: 99, expected: 0 },
  ];
  for (const t of tests) it(t.name, () => expect(treeTicks(procs, t.root)).toBe(t.expected));

  it('a cycle in a broken listing ends', () => {
    const cyclic: ProcTime[] = [
      { pid: 2, ppid: 3, ticks: 1 },
      { pid: 3, ppid: 2, ticks: 2 },
    ];
    expect(treeTicks(cyclic, 2)).toBe(3);
  });
});

describe('othersCores', () => {
  const s = (busy: number, own: number, at: number) => ({ busy, own, at });
  const tests: {
    name: string;
    a: ReturnType<typeof s> | null;
    b: ReturnType<typeof s> | null;
    expected: number | null;
  }[] = [
    { name: 'the bench alone', a: s(0, 0, 0), b: s(380, 380, 2000), expected: 0 },
    { name: 'another process at one core', a: s(0, 0, 0), b: s(400, 200, 2000), expected: 1 },
    { name: 'a quarter core', a: s(1000, 500, 10_000), b: s(1250, 700, 20_000), expected: 0.05 },
    {
      name: 'an own process not reaped yet: 0, not below',
      a: s(0, 0, 0),
      b: s(90, 100, 1000),
      expected: 0,
    },
    { name: 'no start sample', a: null, b: s(1, 1, 1), expected: null },
    { name: 'no time between', a: s(0, 0, 5), b: s(9, 0, 5), expected: null },
  ];
  for (const t of tests)
    it(t.name, () => {
      const got = othersCores(t.a, t.b);
      if (t.expected === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(t.expected, 10);
    });
});

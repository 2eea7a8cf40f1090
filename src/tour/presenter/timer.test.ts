import { describe, expect, it } from 'vitest';
import { elapsed, formatElapsed, pause, reset, running, start, STOPPED } from './timer';

describe('timer', () => {
  it('counts while running, holds while paused, resets to zero', () => {
    let t = start(STOPPED, 1000);
    expect(running(t)).toBe(true);
    expect(elapsed(t, 4000)).toBe(3000);
    t = pause(t, 5000);
    expect(running(t)).toBe(false);
    expect(elapsed(t, 99_000)).toBe(4000);
    t = start(t, 10_000);
    expect(elapsed(t, 11_000)).toBe(5000);
    t = reset(t, 12_000);
    expect(elapsed(t, 13_000)).toBe(1000);
    expect(reset(pause(t, 13_000), 20_000)).toEqual(STOPPED);
  });

  it.each([
    ['start twice keeps the first start', () => elapsed(start(start(STOPPED, 0), 500), 1000), 1000],
    ['pause when stopped', () => elapsed(pause(STOPPED, 100), 200), 0],
    ['clock going backwards', () => elapsed(start(STOPPED, 1000), 500), 0],
    ['NaN now', () => elapsed(start(STOPPED, 0), Number.NaN), 0],
    ['start at NaN', () => elapsed(start(STOPPED, Number.NaN), 100), 0],
  ] as const)('%s', (_, run, expected) => expect(run()).toBe(expected));
});

describe('formatElapsed', () => {
  const table: [number, string][] = [
    [0, '0:00'],
    [999, '0:00'],
    [5_000, '0:05'],
    [245_000, '4:05'],
    [3_723_000, '1:02:03'],
    [-5, '0:00'],
    [Number.NaN, '0:00'],
    [Infinity, '0:00'],
  ];
  it.each(table)('%d ms → %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));
});

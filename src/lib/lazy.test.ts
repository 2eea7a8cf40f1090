import { describe, expect, it } from 'vitest';
import { lazy, prefetchWhenIdle, whenIdle, type IdleHost } from './lazy';

/** An idle host whose callbacks run when the test says so. */
function fakeHost(withIdle: boolean) {
  const queue: (() => void)[] = [];
  const cancelled: number[] = [];
  const push = (cb: () => void) => queue.push(cb) - 1;
  const host: IdleHost = {
    setTimeout: (cb) => push(cb),
    clearTimeout: (id) => cancelled.push(id),
    ...(withIdle
      ? { requestIdleCallback: (cb) => push(cb), cancelIdleCallback: (id) => cancelled.push(id) }
      : {}),
  };
  return { host, queue, cancelled };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('lazy', () => {
  it('imports once, on first load', async () => {
    let calls = 0;
    const part = lazy(async () => ({ default: ++calls }));
    expect(part.requested).toBe(false);
    expect(calls).toBe(0);
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect([a, b, calls, part.requested]).toEqual([1, 1, 1, true]);
  });

  it.each([
    ['an Error', () => new Error('offline')],
    ['a string', () => 'offline'],
  ])('rejects with %s and tries again on the next load', async (_name, thrown) => {
    let calls = 0;
    const part = lazy(async () => {
      calls++;
      if (calls === 1) throw thrown();
      return { default: 'ok' };
    });
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.requested).toBe(false);
    await expect(part.load()).resolves.toBe('ok');
    expect(calls).toBe(2);
  });
});

describe('prefetchWhenIdle', () => {
  it.each([true, false])(
    'loads the parts one idle period each (idle callback: %s)',
    async (idle) => {
      const { host, queue } = fakeHost(idle);
      const loaded: string[] = [];
      const parts = ['a', 'b', 'c'].map((n) => lazy(async () => ({ default: loaded.push(n) })));
      prefetchWhenIdle(parts, host);
      expect(loaded).toEqual([]);
      for (let i = 0; i < 3; i++) {
        expect(queue).toHaveLength(i + 1);
        queue[i]!();
        await flush();
      }
      expect(loaded).toEqual(['a', 'b', 'c']);
    },
  );

  it('goes on past a part that fails', async () => {
    const { host, queue } = fakeHost(true);
    const bad = lazy(() => Promise.reject(new Error('404')));
    const good = lazy(async () => ({ default: 1 }));
    prefetchWhenIdle([bad, good], host);
    queue[0]!();
    await flush();
    queue[1]!();
    await flush();
    expect([bad.requested, good.requested]).toEqual([false, true]);
  });

  it('stops when cancelled, before or between parts', async () => {
    const { host, queue, cancelled } = fakeHost(true);
    const parts = [lazy(async () => ({ default: 1 })), lazy(async () => ({ default: 2 }))];
    const stop = prefetchWhenIdle(parts, host);
    stop();
    expect(cancelled).toEqual([0]);
    queue[0]!();
    await flush();
    expect(parts.map((p) => p.requested)).toEqual([false, false]);
  });

  it('does nothing for no parts', () => {
    const { host, queue } = fakeHost(true);
    prefetchWhenIdle([], host)();
    expect(queue).toEqual([]);
  });
});

describe('whenIdle', () => {
  it.each([true, false])('runs once, in an idle period (idle callback: %s)', (idle) => {
    const { host, queue } = fakeHost(idle);
    let runs = 0;
    whenIdle(() => runs++, host);
    expect(runs).toBe(0);
    expect(queue).toHaveLength(1);
    queue[0]!();
    expect(runs).toBe(1);
  });

  it.each([true, false])('is cancelled before it runs (idle callback: %s)', (idle) => {
    const { host, cancelled } = fakeHost(idle);
    whenIdle(() => {}, host)();
    expect(cancelled).toEqual([0]);
  });
});

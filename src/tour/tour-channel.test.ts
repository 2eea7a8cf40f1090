import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAME, type TourMessage } from './channel';
import { openTourChannel, type Clock, type TourChannel } from './tour-channel';

const S = '0123456789abcdef0123456789abcdef';
const OTHER = 'fedcba9876543210fedcba9876543210';
const wire = (more: Record<string, unknown>) => ({
  app: 'bilateral-atlas',
  v: 3,
  session: S,
  ...more,
});

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

/** A clock whose time stands still and whose frames the test runs by hand. */
function manualFrames(): Clock & { run(): void; waiting: number } {
  const queue: (() => void)[] = [];
  return {
    now: () => 0,
    later: (run: () => void) => void queue.push(run),
    run: () => queue.splice(0).forEach((f) => f()),
    get waiting() {
      return queue.length;
    },
  };
}

function open(onmessage: (m: TourMessage) => void, clock?: Clock): TourChannel {
  const channel = openTourChannel(S, onmessage, undefined, clock);
  if (!channel) throw new Error('Node has BroadcastChannel: the channel should open');
  opened.push(channel);
  return channel;
}

function raw(): BroadcastChannel {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  opened.push(channel);
  return channel;
}

const nextMessage = (channel: BroadcastChannel) =>
  new Promise<unknown>((resolve) =>
    channel.addEventListener('message', (e) => resolve(e.data), { once: true }),
  );

/** Waits (up to a second) until `done()`. */
async function until(done: () => boolean) {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
}

describe('openTourChannel', () => {
  it('is null without BroadcastChannel', () => {
    expect(openTourChannel(S, () => {}, null)).toBeNull();
  });

  it('is null when the browser refuses one', () => {
    class Refusing {
      constructor() {
        throw new DOMException('denied', 'SecurityError');
      }
    }
    expect(openTourChannel(S, () => {}, Refusing as unknown as typeof BroadcastChannel)).toBeNull();
  });

  it('delivers valid messages of its session and drops the rest', async () => {
    const received: TourMessage[] = [];
    let done: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (done = resolve));
    open((m) => {
      received.push(m);
      if (m.type === 'hello') done();
    });
    const other = raw();
    other.postMessage(wire({ type: 'nav', intent: 'exit' }));
    other.postMessage('next');
    other.postMessage(wire({ type: 'nav', intent: 'prev', session: OTHER }));
    other.postMessage(wire({ type: 'nav', intent: 'next' }));
    other.postMessage(wire({ type: 'hello' }));
    await arrived;
    expect(received).toEqual([{ type: 'nav', intent: 'next' }, { type: 'hello' }]);
  });

  it('coalesces a flood: the first at once, then once per frame the latest of each type', async () => {
    const frames = manualFrames();
    const received: TourMessage[] = [];
    open((m) => received.push(m), frames);
    const other = raw();
    for (let i = 0; i < 5000; i++) other.postMessage(wire({ type: 'nav', intent: 'next' }));
    for (let i = 0; i < 100; i++) other.postMessage(wire({ type: 'hello', session: OTHER }));
    other.postMessage(wire({ type: 'nav', intent: 'prev' }));
    await until(() => frames.waiting > 0);
    // Let every posted message arrive before the frame runs.
    await new Promise((r) => setTimeout(r, 200));
    expect(frames.waiting).toBe(1);
    expect(received).toEqual([{ type: 'nav', intent: 'next' }]);
    frames.run();
    expect(received).toEqual([
      { type: 'nav', intent: 'next' },
      { type: 'nav', intent: 'prev' },
    ]);
    frames.run();
    expect(received).toHaveLength(2);
  });

  it('flush handles what waits for a frame at once, and that frame then does nothing', async () => {
    const frames = manualFrames();
    const received: TourMessage[] = [];
    const tour = open((m) => received.push(m), frames);
    const other = raw();
    other.postMessage(wire({ type: 'nav', intent: 'next' }));
    other.postMessage(wire({ type: 'nav', intent: 'prev' }));
    await until(() => frames.waiting > 0);
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toEqual([{ type: 'nav', intent: 'next' }]);
    // A key of this window: what arrived before it is handled before it.
    tour.flush();
    expect(received).toEqual([
      { type: 'nav', intent: 'next' },
      { type: 'nav', intent: 'prev' },
    ]);
    // A message after the flush waits for a frame of its own; the overtaken frame does not
    // deliver it early, and flushing with nothing waiting does nothing.
    other.postMessage(wire({ type: 'nav', intent: 'blackout' }));
    await until(() => frames.waiting > 1);
    expect(frames.waiting, 'the overtaken frame and a new one').toBe(2);
    frames.run();
    expect(received.at(-1)).toEqual({ type: 'nav', intent: 'blackout' });
    expect(received).toHaveLength(3);
    tour.flush();
    frames.run();
    expect(received).toHaveLength(3);
  });

  it('delivers nothing after close, not even what was waiting for a frame', async () => {
    const frames = manualFrames();
    const received: TourMessage[] = [];
    const tour = open((m) => received.push(m), frames);
    const other = raw();
    other.postMessage(wire({ type: 'hello' }));
    other.postMessage(wire({ type: 'nav', intent: 'next' }));
    await until(() => frames.waiting > 0);
    tour.close();
    frames.run();
    expect(received).toEqual([{ type: 'hello' }]);
  });

  it('posts encoded messages with its session, and nothing after close', async () => {
    const other = raw();
    const tour = open(() => {});
    const first = nextMessage(other);
    tour.post({ type: 'nav', intent: 'prev' });
    expect(await first).toEqual(wire({ type: 'nav', intent: 'prev' }));
    tour.close();
    tour.close();
    expect(() => tour.post({ type: 'hello' })).not.toThrow();
  });
});

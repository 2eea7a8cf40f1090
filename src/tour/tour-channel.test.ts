import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAME, type TourMessage } from './channel';
import { openTourChannel, type TourChannel } from './tour-channel';

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

function open(onmessage: (m: TourMessage) => void): TourChannel {
  const channel = openTourChannel(onmessage);
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

describe('openTourChannel', () => {
  it('is null without BroadcastChannel', () => {
    expect(openTourChannel(() => {}, null)).toBeNull();
  });

  it('is null when the browser refuses one', () => {
    class Refusing {
      constructor() {
        throw new DOMException('denied', 'SecurityError');
      }
    }
    expect(openTourChannel(() => {}, Refusing as unknown as typeof BroadcastChannel)).toBeNull();
  });

  it('delivers valid messages between windows and drops malformed ones', async () => {
    const received: TourMessage[] = [];
    let done: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (done = resolve));
    open((m) => {
      received.push(m);
      if (m.type === 'hello') done();
    });
    const other = raw();
    other.postMessage({ app: 'bilateral-atlas', v: 1, type: 'nav', intent: 'exit' });
    other.postMessage('next');
    other.postMessage({ app: 'bilateral-atlas', v: 1, type: 'nav', intent: 'next' });
    other.postMessage({ app: 'bilateral-atlas', v: 1, type: 'hello' });
    await arrived;
    expect(received).toEqual([{ type: 'nav', intent: 'next' }, { type: 'hello' }]);
  });

  it('posts encoded messages, and nothing after close', async () => {
    const other = raw();
    const tour = open(() => {});
    const first = nextMessage(other);
    tour.post({ type: 'nav', intent: 'prev' });
    expect(await first).toEqual({ app: 'bilateral-atlas', v: 1, type: 'nav', intent: 'prev' });
    tour.close();
    tour.close();
    expect(() => tour.post({ type: 'hello' })).not.toThrow();
  });
});

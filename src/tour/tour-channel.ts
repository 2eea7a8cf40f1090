/**
 * The BroadcastChannel between the presenting window and the notes window, or `null` where the
 * browser has none (or refuses one): the tour then works without notes. Only messages that
 * `decode` accepts for this session reach `onmessage`.
 *
 * A flood is coalesced: a message is handled at once when none was in the last frame (16 ms);
 * otherwise it waits, and one frame later only the latest of each type is handled (for a step,
 * only the latest matters). 5,000 messages cost 5,000 cheap checks and a handful of steps, and
 * the window keeps answering its keys. (Timers, not `requestAnimationFrame`: a window that does
 * not paint, hidden or covered, must still follow.) A key pressed here calls `flush()` first, so
 * messages that arrived before it are handled before it, not a frame after it (where a waiting
 * step message could undo the key: the likely cause of one failure under load, not a proven one).
 */
import { CHANNEL_NAME, decode, encode, type TourMessage } from './channel';

export interface TourChannel {
  post(message: TourMessage): void;
  /** Handles now what is waiting for the next frame (before a key of this window). */
  flush(): void;
  /** Stops listening and closes the channel; posting afterwards does nothing. */
  close(): void;
}

type ChannelConstructor = new (name: string) => BroadcastChannel;

/** How often a flood is handled, in ms: a frame. */
export const FRAME_MS = 16;

export interface Clock {
  now(): number;
  /** Runs `run` once, about a frame later. */
  later(run: () => void): void;
}

const timers: Clock = {
  now: () => performance.now(),
  later: (run) => void setTimeout(run, FRAME_MS),
};

export function openTourChannel(
  session: string,
  onmessage: (message: TourMessage) => void,
  // `null` stands for a browser without BroadcastChannel (tests pass it).
  Channel: ChannelConstructor | null = globalThis.BroadcastChannel ?? null,
  clock: Clock = timers,
): TourChannel | null {
  if (typeof Channel !== 'function') return null;
  let channel: BroadcastChannel;
  try {
    channel = new Channel(CHANNEL_NAME);
  } catch {
    return null;
  }
  let open = true;
  // The latest message of each type waiting for the next frame, in order of first arrival.
  const pending = new Map<TourMessage['type'], TourMessage>();
  let waiting = false;
  // Which frame is awaited: a frame that `flush()` overtook finds a newer one and does nothing.
  let frame = 0;
  let delivered = -Infinity;
  const deliver = () => {
    waiting = false;
    frame++;
    delivered = clock.now();
    const messages = [...pending.values()];
    pending.clear();
    for (const message of messages) if (open) onmessage(message);
  };
  const listener = (event: MessageEvent<unknown>) => {
    const message = decode(event.data, session);
    if (!message) return;
    pending.set(message.type, message);
    if (waiting) return;
    if (clock.now() - delivered >= FRAME_MS) deliver();
    else {
      waiting = true;
      const awaited = frame;
      clock.later(() => {
        if (awaited === frame) deliver();
      });
    }
  };
  channel.addEventListener('message', listener);
  return {
    post(message) {
      if (open) channel.postMessage(encode(message, session));
    },
    flush() {
      if (open && waiting) deliver();
    },
    close() {
      if (!open) return;
      open = false;
      pending.clear();
      channel.removeEventListener('message', listener);
      channel.close();
    },
  };
}

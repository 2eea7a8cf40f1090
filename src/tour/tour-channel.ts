/**
 * The BroadcastChannel between the presenting window and the notes window, or `null` where the
 * browser has none (or refuses one): the tour then works without notes. Only messages that
 * `decode` accepts for this session reach `onmessage`.
 *
 * A flood is coalesced: messages are only collected as they arrive, and once per animation frame
 * the latest of each type is handled (for a step, only the latest matters), so 5,000 messages
 * cost 5,000 cheap checks and a handful of steps, and the window keeps answering its keys.
 */
import { CHANNEL_NAME, decode, encode, type TourMessage } from './channel';

export interface TourChannel {
  post(message: TourMessage): void;
  /** Stops listening and closes the channel; posting afterwards does nothing. */
  close(): void;
}

type ChannelConstructor = new (name: string) => BroadcastChannel;

/** Runs `run` once, at the next animation frame or after 100 ms (a hidden window has no frames). */
export function nextFrame(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, 100);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(once);
}

export function openTourChannel(
  session: string,
  onmessage: (message: TourMessage) => void,
  // `null` stands for a browser without BroadcastChannel (tests pass it).
  Channel: ChannelConstructor | null = globalThis.BroadcastChannel ?? null,
  schedule: (run: () => void) => void = nextFrame,
): TourChannel | null {
  if (typeof Channel !== 'function') return null;
  let channel: BroadcastChannel;
  try {
    channel = new Channel(CHANNEL_NAME);
  } catch {
    return null;
  }
  let open = true;
  // The latest message of each type since the last frame, in order of first arrival.
  const pending = new Map<TourMessage['type'], TourMessage>();
  const deliver = () => {
    const messages = [...pending.values()];
    pending.clear();
    for (const message of messages) if (open) onmessage(message);
  };
  const listener = (event: MessageEvent<unknown>) => {
    const message = decode(event.data, session);
    if (!message) return;
    if (pending.size === 0) schedule(deliver);
    pending.set(message.type, message);
  };
  channel.addEventListener('message', listener);
  return {
    post(message) {
      if (open) channel.postMessage(encode(message, session));
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

/**
 * The BroadcastChannel between the presenting window and the notes window, or `null` where the
 * browser has none (or refuses one): the tour then works without notes. Only messages that
 * `decode` accepts reach `onmessage`.
 */
import { CHANNEL_NAME, decode, encode, type TourMessage } from './channel';

export interface TourChannel {
  post(message: TourMessage): void;
  /** Stops listening and closes the channel; posting afterwards does nothing. */
  close(): void;
}

type ChannelConstructor = new (name: string) => BroadcastChannel;

export function openTourChannel(
  onmessage: (message: TourMessage) => void,
  // `null` stands for a browser without BroadcastChannel (tests pass it).
  Channel: ChannelConstructor | null = globalThis.BroadcastChannel ?? null,
): TourChannel | null {
  if (typeof Channel !== 'function') return null;
  let channel: BroadcastChannel;
  try {
    channel = new Channel(CHANNEL_NAME);
  } catch {
    return null;
  }
  const listener = (event: MessageEvent<unknown>) => {
    const message = decode(event.data);
    if (message) onmessage(message);
  };
  channel.addEventListener('message', listener);
  let open = true;
  return {
    post(message) {
      if (open) channel.postMessage(encode(message));
    },
    close() {
      if (!open) return;
      open = false;
      channel.removeEventListener('message', listener);
      channel.close();
    },
  };
}

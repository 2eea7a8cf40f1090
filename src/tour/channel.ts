/**
 * The messages between the presenting window and the speaker-notes window
 * (`BroadcastChannel('bilateral-atlas-tour')`). Anything on the channel is untrusted input: another
 * tab, an older version of the app, a stray script. `decode` accepts only well-formed messages of
 * this version and of one session, and copies their known fields; everything else is `null`.
 *
 * One sender: the presenting window makes a random session id when it presents and gives it to
 * the notes window it opens (in that window's URL, `notes.html#session=…`). Each side accepts
 * only messages that carry it, so another tab on the channel can neither drive the tour nor make
 * the notes show a step the presentation is not on.
 */
import type { Lang } from '../i18n/messages';
import { isLang } from '../i18n/translate';
import { isRemoteIntent, type RemoteIntent } from './navigation';

export const CHANNEL_NAME = 'bilateral-atlas-tour';
export const PROTOCOL_VERSION = 2;
const APP = 'bilateral-atlas';
/** As many steps as the URL can name (`tour=9999`). */
export const MAX_STEPS = 9999;

export type TourMessage =
  /** Presenting window → notes: where the tour is. `step` is 0 only when `count` is 0. */
  | {
      type: 'state';
      presenting: boolean;
      step: number;
      count: number;
      blackout: boolean;
      lang: Lang;
    }
  /** Notes → presenting window: the presenter pressed a key or a button there. */
  | { type: 'nav'; intent: RemoteIntent }
  /** Notes → presenting window: "I have just opened, tell me where you are". */
  | { type: 'hello' };

export type WireMessage = TourMessage & {
  app: typeof APP;
  v: typeof PROTOCOL_VERSION;
  session: string;
};

/** 128 random bits as 32 hex digits. */
const SESSION = /^[0-9a-f]{32}$/;

export const isSession = (value: unknown): value is string =>
  typeof value === 'string' && SESSION.test(value);

/** A new session id (`getRandomValues` also works where `randomUUID` does not: plain http). */
export function newSession(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  return [...random(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The session id in the notes window's hash (`#session=…`), or null. */
export function sessionFromHash(hash: string): string | null {
  const value = /(?:^#|&)session=([^&]*)/.exec(hash)?.[1] ?? null;
  return isSession(value) ? value : null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_STEPS;

/** The message if `data` is a well-formed message of this version and of `session`. */
export function decode(data: unknown, session: string): TourMessage | null {
  if (!isRecord(data) || data.app !== APP || data.v !== PROTOCOL_VERSION) return null;
  if (!isSession(session) || data.session !== session) return null;
  switch (data.type) {
    case 'hello':
      return { type: 'hello' };
    case 'nav':
      return isRemoteIntent(data.intent) ? { type: 'nav', intent: data.intent } : null;
    case 'state': {
      const { presenting, step, count, blackout, lang } = data;
      if (typeof presenting !== 'boolean' || typeof blackout !== 'boolean') return null;
      if (!isCount(count) || !isCount(step) || !isLang(lang)) return null;
      if (count === 0 ? step !== 0 : step < 1 || step > count) return null;
      return { type: 'state', presenting, step, count, blackout, lang };
    }
    default:
      return null;
  }
}

/** The message as it goes on the channel. Throws on a message `decode` would reject. */
export function encode(message: TourMessage, session: string): WireMessage {
  const wire = { ...message, app: APP, v: PROTOCOL_VERSION, session } as WireMessage;
  if (!decode(wire, session)) {
    throw new RangeError(`malformed tour message: ${JSON.stringify(message)}`);
  }
  return wire;
}

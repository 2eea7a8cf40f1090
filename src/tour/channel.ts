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
 *
 * Which tour: `state` names it (`tour`: null for the guided tour, else its id, as in the URL's
 * `tour=<id>:N`), and a `tour` message carries what the notes show of its steps (captions,
 * notes, camera, selection): a teacher's tour lives in the presenting window's browser store and
 * may have changed a second ago, so the notes never read it themselves. Version 3 added both.
 */
import type { LangText, TourStep } from '../data/types';
import type { Lang } from '../i18n/messages';
import { isLang } from '../i18n/translate';
import { isTourId } from '../lib/url-state';
import { isRemoteIntent, type RemoteIntent } from './navigation';

export const CHANNEL_NAME = 'bilateral-atlas-tour';
export const PROTOCOL_VERSION = 3;
const APP = 'bilateral-atlas';
/** As many steps as the URL can name (`tour=9999`). */
export const MAX_STEPS = 9999;
/** Longest caption or note the notes take (the editor allows 2,000; the data files a little more). */
export const MAX_NOTE_TEXT = 10_000;
/** Longest id of a step, region, country or link. */
const MAX_ID = 100;

/** What the notes window shows of a step: its caption and notes, and its view for the preview. */
export type NoteStep = Pick<TourStep, 'id' | 'camera' | 'select' | 'caption' | 'notes'>;

/** null: the guided tour (`data/tour.yaml`); otherwise the id of the tour presented. */
export type TourKey = string | null;

export type TourMessage =
  /** Presenting window → notes: where the tour is. `step` is 0 only when `count` is 0. */
  | {
      type: 'state';
      presenting: boolean;
      step: number;
      count: number;
      blackout: boolean;
      lang: Lang;
      tour: TourKey;
    }
  /** Presenting window → notes: the steps of the tour presented (on `hello`, and when it changes). */
  | { type: 'tour'; tour: TourKey; steps: NoteStep[] }
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

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID;

const isTourKey = (value: unknown): value is TourKey => value === null || isTourId(value);

function langText(value: unknown): LangText | null {
  if (!isRecord(value)) return null;
  const { ja, en } = value;
  if (typeof ja !== 'string' || typeof en !== 'string') return null;
  if (ja.length > MAX_NOTE_TEXT || en.length > MAX_NOTE_TEXT) return null;
  return { ja, en };
}

const isBounds = (value: unknown): value is [number, number, number, number] =>
  Array.isArray(value) &&
  value.length === 4 &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n));

/** A copy of the known fields of a step, or null when one is malformed. */
function noteStep(value: unknown): NoteStep | null {
  if (!isRecord(value) || !isId(value.id) || !isRecord(value.camera)) return null;
  const { region, bounds } = value.camera;
  if (region !== undefined && !isId(region)) return null;
  if (bounds !== undefined && !isBounds(bounds)) return null;
  const camera: NoteStep['camera'] | null = isBounds(bounds)
    ? { bounds: [bounds[0], bounds[1], bounds[2], bounds[3]] }
    : isId(region)
      ? { region }
      : null;
  const caption = langText(value.caption);
  if (!camera || !caption) return null;
  const step: NoteStep = { id: value.id, camera, caption };
  if (value.notes !== undefined) {
    const notes = langText(value.notes);
    if (!notes) return null;
    step.notes = notes;
  }
  if (value.select !== undefined) {
    if (!isRecord(value.select)) return null;
    const { country, link } = value.select;
    if (country !== undefined && !isId(country)) return null;
    if (link !== undefined && !isId(link)) return null;
    if (isId(country)) step.select = { country };
    else if (isId(link)) step.select = { link };
  }
  return step;
}

function noteSteps(value: unknown): NoteStep[] | null {
  if (!Array.isArray(value) || value.length > MAX_STEPS) return null;
  const steps: NoteStep[] = [];
  for (const item of value) {
    const step = noteStep(item);
    if (!step) return null;
    steps.push(step);
  }
  return steps;
}

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
      const { presenting, step, count, blackout, lang, tour } = data;
      if (typeof presenting !== 'boolean' || typeof blackout !== 'boolean') return null;
      if (!isCount(count) || !isCount(step) || !isLang(lang) || !isTourKey(tour)) return null;
      if (count === 0 ? step !== 0 : step < 1 || step > count) return null;
      return { type: 'state', presenting, step, count, blackout, lang, tour };
    }
    case 'tour': {
      if (!isTourKey(data.tour)) return null;
      const steps = noteSteps(data.steps);
      return steps ? { type: 'tour', tour: data.tour, steps } : null;
    }
    default:
      return null;
  }
}

/** What the notes need of `steps` (a tour's steps carry more: dates, quotes). */
export function noteStepsOf(steps: readonly TourStep[]): NoteStep[] {
  return steps.map(({ id, camera, select, caption, notes }) => ({
    id,
    camera,
    caption,
    ...(select ? { select } : {}),
    ...(notes ? { notes } : {}),
  }));
}

/** The message as it goes on the channel. Throws on a message `decode` would reject. */
export function encode(message: TourMessage, session: string): WireMessage {
  const wire = { ...message, app: APP, v: PROTOCOL_VERSION, session } as WireMessage;
  if (!decode(wire, session)) {
    throw new RangeError(`malformed tour message: ${JSON.stringify(message)}`);
  }
  return wire;
}

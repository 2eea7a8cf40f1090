import { describe, expect, it } from 'vitest';
import {
  decode,
  encode,
  isSession,
  MAX_NOTE_TEXT,
  newSession,
  noteStepsOf,
  sessionFromHash,
  type TourMessage,
} from './channel';

const S = '0123456789abcdef0123456789abcdef';
const OTHER = 'fedcba9876543210fedcba9876543210';

const state = (more: Record<string, unknown> = {}) => ({
  app: 'bilateral-atlas',
  v: 3,
  session: S,
  type: 'state',
  presenting: true,
  step: 3,
  count: 9,
  blackout: false,
  lang: 'ja',
  tour: null,
  ...more,
});

const STEP = {
  id: 'step-1',
  camera: { region: 'central-asia' },
  caption: { ja: '中央アジア', en: 'Central Asia' },
};
const tourMessage = (steps: unknown[] = [STEP], more: Record<string, unknown> = {}) => ({
  app: 'bilateral-atlas',
  v: 3,
  session: S,
  type: 'tour',
  tour: 'my-lesson',
  steps,
  ...more,
});

describe('encode → decode', () => {
  const messages: TourMessage[] = [
    { type: 'hello' },
    { type: 'nav', intent: 'next' },
    { type: 'nav', intent: 'prev' },
    { type: 'nav', intent: 'first' },
    { type: 'nav', intent: 'last' },
    { type: 'nav', intent: 'blackout' },
    { type: 'state', presenting: true, step: 3, count: 9, blackout: false, lang: 'ja', tour: null },
    {
      type: 'state',
      presenting: false,
      step: 1,
      count: 1,
      blackout: true,
      lang: 'en',
      tour: 'my-lesson',
    },
    { type: 'state', presenting: true, step: 0, count: 0, blackout: false, lang: 'en', tour: null },
    { type: 'tour', tour: null, steps: [] },
    { type: 'tour', tour: 'week.2', steps: [STEP] },
    {
      type: 'tour',
      tour: 'my-lesson',
      steps: [
        {
          id: 'a',
          camera: { bounds: [40, 30, 90, 55] },
          select: { link: 'KAZ-JPN' },
          caption: { ja: '', en: 'Only English' },
          notes: { ja: 'メモ', en: '' },
        },
        { ...STEP, id: 'b', select: { country: 'KAZ' } },
      ],
    },
  ];
  it.each(messages)('$type $tour', (message) => {
    const wire = encode(message, S);
    expect(wire).toMatchObject({ app: 'bilateral-atlas', v: 3, session: S });
    expect(decode(wire, S)).toEqual(message);
    // What a BroadcastChannel delivers is a structured clone: plain data survives it.
    expect(decode(structuredClone(wire), S)).toEqual(message);
    // Another presentation's messages are not heard.
    expect(decode(wire, OTHER)).toBeNull();
  });
});

describe('decode rejects', () => {
  const tests: { name: string; data: unknown }[] = [
    { name: 'undefined', data: undefined },
    { name: 'null', data: null },
    { name: 'a string', data: 'next' },
    { name: 'JSON text', data: JSON.stringify(state()) },
    { name: 'an array', data: [state()] },
    { name: 'another app', data: state({ app: 'other' }) },
    { name: 'no app', data: { v: 2, session: S, type: 'hello' } },
    { name: 'the first version', data: state({ v: 1 }) },
    { name: 'the previous version (no tour id)', data: state({ v: 2 }) },
    { name: 'another version', data: state({ v: 4 }) },
    { name: 'version as text', data: state({ v: '3' }) },
    { name: 'no session', data: state({ session: undefined }) },
    { name: 'another session', data: state({ session: OTHER }) },
    { name: 'a session in capitals', data: state({ session: S.toUpperCase() }) },
    { name: 'a session as a number', data: state({ session: 123 }) },
    { name: 'a session prefix', data: state({ session: S.slice(0, 31) }) },
    { name: 'an unknown type', data: state({ type: 'goto' }) },
    { name: 'a prototype type', data: state({ type: 'toString' }) },
    { name: 'nav without intent', data: state({ type: 'nav' }) },
    {
      name: 'nav exit (the notes may not end the show)',
      data: state({ type: 'nav', intent: 'exit' }),
    },
    { name: 'nav with a number', data: state({ type: 'nav', intent: 1 }) },
    { name: 'nav with a step', data: state({ type: 'nav', intent: { step: 3 } }) },
    { name: 'state: step above count', data: state({ step: 10 }) },
    { name: 'state: step 0 with steps', data: state({ step: 0 }) },
    { name: 'state: step 1 without steps', data: state({ step: 1, count: 0 }) },
    { name: 'state: negative step', data: state({ step: -1 }) },
    { name: 'state: fractional step', data: state({ step: 2.5 }) },
    { name: 'state: NaN step', data: state({ step: NaN }) },
    { name: 'state: step as text', data: state({ step: '3' }) },
    { name: 'state: huge count', data: state({ count: 1e6 }) },
    { name: 'state: Infinity count', data: state({ count: Infinity }) },
    { name: 'state: no count', data: state({ count: undefined }) },
    { name: 'state: unknown lang', data: state({ lang: 'fr' }) },
    { name: 'state: blackout as text', data: state({ blackout: 'false' }) },
    { name: 'state: presenting missing', data: state({ presenting: undefined }) },
    { name: 'state: no tour', data: state({ tour: undefined }) },
    { name: 'state: tour id in capitals', data: state({ tour: 'My-Lesson' }) },
    { name: 'state: tour id with a colon', data: state({ tour: 'a:1' }) },
    { name: 'state: tour id empty', data: state({ tour: '' }) },
    { name: 'state: tour id as a number', data: state({ tour: 3 }) },
    { name: 'state: tour id too long', data: state({ tour: 'a'.repeat(101) }) },
    { name: 'tour: another session', data: tourMessage([STEP], { session: OTHER }) },
    { name: 'tour: the previous version', data: tourMessage([STEP], { v: 2 }) },
    { name: 'tour: bad id', data: tourMessage([STEP], { tour: '<b>' }) },
    { name: 'tour: no id', data: tourMessage([STEP], { tour: undefined }) },
    { name: 'tour: steps not a list', data: tourMessage({ 0: STEP } as unknown as unknown[]) },
    { name: 'tour: no steps', data: tourMessage([STEP], { steps: undefined }) },
    { name: 'tour: too many steps', data: tourMessage(new Array<unknown>(10_000).fill(STEP)) },
    { name: 'tour: a step that is text', data: tourMessage([STEP, 'step']) },
    { name: 'tour: a step without id', data: tourMessage([{ ...STEP, id: undefined }]) },
    { name: 'tour: a step with an empty id', data: tourMessage([{ ...STEP, id: '' }]) },
    { name: 'tour: a step without camera', data: tourMessage([{ ...STEP, camera: {} }]) },
    {
      name: 'tour: a camera region that is a number',
      data: tourMessage([{ ...STEP, camera: { region: 4 } }]),
    },
    {
      name: 'tour: bounds of three numbers',
      data: tourMessage([{ ...STEP, camera: { bounds: [1, 2, 3] } }]),
    },
    {
      name: 'tour: bounds with NaN',
      data: tourMessage([{ ...STEP, camera: { bounds: [1, 2, 3, NaN] } }]),
    },
    {
      name: 'tour: a region with bad bounds',
      data: tourMessage([{ ...STEP, camera: { region: 'r', bounds: 'x' } }]),
    },
    { name: 'tour: a caption as text', data: tourMessage([{ ...STEP, caption: 'hi' }]) },
    {
      name: 'tour: a caption without English',
      data: tourMessage([{ ...STEP, caption: { ja: 'あ' } }]),
    },
    {
      name: 'tour: a caption too long',
      data: tourMessage([{ ...STEP, caption: { ja: 'あ'.repeat(MAX_NOTE_TEXT + 1), en: '' } }]),
    },
    { name: 'tour: notes as null', data: tourMessage([{ ...STEP, notes: null }]) },
    {
      name: 'tour: notes with a number',
      data: tourMessage([{ ...STEP, notes: { ja: 1, en: '' } }]),
    },
    { name: 'tour: select as text', data: tourMessage([{ ...STEP, select: 'KAZ' }]) },
    {
      name: 'tour: select with an object country',
      data: tourMessage([{ ...STEP, select: { country: {} } }]),
    },
  ];
  it.each(tests)('$name', ({ data }) => {
    expect(decode(data, S)).toBeNull();
  });

  it('everything when this side has no valid session', () => {
    expect(decode(state({ session: '' }), '')).toBeNull();
    expect(decode(state({ session: 'x' }), 'x')).toBeNull();
  });

  it('keeps only the known fields', () => {
    const data: unknown = JSON.parse(
      JSON.stringify(state({ extra: '<img onerror=x>' })).replace('{', '{"__proto__":{"step":1},'),
    );
    expect(decode(data, S)).toEqual({
      type: 'state',
      presenting: true,
      step: 3,
      count: 9,
      blackout: false,
      lang: 'ja',
      tour: null,
    });
  });

  it('keeps only the known fields of steps', () => {
    const data = tourMessage([
      {
        ...STEP,
        quote: 'q1',
        html: '<img onerror=x>',
        camera: { region: 'r', bounds: [1, 2, 3, 4], zoom: 9 },
        select: { country: 'KAZ', link: 'KAZ-JPN' },
        caption: { ja: 'あ', en: 'a', fr: 'x' },
      },
    ]);
    expect(decode(data, S)).toEqual({
      type: 'tour',
      tour: 'my-lesson',
      steps: [
        {
          id: 'step-1',
          camera: { bounds: [1, 2, 3, 4] },
          select: { country: 'KAZ' },
          caption: { ja: 'あ', en: 'a' },
        },
      ],
    });
  });
});

describe('noteStepsOf', () => {
  it('keeps what the notes show and drops dates and quotes', () => {
    expect(
      noteStepsOf([
        { ...STEP, date: '2021-06-01', quote: 'q1', notes: { ja: 'n', en: 'n' } },
        { ...STEP, id: 'step-2', select: { link: 'A-B' } },
      ]),
    ).toEqual([
      { ...STEP, notes: { ja: 'n', en: 'n' } },
      { ...STEP, id: 'step-2', select: { link: 'A-B' } },
    ]);
  });
});

describe('encode refuses what decode would reject', () => {
  const bad = [
    {
      type: 'state',
      presenting: true,
      step: 12,
      count: 9,
      blackout: false,
      lang: 'ja',
      tour: null,
    },
    {
      type: 'state',
      presenting: true,
      step: NaN,
      count: 9,
      blackout: false,
      lang: 'ja',
      tour: null,
    },
    { type: 'state', presenting: true, step: 1, count: 9, blackout: false, lang: 'ja', tour: 'A' },
    { type: 'tour', tour: 'a', steps: [{ id: 'x', camera: {}, caption: { ja: '', en: '' } }] },
    { type: 'nav', intent: 'exit' },
  ] as unknown as TourMessage[];
  it.each(bad)('%o', (message) => {
    expect(() => encode(message, S)).toThrow(RangeError);
  });
  it('a message without a valid session', () => {
    expect(() => encode({ type: 'hello' }, 'not-a-session')).toThrow(RangeError);
  });
});

describe('sessions', () => {
  it('are 32 hex digits, different each time', () => {
    const a = newSession();
    expect(isSession(a)).toBe(true);
    expect(newSession()).not.toBe(a);
    expect(newSession((b) => b.fill(255))).toBe('f'.repeat(32));
  });
  it.each([
    [`#session=${S}`, S],
    [`#lang=ja&session=${S}`, S],
    ['#session=', null],
    ['#session=abc', null],
    [`#session=${S}0`, null],
    [`#session=${S.toUpperCase()}`, null],
    ['', null],
  ])('sessionFromHash(%s) → %s', (hash, expected) => {
    expect(sessionFromHash(hash)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  decode,
  encode,
  isSession,
  newSession,
  sessionFromHash,
  type TourMessage,
} from './channel';

const S = '0123456789abcdef0123456789abcdef';
const OTHER = 'fedcba9876543210fedcba9876543210';

const state = (more: Record<string, unknown> = {}) => ({
  app: 'bilateral-atlas',
  v: 2,
  session: S,
  type: 'state',
  presenting: true,
  step: 3,
  count: 9,
  blackout: false,
  lang: 'ja',
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
    { type: 'state', presenting: true, step: 3, count: 9, blackout: false, lang: 'ja' },
    { type: 'state', presenting: false, step: 1, count: 1, blackout: true, lang: 'en' },
    { type: 'state', presenting: true, step: 0, count: 0, blackout: false, lang: 'en' },
  ];
  it.each(messages)('$type', (message) => {
    const wire = encode(message, S);
    expect(wire).toMatchObject({ app: 'bilateral-atlas', v: 2, session: S });
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
    { name: 'the previous version', data: state({ v: 1 }) },
    { name: 'another version', data: state({ v: 3 }) },
    { name: 'version as text', data: state({ v: '2' }) },
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
    });
  });
});

describe('encode refuses what decode would reject', () => {
  const bad = [
    { type: 'state', presenting: true, step: 12, count: 9, blackout: false, lang: 'ja' },
    { type: 'state', presenting: true, step: NaN, count: 9, blackout: false, lang: 'ja' },
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

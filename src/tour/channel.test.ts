import { describe, expect, it } from 'vitest';
import { decode, encode, type TourMessage } from './channel';

const state = (more: Record<string, unknown> = {}) => ({
  app: 'bilateral-atlas',
  v: 1,
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
    const wire = encode(message);
    expect(wire).toMatchObject({ app: 'bilateral-atlas', v: 1 });
    expect(decode(wire)).toEqual(message);
    // What a BroadcastChannel delivers is a structured clone: plain data survives it.
    expect(decode(structuredClone(wire))).toEqual(message);
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
    { name: 'no app', data: { v: 1, type: 'hello' } },
    { name: 'another version', data: state({ v: 2 }) },
    { name: 'version as text', data: state({ v: '1' }) },
    { name: 'an unknown type', data: state({ type: 'goto' }) },
    { name: 'a prototype type', data: state({ type: 'toString' }) },
    { name: 'nav without intent', data: { app: 'bilateral-atlas', v: 1, type: 'nav' } },
    {
      name: 'nav exit (the notes may not end the show)',
      data: { app: 'bilateral-atlas', v: 1, type: 'nav', intent: 'exit' },
    },
    { name: 'nav with a number', data: { app: 'bilateral-atlas', v: 1, type: 'nav', intent: 1 } },
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
    expect(decode(data)).toBeNull();
  });

  it('keeps only the known fields', () => {
    const data: unknown = JSON.parse(
      JSON.stringify(state({ extra: '<img onerror=x>' })).replace('{', '{"__proto__":{"step":1},'),
    );
    expect(decode(data)).toEqual({
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
    expect(() => encode(message)).toThrow(RangeError);
  });
});

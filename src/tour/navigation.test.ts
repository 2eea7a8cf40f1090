import { describe, expect, it } from 'vitest';
import {
  applyIntent,
  intentOf,
  isPresentKey,
  isRemoteIntent,
  navigate,
  normalize,
  type NavKey,
  type NavResult,
  type NavState,
} from './navigation';

const s = (step: number, count = 9, more: Partial<NavState> = {}): NavState => ({
  step,
  count,
  blackout: false,
  typed: '',
  ...more,
});
const k = (key: string, mods: Partial<NavKey> = {}): NavKey => ({ key, shiftKey: false, ...mods });

// What the reducer answers: moved, stayed (key used), blacked out/back, left, or not a tour key.
const moved = (state: NavState): NavResult => ({ state, action: 'step', handled: true });
const stayed = (state: NavState): NavResult => ({ state, handled: true });
const toggled = (state: NavState): NavResult => ({ state, action: 'blackout', handled: true });
const left = (state: NavState): NavResult => ({ state, action: 'exit', handled: true });
const ignored = (state: NavState): NavResult => ({ state, handled: false });
const dark = { blackout: true };

describe('navigate', () => {
  const tests: [name: string, state: NavState, key: NavKey, expected: NavResult][] = [
    // forward
    ['→', s(3), k('ArrowRight'), moved(s(4))],
    ['↓', s(3), k('ArrowDown'), moved(s(4))],
    ['PageDown', s(3), k('PageDown'), moved(s(4))],
    ['Space', s(3), k(' '), moved(s(4))],
    ['old Spacebar', s(3), k('Spacebar'), moved(s(4))],
    ['next at the end stays', s(9), k('PageDown'), stayed(s(9))],
    // back
    ['←', s(3), k('ArrowLeft'), moved(s(2))],
    ['↑', s(3), k('ArrowUp'), moved(s(2))],
    ['PageUp', s(3), k('PageUp'), moved(s(2))],
    ['Shift+Space', s(3), k(' ', { shiftKey: true }), moved(s(2))],
    ['Backspace with nothing typed', s(3), k('Backspace'), moved(s(2))],
    ['prev at the start stays', s(1), k('PageUp'), stayed(s(1))],
    // ends
    ['Home', s(5), k('Home'), moved(s(1))],
    ['End', s(5), k('End'), moved(s(9))],
    ['Home on the first', s(1), k('Home'), stayed(s(1))],
    // digits and Enter
    ['a digit is typed', s(1), k('3'), stayed(s(1, 9, { typed: '3' }))],
    ['digits add up', s(1, 20, { typed: '1' }), k('2'), stayed(s(1, 20, { typed: '12' }))],
    ['Enter jumps', s(1, 9, { typed: '3' }), k('Enter'), moved(s(3))],
    ['leading zero', s(1, 9, { typed: '03' }), k('Enter'), moved(s(3))],
    ['Enter to the current step', s(3, 9, { typed: '3' }), k('Enter'), stayed(s(3))],
    ['Enter with a too large number clears it', s(2, 9, { typed: '12' }), k('Enter'), stayed(s(2))],
    ['Enter with 0 clears it', s(2, 9, { typed: '0' }), k('Enter'), stayed(s(2))],
    ['Enter alone is left to the page', s(2), k('Enter'), ignored(s(2))],
    [
      'a fifth digit is dropped',
      s(1, 9, { typed: '1234' }),
      k('5'),
      stayed(s(1, 9, { typed: '1234' })),
    ],
    [
      'Backspace deletes a digit',
      s(4, 20, { typed: '12' }),
      k('Backspace'),
      stayed(s(4, 20, { typed: '1' })),
    ],
    ['a move forgets typed digits', s(4, 9, { typed: '7' }), k('PageDown'), moved(s(5))],
    [
      'unknown keys keep typed digits',
      s(4, 9, { typed: '7' }),
      k('Shift'),
      ignored(s(4, 9, { typed: '7' })),
    ],
    // black screen
    ['B blacks out', s(2), k('b'), toggled(s(2, 9, dark))],
    ['Shift+B too', s(2), k('B', { shiftKey: true }), toggled(s(2, 9, dark))],
    ['. too', s(2), k('.'), toggled(s(2, 9, dark))],
    ['B again restores', s(2, 9, dark), k('B'), toggled(s(2))],
    ['next while black restores without moving', s(2, 9, dark), k('PageDown'), toggled(s(2))],
    ['Home while black restores without moving', s(2, 9, dark), k('Home'), toggled(s(2))],
    ['digits wait while black', s(2, 9, dark), k('5'), stayed(s(2, 9, dark))],
    [
      'Enter alone while black is left to the page',
      s(2, 9, dark),
      k('Enter'),
      ignored(s(2, 9, dark)),
    ],
    // leaving
    ['Esc leaves', s(4), k('Escape'), left(s(4))],
    [
      'Esc leaves a black screen too',
      s(4, 9, { blackout: true, typed: '2' }),
      k('Escape'),
      left(s(4)),
    ],
    // not ours
    ['a letter', s(4), k('x'), ignored(s(4))],
    ['P', s(4), k('p'), ignored(s(4))],
    ['F5', s(4), k('F5'), ignored(s(4))],
    ['Ctrl+→ (browser shortcut)', s(4), k('ArrowRight', { ctrlKey: true }), ignored(s(4))],
    ['Alt+← (history back)', s(4), k('ArrowLeft', { altKey: true }), ignored(s(4))],
    ['Cmd+R', s(4), k('r', { metaKey: true }), ignored(s(4))],
    ['Ctrl+B', s(4), k('b', { ctrlKey: true }), ignored(s(4))],
    ['a prototype key name', s(4), k('toString'), ignored(s(4))],
    ['an empty key', s(4), k(''), ignored(s(4))],
    ['a full-width digit', s(4), k('３'), ignored(s(4))],
    // bad state
    ['step above count is clamped', s(40), k('PageUp'), moved(s(8))],
    ['step below 1 is clamped', s(-3), k('PageDown'), moved(s(2))],
    ['NaN step starts at 1', s(NaN), k('x'), ignored(s(1))],
    ['fractional step is rounded', s(2.6), k('PageDown'), moved(s(4))],
    ['count 0: next does nothing', s(3, 0), k('PageDown'), stayed(s(0, 0))],
    ['count 0: End does nothing', s(0, 0), k('End'), stayed(s(0, 0))],
    ['count 0: Home does nothing', s(0, 0), k('Home'), stayed(s(0, 0))],
    ['count 0: Enter 1 clears', s(0, 0, { typed: '1' }), k('Enter'), stayed(s(0, 0))],
    ['count 0: blackout still works', s(0, 0), k('b'), toggled(s(0, 0, dark))],
    ['count 0: Esc leaves', s(0, 0), k('Escape'), left(s(0, 0))],
    ['negative count is empty', s(2, -5), k('PageDown'), stayed(s(0, 0))],
    ['fractional count is empty', s(2, 2.5), k('PageDown'), stayed(s(0, 0))],
    ['junk in typed is dropped', s(1, 9, { typed: 'a4b' }), k('Enter'), moved(s(4))],
    ['typed longer than allowed is cut', s(1, 9, { typed: '000007' }), k('Enter'), stayed(s(1))],
  ];

  it.each(tests)('%s', (_name, state, key, expected) => {
    expect(navigate(state, key)).toStrictEqual(expected);
  });

  it('drives a whole tour forward and back', () => {
    let state = s(1, 5);
    const seen = [state.step];
    for (let i = 0; i < 6; i++) {
      state = navigate(state, k('PageDown')).state;
      seen.push(state.step);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 5, 5]);
    for (let i = 0; i < 5; i++) state = navigate(state, k('PageUp')).state;
    expect(state.step).toBe(1);
  });

  it('never returns a step outside 1..count', () => {
    const keys = ['PageDown', 'PageUp', 'Home', 'End', 'Enter', '9', '0', 'b', 'Backspace', ' '];
    for (const count of [0, 1, 2, 7]) {
      let state = s(1, count);
      for (let i = 0; i < 200; i++) {
        state = navigate(state, k(keys[(i * 7) % keys.length]!)).state;
        if (count === 0) expect(state.step).toBe(0);
        else expect(state.step >= 1 && state.step <= count).toBe(true);
      }
    }
  });
});

describe('intentOf', () => {
  const tests: { key: NavKey; expected: ReturnType<typeof intentOf> }[] = [
    { key: k('PageDown'), expected: 'next' },
    { key: k(' ', { shiftKey: true }), expected: 'prev' },
    { key: k('7'), expected: { digit: '7' } },
    { key: k('Esc'), expected: 'exit' },
    { key: k('constructor'), expected: null },
    { key: k('End', { metaKey: true }), expected: null },
  ];
  it.each(tests)('$key.key', ({ key, expected }) => {
    expect(intentOf(key)).toEqual(expected);
  });
});

describe('applyIntent', () => {
  it('takes intents from the notes window', () => {
    expect(applyIntent(s(2), 'next')).toEqual({ state: s(3), action: 'step', handled: true });
    expect(applyIntent(s(2), 'last').state.step).toBe(9);
    expect(applyIntent(s(2), null)).toEqual({ state: s(2), handled: false });
  });
});

describe('normalize', () => {
  const tests: { state: NavState; expected: NavState }[] = [
    { state: s(3), expected: s(3) },
    { state: s(0, 4), expected: s(1, 4) },
    { state: s(Infinity, 4), expected: s(1, 4) },
    { state: s(3, NaN), expected: s(0, 0) },
    { state: s(3, 9, { typed: '12345' }), expected: s(3, 9, { typed: '1234' }) },
  ];
  it.each(tests)('$state → $expected', ({ state, expected }) => {
    expect(normalize(state)).toEqual(expected);
  });
});

describe('isPresentKey / isRemoteIntent', () => {
  it.each([
    { key: k('p'), expected: true },
    { key: k('P', { shiftKey: true }), expected: true },
    { key: k('p', { ctrlKey: true }), expected: false },
    { key: k('p', { metaKey: true }), expected: false },
    { key: k('q'), expected: false },
  ])('P: $key.key', ({ key, expected }) => {
    expect(isPresentKey(key)).toBe(expected);
  });
  it.each([
    { value: 'next', expected: true },
    { value: 'blackout', expected: true },
    { value: 'exit', expected: false },
    { value: 'enter', expected: false },
    { value: 3, expected: false },
    { value: null, expected: false },
  ])('remote: $value', ({ value, expected }) => {
    expect(isRemoteIntent(value)).toBe(expected);
  });
});

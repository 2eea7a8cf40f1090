/**
 * What a clicker or a keyboard does to the tour, as a pure reducer: no DOM, no Svelte, so every
 * key can be tested in a table. Clickers send ordinary keys (PageDown/PageUp, arrows, `b` or `.`
 * for a black screen, Esc), so one mapping serves both.
 *
 * Steps are 1-based, as in the URL (`tour=3`); `step` is 0 only when the tour is empty.
 */

export interface NavState {
  step: number;
  count: number;
  blackout: boolean;
  /** Digits typed so far for a jump ("3" then Enter goes to step 3). */
  typed: string;
}

export interface NavKey {
  key: string;
  shiftKey: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** What a key means, before the state decides what it does. */
export type Intent =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'blackout'
  | 'exit'
  | 'enter'
  | 'backspace'
  | { digit: string };

/** The intents the speaker-notes window may send back. */
export type RemoteIntent = 'next' | 'prev' | 'first' | 'last' | 'blackout';

export type NavAction = 'exit' | 'step' | 'blackout';

export interface NavResult {
  state: NavState;
  /** `step`: `state.step` changed; `blackout`: `state.blackout` changed; `exit`: leave. */
  action?: NavAction;
  /** Whether the key belongs to the tour (the caller then prevents its default). */
  handled: boolean;
}

/** Longest number that can be typed: the URL allows 4 digits (`tour=9999`). */
export const MAX_TYPED = 4;

const KEYS: Record<string, Intent> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  b: 'blackout',
  B: 'blackout',
  '.': 'blackout',
  Escape: 'exit',
  Esc: 'exit',
  Enter: 'enter',
  Backspace: 'backspace',
};

export function intentOf(key: NavKey): Intent | null {
  if (key.ctrlKey || key.altKey || key.metaKey) return null;
  if (key.key === ' ' || key.key === 'Spacebar') return key.shiftKey ? 'prev' : 'next';
  if (/^[0-9]$/.test(key.key)) return { digit: key.key };
  return Object.hasOwn(KEYS, key.key) ? (KEYS[key.key] ?? null) : null;
}

/** Makes any input a consistent state: count ≥ 0, step within 1..count (0 when empty). */
export function normalize(state: NavState): NavState {
  const count = Number.isInteger(state.count) && state.count > 0 ? state.count : 0;
  let step = 0;
  if (count > 0) {
    step = Number.isFinite(state.step) ? Math.round(state.step) : 1;
    step = Math.min(count, Math.max(1, step));
  }
  const typed = (typeof state.typed === 'string' ? state.typed : '')
    .replace(/\D/g, '')
    .slice(0, MAX_TYPED);
  return { step, count, blackout: state.blackout === true, typed };
}

function goTo(state: NavState, step: number): NavResult {
  const next = { ...state, typed: '' };
  if (state.count === 0 || step === state.step) return { state: next, handled: true };
  return { state: { ...next, step }, action: 'step', handled: true };
}

export function applyIntent(input: NavState, intent: Intent | null): NavResult {
  const state = normalize(input);
  if (intent === null) return { state, handled: false };
  if (intent === 'exit')
    return { state: { ...state, blackout: false, typed: '' }, action: 'exit', handled: true };
  if (intent === 'blackout') {
    return {
      state: { ...state, blackout: !state.blackout, typed: '' },
      action: 'blackout',
      handled: true,
    };
  }
  if (state.blackout) {
    // A black screen hides everything: digits wait, any other tour key brings the picture back
    // without moving, so the class never misses a step.
    if (typeof intent === 'object' || intent === 'backspace') return { state, handled: true };
    if (intent === 'enter' && state.typed === '') return { state, handled: false };
    return { state: { ...state, blackout: false, typed: '' }, action: 'blackout', handled: true };
  }
  if (typeof intent === 'object') {
    const typed = state.typed.length < MAX_TYPED ? state.typed + intent.digit : state.typed;
    return { state: { ...state, typed }, handled: true };
  }
  switch (intent) {
    case 'next':
      return goTo(state, Math.min(state.count, state.step + 1));
    case 'prev':
      return goTo(state, Math.max(Math.min(1, state.count), state.step - 1));
    case 'first':
      return goTo(state, Math.min(1, state.count));
    case 'last':
      return goTo(state, state.count);
    case 'backspace':
      if (state.typed === '')
        return goTo(state, Math.max(Math.min(1, state.count), state.step - 1));
      return { state: { ...state, typed: state.typed.slice(0, -1) }, handled: true };
    case 'enter': {
      // Enter alone is left to the focused button; with digits it is a jump.
      if (state.typed === '') return { state, handled: false };
      const n = Number(state.typed);
      if (n >= 1 && n <= state.count) return goTo(state, n);
      return { state: { ...state, typed: '' }, handled: true };
    }
  }
}

/** The reducer: the state after `key`, and what the caller should do. */
export function navigate(state: NavState, key: NavKey): NavResult {
  return applyIntent(state, intentOf(key));
}

/** Whether a key means "present" (`P`, no modifier) outside presentation mode. */
export function isPresentKey(key: NavKey): boolean {
  return (key.key === 'p' || key.key === 'P') && !key.ctrlKey && !key.altKey && !key.metaKey;
}

export function isRemoteIntent(value: unknown): value is RemoteIntent {
  return (
    value === 'next' ||
    value === 'prev' ||
    value === 'first' ||
    value === 'last' ||
    value === 'blackout'
  );
}

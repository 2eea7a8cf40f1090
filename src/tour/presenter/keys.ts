/**
 * The presenter's tools as slide software has them, as a table: a key → an action. Pure, so each
 * key (and each key that must NOT act: with a modifier, while composing) is tested in a table.
 * The clicker keys of `navigation.ts` keep their own reducer; the help overlay lists both from
 * `HELP_ROWS`, so a key added here is a key documented there.
 */
import type { MessageKey } from '../../i18n/messages';
import type { NavKey } from '../navigation';

export type PresenterAction = 'white' | 'laser' | 'pen' | 'erase' | 'goto' | 'help';

const KEYS: Record<string, PresenterAction> = {
  w: 'white',
  W: 'white',
  l: 'laser',
  L: 'laser',
  d: 'pen',
  D: 'pen',
  e: 'erase',
  E: 'erase',
  g: 'goto',
  G: 'goto',
  '?': 'help',
};

/** The presenter action of a key, or null (modifiers other than Shift never act). */
export function presenterAction(key: NavKey): PresenterAction | null {
  if (key.ctrlKey || key.altKey || key.metaKey) return null;
  return Object.hasOwn(KEYS, key.key) ? (KEYS[key.key] ?? null) : null;
}

/** One line of the help overlay: the keys as shown (not translated) and what they do. */
export interface HelpRow {
  keys: readonly string[];
  does: MessageKey;
}

/** Every key of the presentation, in the order a presenter needs them. */
export const HELP_ROWS: readonly HelpRow[] = [
  { keys: ['→', 'PageDown', 'Space'], does: 'presenterHelpNext' },
  { keys: ['←', 'PageUp', 'Shift+Space'], does: 'presenterHelpPrev' },
  { keys: ['Home', 'End'], does: 'presenterHelpEnds' },
  { keys: ['G', '1–9…', 'Enter'], does: 'presenterHelpGoto' },
  { keys: ['B', '.'], does: 'presenterHelpBlack' },
  { keys: ['W'], does: 'presenterHelpWhite' },
  { keys: ['L'], does: 'presenterHelpLaser' },
  { keys: ['D'], does: 'presenterHelpPen' },
  { keys: ['E'], does: 'presenterHelpErase' },
  { keys: ['Q'], does: 'presenterHelpQuote' },
  { keys: ['H'], does: 'presenterHelpHide' },
  { keys: ['?'], does: 'presenterHelpHelp' },
  { keys: ['Esc'], does: 'presenterHelpExit' },
];

import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../i18n/messages';
import { HELP_ROWS, presenterAction, type PresenterAction } from './keys';

const k = (key: string, mods: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => ({
  key,
  shiftKey: key !== key.toLowerCase() || key === '?',
  ...mods,
});

describe('presenterAction', () => {
  const table: [string, ReturnType<typeof k>, PresenterAction | null][] = [
    ['w', k('w'), 'white'],
    ['W', k('W'), 'white'],
    ['l', k('l'), 'laser'],
    ['L', k('L'), 'laser'],
    ['d', k('d'), 'pen'],
    ['D', k('D'), 'pen'],
    ['e', k('e'), 'erase'],
    ['E', k('E'), 'erase'],
    ['g', k('g'), 'goto'],
    ['G', k('G'), 'goto'],
    ['?', k('?'), 'help'],
    ['Ctrl+W (close tab) is not ours', k('w', { ctrlKey: true }), null],
    ['Cmd+L is not ours', k('l', { metaKey: true }), null],
    ['Alt+D is not ours', k('d', { altKey: true }), null],
    ['b belongs to the clicker reducer', k('b'), null],
    ['digits belong to the clicker reducer', k('3'), null],
    ['unknown key', k('x'), null],
    ['empty key', k(''), null],
    ['prototype name', k('constructor'), null],
  ];
  it.each(table)('%s', (_, key, expected) => expect(presenterAction(key)).toBe(expected));
});

describe('HELP_ROWS', () => {
  it('documents every presenter key and the clicker keys', () => {
    const keys = HELP_ROWS.flatMap((r) => r.keys);
    for (const key of ['W', 'L', 'D', 'E', 'G', '?', 'B', 'Esc', 'PageDown', 'Q', 'H'])
      expect(keys).toContain(key);
  });
  it('has a text in both languages for each row', () => {
    for (const row of HELP_ROWS) {
      expect(dictionaries.ja[row.does]).toBeTruthy();
      expect(dictionaries.en[row.does]).toBeTruthy();
    }
  });
});

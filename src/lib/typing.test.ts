import { describe, expect, it } from 'vitest';
import { isTyping } from './typing';

describe('isTyping', () => {
  it.each([
    [{ tagName: 'INPUT' }, true],
    [{ tagName: 'TEXTAREA' }, true],
    [{ tagName: 'SELECT' }, true],
    [{ tagName: 'DIV', isContentEditable: true }, true],
    [{ tagName: 'DIV', isContentEditable: false }, false],
    [{ tagName: 'BUTTON' }, false],
    [{ tagName: 'input' }, false],
    [{ tagName: 'INPUTS' }, false],
    [{ tagName: 1 }, false],
    [{ isContentEditable: 'true' }, false],
    [{}, false],
    [null, false],
  ])('%o → %s', (target, expected) => {
    expect(isTyping(target as EventTarget | null)).toBe(expected);
  });
});

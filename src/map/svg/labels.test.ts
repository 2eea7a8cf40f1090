import { describe, expect, it } from 'vitest';
import { labelVisible, textWidth } from './labels';

describe('textWidth', () => {
  it.each([
    ['', 10, 0],
    ['Chad', 10, 22],
    ['チャド', 10, 30],
    ['대한민국', 10, 40],
    ['コートジボワール', 12, 96],
  ])('%j at %d px is about %d px', (text, size, expected) => {
    expect(textWidth(text, size)).toBeCloseTo(expected);
  });
});

describe('labelVisible', () => {
  const cases = [
    { name: 'a party always', role: 'party', box: 0.1, k: 2, expected: true },
    { name: 'a mentioned country always', role: 'mentioned', box: 0.1, k: 2, expected: true },
    // "Chad" at 10 px is 22 px wide.
    { name: 'another country that fits', role: 'other', box: 11, k: 2, expected: true },
    { name: 'another country too small', role: 'other', box: 10.9, k: 2, expected: false },
    { name: 'the same once zoomed in', role: 'other', box: 10.9, k: 4, expected: true },
  ] as const;
  it.each(cases)('$name', ({ role, box, k, expected }) => {
    expect(labelVisible(role, 'Chad', 10, box, k)).toBe(expected);
  });

  it('hides a nameless country', () => {
    expect(labelVisible('other', '', 10, 500, 512)).toBe(false);
  });
});

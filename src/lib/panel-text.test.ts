import { describe, expect, it } from 'vitest';
import { groupBy, localText, splitFootnotes, stripSourcePrefix, unique } from './panel-text';

describe('localText', () => {
  it.each([
    ['plain', 'ja', 'plain'],
    [{ ja: '年は文脈から', en: 'year from context' }, 'ja', '年は文脈から'],
    [{ ja: '年は文脈から', en: 'year from context' }, 'en', 'year from context'],
    [{ ja: '', en: 'only English' }, 'ja', 'only English'],
    [undefined, 'en', ''],
    [null, 'ja', ''],
  ] as const)('%j in %s', (value, lang, expected) => {
    expect(localText(value, lang)).toBe(expected);
  });
});

describe('stripSourcePrefix', () => {
  it.each([
    ['出典 baoquocte.vn', 'baoquocte.vn'],
    ['出典: baoquocte.vn', 'baoquocte.vn'],
    ['出典:baoquocte.vn', 'baoquocte.vn'],
    ['Source: baoquocte.vn', 'baoquocte.vn'],
    ['source baoquocte.vn', 'baoquocte.vn'],
    ['Sputnik 日本', 'Sputnik 日本'],
    ['Based on Wikipedia (CC BY-SA 4.0)', 'Based on Wikipedia (CC BY-SA 4.0)'],
    ['Sources of energy', 'Sources of energy'],
    ['出典', '出典'], // nothing left after the prefix: keep the text
  ])('%s → %s', (credit, expected) => {
    expect(stripSourcePrefix(credit)).toBe(expected);
  });
});

describe('splitFootnotes', () => {
  it.each([
    ['no marks', [{ text: 'no marks', mark: false }]],
    [
      '確立された[4]。次[12]',
      [
        { text: '確立された', mark: false },
        { text: '[4]', mark: true },
        { text: '。次', mark: false },
        { text: '[12]', mark: true },
      ],
    ],
    [
      '[1]start',
      [
        { text: '[1]', mark: true },
        { text: 'start', mark: false },
      ],
    ],
    ['[注 3]', [{ text: '[注 3]', mark: true }]],
    // Not footnotes: brackets around words, four-digit numbers.
    ['[Summary] x [2024]', [{ text: '[Summary] x [2024]', mark: false }]],
    ['', []],
  ])('%s', (text, expected) => {
    expect(splitFootnotes(text)).toEqual(expected);
    expect(
      splitFootnotes(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});

describe('groupBy / unique', () => {
  it('groups in order of first appearance', () => {
    const items = [
      { id: 'q1', doc: 'b' },
      { id: 'q2', doc: 'a' },
      { id: 'q3', doc: 'b' },
    ];
    expect(groupBy(items, (q) => q.doc)).toEqual([
      { key: 'b', items: [items[0], items[2]] },
      { key: 'a', items: [items[1]] },
    ]);
    expect(groupBy([], (x: string) => x)).toEqual([]);
  });
  it('unique keeps first-seen order', () => {
    expect(unique(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
  });
});

import { describe, expect, it } from 'vitest';
import { excerptAround, quoteExcerpt, segments } from './excerpt';

const ja = '一文目です。両国間の外交関係は1992年1月28日に確立された。三文目です。';

describe('excerptAround', () => {
  it('returns the sentence around the quote', () => {
    const start = ja.indexOf('1992年1月28日');
    const e = excerptAround(ja, start, start + '1992年1月28日'.length);
    expect(e).toEqual({
      before: '両国間の外交関係は',
      match: '1992年1月28日',
      after: 'に確立された。',
    });
  });
  it('works at the very start and end', () => {
    expect(excerptAround(ja, 0, 3)).toEqual({ before: '', match: '一文目', after: 'です。' });
    const end = ja.length;
    expect(excerptAround(ja, end - 6, end).match).toBe('三文目です。');
  });
  it('cuts long sentences with an ellipsis', () => {
    const long = 'あ'.repeat(500) + 'X' + 'い'.repeat(500);
    const e = excerptAround(long, 500, 501, 20);
    expect(e.before).toBe('…' + 'あ'.repeat(20));
    expect(e.after).toBe('い'.repeat(20) + '…');
  });
  it('splits English sentences at a full stop followed by space', () => {
    const en = 'First one. The trade reached $5.9 billion in 2020. Last.';
    const s = en.indexOf('$5.9 billion');
    expect(excerptAround(en, s, s + 12).before).toBe('The trade reached ');
  });
  it.each([
    [-1, 2],
    [2, 1],
    [0, 999],
  ])('rejects offsets %s–%s', (start, end) => {
    expect(() => excerptAround(ja, start, end)).toThrow(RangeError);
  });
});

describe('segments', () => {
  it.each([
    { name: 'no quotes', quotes: [], expected: [{ text: 'abcdef', quotes: [] }] },
    {
      name: 'one quote',
      quotes: [{ id: 'q', start: 1, end: 3 }],
      expected: [
        { text: 'a', quotes: [] },
        { text: 'bc', quotes: ['q'] },
        { text: 'def', quotes: [] },
      ],
    },
    {
      name: 'overlapping quotes',
      quotes: [
        { id: 'q1', start: 0, end: 4 },
        { id: 'q2', start: 2, end: 6 },
      ],
      expected: [
        { text: 'ab', quotes: ['q1'] },
        { text: 'cd', quotes: ['q1', 'q2'] },
        { text: 'ef', quotes: ['q2'] },
      ],
    },
    {
      name: 'bad offsets are ignored',
      quotes: [{ id: 'x', start: 5, end: 99 }],
      expected: [{ text: 'abcdef', quotes: [] }],
    },
  ])('$name', ({ quotes, expected }) => {
    expect(segments('abcdef', quotes)).toEqual(expected);
  });
  it('keeps hostile text as text', () => {
    const text = '<script>alert(1)</script>';
    expect(segments(text, [{ id: 'q', start: 0, end: 8 }])[0]?.text).toBe('<script>');
  });
});

describe('quoteExcerpt', () => {
  const text = '一文目です。二文目です。';
  it.each([
    [{ text: '二文目', start: 6, end: 9 }, text, { before: '', match: '二文目', after: 'です。' }],
    [{ text: '二文目', start: 6, end: 9 }, undefined, { before: '', match: '二文目', after: '' }],
    [
      { text: '二文目', start: 60, end: 63 },
      text,
      {
        before: '',
        match: '二文目',
        after: '',
        error: 'quote offsets 60–63 are outside the text (length 12)',
      },
    ],
    [
      { text: 'x', start: 5, end: 2 },
      text,
      { before: '', match: 'x', after: '', error: expect.stringMatching(/5–2/) },
    ],
  ])('%o', (quote, doc, expected) => {
    expect(quoteExcerpt(quote, doc)).toEqual(expected);
  });
});

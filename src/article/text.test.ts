import { describe, expect, it } from 'vitest';
import { decodeBytes, htmlToText, looksLikeHtml } from './text.ts';
import { guessLang, splitSentences } from './sentences.ts';

describe('htmlToText', () => {
  const cases: { html: string; expected: string }[] = [
    { html: '<p>一文目。</p><p>二文目。</p>', expected: '一文目。\n\n二文目。' },
    { html: '<script>var x = "<p>no</p>";</script>本文', expected: '本文' },
    {
      html: '<style>p { }</style><p>a &amp; b &lt;c&gt; &#x5B57; &#23383;</p>',
      expected: 'a & b <c> 字 字',
    },
    { html: '<!-- hidden <p>x</p> -->shown', expected: 'shown' },
    { html: '<p>unclosed <script>forever', expected: 'unclosed' },
    { html: '<a href="javascript:alert(1)">link</a> text', expected: 'link text' },
    { html: '&#0; &#xD800; &bogus;', expected: '&bogus;' },
  ];
  it.each(cases)('$html', ({ html, expected }) => expect(htmlToText(html)).toBe(expected));
  it('never throws on non-strings', () =>
    expect(htmlToText(undefined as unknown as string)).toBe(''));
  it('tells HTML from prose', () => {
    expect(looksLikeHtml('<!DOCTYPE html><p>x</p>')).toBe(true);
    expect(looksLikeHtml('3 < 4 and 5 > 2')).toBe(false);
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8 and refuses empty and binary data', () => {
    expect(decodeBytes(new TextEncoder().encode('日本'))).toEqual({
      ok: true,
      text: '日本',
      encoding: 'utf-8',
    });
    expect(decodeBytes(new Uint8Array()).ok).toBe(false);
    expect(decodeBytes(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7])).ok).toBe(false);
  });
  it('reads Shift_JIS (日本 = 93 FA 96 7B)', () => {
    expect(decodeBytes(new Uint8Array([0x93, 0xfa, 0x96, 0x7b]))).toEqual({
      ok: true,
      text: '日本',
      encoding: 'shift_jis',
    });
  });
  it('reads UTF-16 with a BOM', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0xe5, 0x65, 0x2c, 0x67])).ok).toBe(true);
  });
});

describe('splitSentences', () => {
  const cases: { text: string; lang: 'ja' | 'en'; expected: string[] }[] = [
    { text: '一文目。二文目。', lang: 'ja', expected: ['一文目。', '二文目。'] },
    { text: '見出し\n本文です。', lang: 'ja', expected: ['見出し', '本文です。'] },
    {
      text: 'It grew. Then it fell.',
      lang: 'en',
      expected: ['It grew. ', 'Then it fell.'].map((s) => s.trim()),
    },
    {
      text: '貿易額は増えた。[1]\n次の文。',
      lang: 'ja',
      expected: ['貿易額は増えた。', '次の文。'],
    },
    { text: '増えた。[\n1] 次の文。', lang: 'ja', expected: ['増えた。', '次の文。'] },
    { text: '', lang: 'ja', expected: [] },
  ];
  it.each(cases)('$text', ({ text, lang, expected }) => {
    const got = splitSentences(text, lang);
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('guesses the language', () => {
    expect(guessLang('カザフスタンと韓国')).toBe('ja');
    expect(guessLang('Kazakhstan and Korea')).toBe('en');
    expect(guessLang('')).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { embedSnippet, openableElsewhere, qrPath, shareUrl } from './share';

describe('shareUrl', () => {
  const tests = [
    {
      href: 'https://school.example/atlas/#map=3/40/100&lang=ja',
      expected: 'https://school.example/atlas/#map=3/40/100&lang=ja',
    },
    { href: 'http://127.0.0.1:4173/', expected: 'http://127.0.0.1:4173/' },
    {
      href: 'file:///media/usb/bilateral-atlas.html#country=JPN',
      expected: 'file:///media/usb/bilateral-atlas.html#country=JPN',
    },
    { href: 'about:blank', expected: null },
    { href: 'not a url', expected: null },
    { href: '', expected: null },
  ];
  it.each(tests)('$href', ({ href, expected }) => expect(shareUrl(href)).toBe(expected));
});

describe('openableElsewhere', () => {
  const tests = [
    { url: 'https://school.example/atlas/#map=3/40/100', expected: true },
    { url: 'http://127.0.0.1:4173/', expected: true },
    { url: 'file:///media/usb/bilateral-atlas.html#country=JPN', expected: false },
    { url: 'file:///C:/Users/t/bilateral-atlas.html', expected: false },
  ];
  it.each(tests)('$url', ({ url, expected }) => expect(openableElsewhere(url)).toBe(expected));
});

describe('embedSnippet', () => {
  it('writes an iframe with the view, a title and a size', () => {
    expect(
      embedSnippet({
        url: 'https://s.example/a/#lang=en',
        title: 'Atlas',
        width: 960,
        height: 600,
      }),
    ).toBe(
      '<iframe src="https://s.example/a/#lang=en" title="Atlas" width="960" height="600" style="border:0" loading="lazy" allow="fullscreen"></iframe>',
    );
  });
  it('escapes quotes and angle brackets in the address and the title', () => {
    const s = embedSnippet({
      url: 'https://s.example/?a="b"&c=<d>',
      title: `"x" & 'y'`,
      width: 10.4,
      height: 20.6,
    });
    expect(s).toContain('src="https://s.example/?a=&quot;b&quot;&amp;c=&lt;d&gt;"');
    expect(s).toContain('title="&quot;x&quot; &amp; &#39;y&#39;"');
    expect(s).toContain('width="10" height="21"');
  });
  const bad = [
    { width: 0, height: 600 },
    { width: 960, height: -1 },
    { width: Number.NaN, height: 600 },
    { width: 960, height: Number.POSITIVE_INFINITY },
  ];
  it.each(bad)('refuses size $width×$height', ({ width, height }) => {
    expect(() => embedSnippet({ url: 'https://s.example/', title: 't', width, height })).toThrow(
      /positive/,
    );
  });
});

describe('qrPath', () => {
  const tests = [
    { size: 1, dark: [[1]], expected: 'M0 0h1v1h-1z' },
    {
      size: 2,
      dark: [
        [1, 1],
        [0, 1],
      ],
      expected: 'M0 0h2v1h-2zM1 1h1v1h-1z',
    },
    {
      size: 3,
      dark: [
        [1, 0, 1],
        [0, 0, 0],
        [0, 1, 1],
      ],
      expected: 'M0 0h1v1h-1zM2 0h1v1h-1zM1 2h2v1h-2z',
    },
    {
      size: 2,
      dark: [
        [0, 0],
        [0, 0],
      ],
      expected: '',
    },
  ];
  it.each(tests)('$expected', ({ size, dark, expected }) => {
    expect(qrPath(size, (r, c) => dark[r]?.[c] === 1)).toBe(expected);
  });
  it.each([0, -1, 1.5, Number.NaN])('refuses size %s', (size) => {
    expect(() => qrPath(size, () => true)).toThrow(/positive integer/);
  });
});

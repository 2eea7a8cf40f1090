import * as chronoEn from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractSync, MAX_CHARS, readInput, toJson } from './extract.ts';
import { realLexicon } from './lexicon.test-data.ts';

const lex = realLexicon();
const ARTICLE =
  '2020年現在、カザフスタンは韓国の2番目に大きなパートナーであり、貿易額は59億ドルに達している。';

function shiftJis(text: string): Uint8Array {
  // A tiny Shift_JIS encoder for the test: TextEncoder writes UTF-8 only, so map through a
  // decoder table of every double-byte code.
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('shift_jis');
  for (let hi = 0x81; hi <= 0xfc; hi++) {
    if (hi > 0x9f && hi < 0xe0) continue;
    for (let lo = 0x40; lo <= 0xfc; lo++) {
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x81, 0x48]));
  }
  return new Uint8Array(out);
}

describe('extractSync / extractArticle', () => {
  it('reads a pasted text', () => {
    const r = extractSync(ARTICLE, lex);
    expect(r.ok && r.proposals.links.map((l) => `${l.a}-${l.b}`)).toEqual(['KAZ-KOR']);
  });

  it('loads chrono-node by itself when not given', async () => {
    const r = await extractArticle(
      'Japan and Mongolia established relations on February 24, 1972.',
      lex,
    );
    expect(r.ok && r.proposals.links[0]?.events[0]?.date).toBe('1972-02-24');
  });

  it('reads UTF-8 bytes, with or without BOM', () => {
    const bytes = new TextEncoder().encode(ARTICLE);
    expect(extractSync(bytes, lex).ok).toBe(true);
    expect(extractSync(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), lex).ok).toBe(true);
  });

  it('reads Shift_JIS bytes', () => {
    const r = readInput(shiftJis(ARTICLE));
    expect(r.ok && r.text).toBe(ARTICLE);
    const x = extractSync(shiftJis(ARTICLE), lex);
    expect(x.ok && x.proposals.links[0]?.figures[0]?.value).toBe(5_900_000_000);
  });
});

describe('hostile input: clear error values, never a throw, nothing evaluated', () => {
  const cases: { name: string; input: string | Uint8Array; code: string }[] = [
    { name: 'an empty text', input: '', code: 'empty' },
    { name: 'only spaces', input: ' \n\t ', code: 'empty' },
    { name: 'an empty file', input: new Uint8Array(), code: 'empty' },
    {
      name: 'binary data',
      input: new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
      code: 'binary',
    },
    {
      name: 'a PNG header',
      input: new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]),
      code: 'binary',
    },
    { name: 'a 1 MB text', input: '韓国とカザフスタン。'.repeat(100_000), code: 'too-large' },
    {
      name: 'a 1 MB file',
      input: new TextEncoder().encode('a'.repeat(1_000_000)),
      code: 'too-large',
    },
    { name: 'a text with no country', input: 'The weather was fine.', code: 'no-countries' },
    {
      name: 'an HTML page that is only a script',
      input: '<html><body><script>alert(1)</script></body></html>',
      code: 'empty',
    },
    { name: 'not text at all', input: 42 as unknown as string, code: 'failed' },
  ];
  it.each(cases)('$name', ({ input, code }) => {
    let r: ReturnType<typeof extractSync> | undefined;
    expect(() => (r = extractSync(input, lex))).not.toThrow();
    expect(r?.ok).toBe(false);
    if (r && !r.ok) {
      expect(r.code).toBe(code);
      expect(r.error.length).toBeGreaterThan(5);
    }
  });

  it('keeps the text of an HTML page with scripts, and never runs them', () => {
    const g = globalThis as { hacked?: boolean };
    const html = `<!doctype html><html><head><title>日韓</title><script>globalThis.hacked = true</script>
      <style>p{color:red}</style></head><body onload="globalThis.hacked = true">
      <p>日本と韓国の貿易額は<b>2020年</b>に800億ドルだった。</p><img src=x onerror="globalThis.hacked=true">
      <!-- <p>ロシア</p> --><noscript>ウクライナ</noscript><script>document.write('中国')</script></body></html>`;
    const r = extractSync(html, lex, { chrono: chronoEn });
    expect(g.hacked).toBeUndefined();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.html).toBe(true);
    expect(r.text).not.toMatch(/hacked|color|alert|ロシア|ウクライナ|中国|document/);
    expect(r.proposals.links.map((l) => `${l.a}-${l.b}`)).toEqual(['JPN-KOR']);
    expect(r.proposals.links[0]?.figures[0]).toMatchObject({ value: 80_000_000_000, period: 2020 });
  });

  it(`reads a text of ${MAX_CHARS} characters (the longest accepted)`, () => {
    const text = `${ARTICLE}\n`.repeat(Math.floor(MAX_CHARS / (ARTICLE.length + 1)));
    const r = extractSync(text, lex);
    expect(r.ok).toBe(true);
  }, 30_000);
});

describe('toJson', () => {
  it('has exactly the shape of the issue', () => {
    const r = extractSync(ARTICLE, lex);
    if (!r.ok) throw new Error(r.error);
    const j = toJson(r.proposals);
    expect(Object.keys(j)).toEqual(['countries', 'links']);
    expect(Object.keys(j.countries[0] ?? {})).toEqual(['iso3', 'mentions']);
    expect(Object.keys(j.links[0] ?? {})).toEqual(['a', 'b', 'kinds', 'figures', 'events']);
    expect(Object.keys(j.links[0]?.figures[0] ?? {})).toEqual([
      'value',
      'currency',
      'measure',
      'from',
      'to',
      'period',
      'qualifier',
      'quote',
    ]);
    expect(j.links[0]?.figures[0]).toMatchObject({
      value: 5_900_000_000,
      currency: 'USD',
      period: 2020,
    });
  });
});

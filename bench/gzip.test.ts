import { describe, expect, it } from 'vitest';
import {
  accountBytes,
  byteLength,
  categorize,
  decodeStringLiteral,
  documentTextShare,
  findDataLiteral,
  gzipSize,
  type Observed,
} from './gzip';

const dataset = {
  documents: [
    { id: 'd1', text: '両国間の外交関係は、1992 年 1 月 28 日に確立された。'.repeat(20) },
  ],
  quotes: [],
  countries: [{ iso3: 'KAZ' }],
  links: [{ id: 'KAZ-KOR' }],
};
const json = JSON.stringify(dataset);

describe('categorize', () => {
  const tests: { args: [string, string]; expected: string }[] = [
    { args: ['http://127.0.0.1:4310/assets/index-abc.js', 'text/javascript'], expected: 'js' },
    { args: ['http://127.0.0.1:4310/assets/maplibre-gl-worker-x.mjs', ''], expected: 'js' },
    { args: ['http://127.0.0.1:4310/assets/index-abc.css', 'text/css'], expected: 'css' },
    {
      args: ['http://127.0.0.1:4310/geo/countries.topo.json', 'application/json'],
      expected: 'geometry',
    },
    { args: ['http://127.0.0.1:4310/atlas.json', 'application/json'], expected: 'data' },
    { args: ['http://127.0.0.1:4310/', 'text/html'], expected: 'html' },
    { args: ['http://127.0.0.1:4310/index.html', ''], expected: 'html' },
    { args: ['http://127.0.0.1:4310/font.woff2', 'font/woff2'], expected: 'other' },
  ];
  for (const { args, expected } of tests) {
    it(`${args[0]} → ${expected}`, () => expect(categorize(...args)).toBe(expected));
  }
});

describe('findDataLiteral', () => {
  const template = '`' + json.replaceAll('\\', '\\\\').replaceAll('`', '\\`') + '`';
  const double = JSON.stringify(json);
  const single = "'" + json.replaceAll('\\', '\\\\').replaceAll("'", "\\'") + "'";
  for (const [name, literal] of [
    ['template', template],
    ['double-quoted', double],
    ['single-quoted', single],
  ] as const) {
    it(`finds a ${name} literal and it decodes back to the JSON`, () => {
      const js = `var a="x";const D=JSON.parse(${literal});export{D};`;
      const found = findDataLiteral(js);
      expect(found).not.toBeNull();
      const text = js.slice(found!.start, found!.end);
      expect(text).toBe(literal);
      expect(JSON.parse(decodeStringLiteral(text))).toEqual(dataset);
    });
  }
  it('skips a literal that does not hold the dataset keys', () => {
    const js = `JSON.parse('{"documents":[]}');JSON.parse(${double})`;
    const found = findDataLiteral(js)!;
    expect(js.slice(found.start, found.end)).toBe(double);
  });
  it('returns null when there is no dataset', () => {
    expect(findDataLiteral('JSON.parse(\'{"a":1}\')')).toBeNull();
  });
});

describe('decodeStringLiteral', () => {
  const tests: { args: string; expected: string }[] = [
    { args: '"a\\"b"', expected: 'a"b' },
    { args: "'a\\'b\\\\c'", expected: "a'b\\c" },
    { args: '`a\\`b\\${c}`', expected: 'a`b${c}' },
    { args: '"\\u00e9\\x41\\u{1F600}\\n"', expected: 'éA😀\n' },
    { args: '"line\\\ncontinued"', expected: 'linecontinued' },
  ];
  for (const { args, expected } of tests) {
    it(`${args} → ${JSON.stringify(expected)}`, () =>
      expect(decodeStringLiteral(args)).toBe(expected));
  }
  for (const bad of ['abc', '"abc\'', '`a${b}`']) {
    it(`throws on ${bad}`, () => expect(() => decodeStringLiteral(bad)).toThrow());
  }
});

describe('accountBytes', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const code = 'function hello(){return 42}'.repeat(50);
  const js = `${code};const D=JSON.parse(${JSON.stringify(json)});`;
  const observed: Observed[] = [
    { url: 'http://h/', contentType: 'text/html', body: enc('<!doctype html><p>hi</p>') },
    { url: 'http://h/assets/index.js', contentType: 'text/javascript', body: enc(js) },
    { url: 'http://h/assets/index.css', contentType: 'text/css', body: enc('a{color:red}') },
    { url: 'http://h/geo/c.topo.json', contentType: 'application/json', body: enc('{"t":1}') },
  ];
  const result = accountBytes(observed);

  it('carves the dataset out of the JS file that bundles it', () => {
    const file = result.files.find((f) => f.url.endsWith('index.js'))!;
    expect(result.dataIn).toEqual(['http://h/assets/index.js']);
    expect(file.data!.raw).toBe(byteLength(JSON.stringify(json)) - 2);
    expect(file.data!.gzip).toBe(gzipSize(js) - gzipSize(`${code};const D=JSON.parse("");`));
    expect(result.totals.js.gzip + result.totals.data.gzip).toBe(gzipSize(js));
    expect(result.totals.js.raw + result.totals.data.raw).toBe(byteLength(js));
  });

  it('totals add up to the sum of every file', () => {
    const sum = result.files.reduce((s, f) => s + f.gzip, 0);
    expect(result.total.gzip).toBe(sum);
    expect(result.total.raw).toBe(observed.reduce((s, o) => s + o.body.length, 0));
    expect(result.totals.css.gzip).toBe(gzipSize('a{color:red}'));
    expect(result.totals.geometry.raw).toBe(7);
    expect(result.totals.html.raw).toBe(24);
  });

  it('counts a separate JSON file as data, and reports nothing found otherwise', () => {
    const sep = accountBytes([
      { url: 'http://h/atlas.json', contentType: 'application/json', body: enc(json) },
    ]);
    expect(sep.dataIn).toEqual(['http://h/atlas.json']);
    expect(sep.totals.data.raw).toBe(byteLength(json));
    expect(accountBytes([observed[0]!]).dataIn).toEqual([]);
  });
});

describe('documentTextShare', () => {
  it('is the marginal size of the verbatim texts', () => {
    const share = documentTextShare(json);
    expect(share.documents).toBe(1);
    expect(share.raw).toBe(byteLength(JSON.stringify(dataset.documents[0]!.text)) - 2);
    expect(share.gzip).toBeGreaterThan(0);
    expect(share.gzip).toBeLessThan(share.raw);
  });

  it('is 0 for a dataset whose documents have no text (the texts are a chunk of their own)', () => {
    const doc = { ...dataset.documents[0]!, text: undefined };
    const share = documentTextShare(JSON.stringify({ ...dataset, documents: [doc] }));
    expect(share).toEqual({ documents: 1, raw: 0, gzip: 0 });
  });
});

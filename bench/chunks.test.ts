import { describe, expect, it } from 'vitest';
import { chunkName, chunksOf, chunkTotal, type Chunk } from './chunks';
import { accountBytes, type FileAccount, type Observed } from './gzip';

const base = 'http://127.0.0.1:4311';
const file = (path: string, category: FileAccount['category'], gzip: number, data?: number) => ({
  url: `${base}${path}`,
  category,
  raw: gzip * 3,
  gzip,
  ...(data === undefined ? {} : { data: { raw: data * 3, gzip: data } }),
});

describe('chunkName', () => {
  const tests: { args: string; expected: string }[] = [
    { args: `${base}/assets/main-abc.js`, expected: '/assets/main-abc.js' },
    { args: `${base}/assets/main-abc.js?v=1`, expected: '/assets/main-abc.js' },
    { args: `${base}/`, expected: '/' },
    { args: 'not a url', expected: 'not a url' },
  ];
  for (const { args, expected } of tests) {
    it(`${args} → ${expected}`, () => expect(chunkName(args)).toBe(expected));
  }
});

describe('chunksOf', () => {
  const tests: {
    name: string;
    args: FileAccount[];
    expected: Pick<Chunk, 'name' | 'kind' | 'gzip'>[];
  }[] = [
    { name: 'nothing downloaded', args: [], expected: [] },
    {
      name: 'each JS chunk, the worker, CSS, geometry and HTML on a row of their own',
      args: [
        file('/', 'html', 1),
        file('/geo/countries.topo.json', 'geometry', 110),
        file('/assets/app-x.css', 'css', 2),
        file('/assets/maplibre-gl-worker-x.mjs', 'js', 150),
        file('/assets/main-x.js', 'js', 300),
        file('/assets/app-x.js', 'js', 40),
        file('/assets/main-x.css', 'css', 13),
      ],
      expected: [
        { name: '/assets/main-x.js', kind: 'js', gzip: 300 },
        { name: '/assets/app-x.js', kind: 'js', gzip: 40 },
        { name: '/assets/maplibre-gl-worker-x.mjs', kind: 'worker', gzip: 150 },
        { name: '/assets/main-x.css', kind: 'css', gzip: 13 },
        { name: '/assets/app-x.css', kind: 'css', gzip: 2 },
        { name: '/geo/countries.topo.json', kind: 'geometry', gzip: 110 },
        { name: '/', kind: 'html', gzip: 1 },
      ],
    },
    {
      name: 'the dataset carved out of the chunk that bundles it',
      args: [file('/assets/app-x.js', 'js', 50, 20), file('/assets/main-x.js', 'js', 25)],
      expected: [
        { name: '/assets/app-x.js', kind: 'js', gzip: 30 },
        { name: '/assets/main-x.js', kind: 'js', gzip: 25 },
        { name: 'data in /assets/app-x.js', kind: 'data', gzip: 20 },
      ],
    },
    {
      name: 'a JSON file of data, and something unknown',
      args: [file('/atlas.json', 'data', 9), file('/font.woff2', 'other', 4)],
      expected: [
        { name: '/atlas.json', kind: 'data', gzip: 9 },
        { name: '/font.woff2', kind: 'other', gzip: 4 },
      ],
    },
  ];
  for (const { name, args, expected } of tests) {
    it(name, () =>
      expect(chunksOf(args).map(({ name: n, kind, gzip }) => ({ name: n, kind, gzip }))).toEqual(
        expected,
      ),
    );
  }

  it('adds up to the byte accounting total, data share included', () => {
    const dataset = JSON.stringify({
      documents: [{ text: 'x'.repeat(500) }],
      countries: [],
      links: [],
    });
    const js = `const a=1;const d=JSON.parse(${JSON.stringify(dataset)});export{a,d};`;
    const enc = new TextEncoder();
    const observed: Observed[] = [
      { url: `${base}/`, contentType: 'text/html', body: enc.encode('<!doctype html><p>hi') },
      { url: `${base}/assets/app-x.js`, contentType: 'text/javascript', body: enc.encode(js) },
      { url: `${base}/assets/w-worker.js`, contentType: 'text/javascript', body: enc.encode('1') },
    ];
    const accounting = accountBytes(observed);
    const chunks = chunksOf(accounting.files);
    expect(chunks.map((c) => c.kind)).toEqual(['js', 'worker', 'data', 'html']);
    expect(chunkTotal(chunks)).toEqual(accounting.total);
  });
});

describe('chunkTotal', () => {
  it('is zero for no chunks', () => expect(chunkTotal([])).toEqual({ raw: 0, gzip: 0 }));
});

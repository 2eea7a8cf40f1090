import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { TeacherArticle } from './model.ts';
import { acceptedArticle, fixtureText } from './teacher-testing.test-data.ts';
import { articlesToZip, MANIFEST, MAX_ZIP_BYTES, zipToArticles } from './zip.ts';

let made: TeacherArticle[] | undefined;
const articles = (): TeacherArticle[] =>
  (made ??= [
    acceptedArticle('invented-chn-kaz', fixtureText('invented-chn-kaz')),
    acceptedArticle('thequint-ind-rus', fixtureText('thequint-ind-rus'), { lang: 'en' }),
  ]);

/** The files of a good zip, to spoil one at a time. */
function goodFiles(): Record<string, Uint8Array> {
  return unzipSync(articlesToZip(articles()));
}
const zip = (files: Zippable) => zipSync(files);

describe('articlesToZip', () => {
  it('holds every article’s data files (paths as in data/) and the manifest', () => {
    expect(Object.keys(goodFiles()).sort()).toEqual([
      MANIFEST,
      'documents/invented-chn-kaz.txt',
      'documents/invented-chn-kaz.yaml',
      'documents/thequint-ind-rus.txt',
      'documents/thequint-ind-rus.yaml',
      'relations-invented-chn-kaz.yaml',
      'relations-thequint-ind-rus.yaml',
    ]);
  });

  it('keeps the manifest small: no article text in it', () => {
    const m = new TextDecoder().decode(goodFiles()[MANIFEST]);
    expect(m).not.toContain(
      'quadrupling of Indian imports from Russia to USD 46 billion in 2022-23. This',
    );
    expect(JSON.parse(m)).toMatchObject({ format: 'bilateral-atlas-articles', version: 1 });
  });

  it('is the same bytes for the same articles', () => {
    expect(articlesToZip(articles())).toEqual(articlesToZip(articles()));
  });

  it('declares the accepted kinds, for a pair data/ has too (the compiler joins them)', () => {
    const rel = new TextDecoder().decode(
      unzipSync(articlesToZip(articles()))['relations-invented-chn-kaz.yaml'],
    );
    expect(rel).toMatch(/\n {4}kinds: \[trade, investment\]\n/);
  });
});

describe('zipToArticles', () => {
  it('opens what articlesToZip made: the same articles', () => {
    expect(zipToArticles(articlesToZip(articles()))).toEqual({ ok: true, articles: articles() });
    expect(zipToArticles(articlesToZip([]))).toEqual({ ok: true, articles: [] });
  });

  const spoil = (change: (f: Record<string, Uint8Array>) => void) => {
    const f = goodFiles();
    change(f);
    return zip(f);
  };
  const manifest = (v: unknown) => spoil((f) => (f[MANIFEST] = strToU8(JSON.stringify(v))));

  it.each<[string, () => Uint8Array, RegExp]>([
    ['an empty file', () => new Uint8Array(), /empty/],
    ['a text file', () => strToU8('中国とカザフスタン'), /not a zip/],
    ['a PNG', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /not a zip/],
    [
      'more than 5 MB',
      () => {
        const b = new Uint8Array(MAX_ZIP_BYTES + 1);
        b.set([0x50, 0x4b, 3, 4]);
        return b;
      },
      /too large/,
    ],
    ['a broken zip', () => articlesToZip(articles()).slice(0, 200), /broken/],
    [
      'a file outside the expected paths',
      () => spoil((f) => (f['src/main.ts'] = strToU8('alert(1)'))),
      /unexpected file: src\/main.ts/,
    ],
    ['a README', () => spoil((f) => (f['README.md'] = strToU8('x'))), /unexpected file/],
    [
      'a data file of another kind',
      () => spoil((f) => (f['tour.yaml'] = strToU8('steps: []'))),
      /unexpected file: tour.yaml/,
    ],
    [
      'a path that climbs out',
      () => spoil((f) => (f['../relations-x.yaml'] = strToU8('x'))),
      /dangerous file name/,
    ],
    [
      'a path that climbs out later',
      () => spoil((f) => (f['documents/../../etc/passwd'] = strToU8('x'))),
      /dangerous file name/,
    ],
    [
      'an absolute path',
      () => spoil((f) => (f['/etc/passwd'] = strToU8('x'))),
      /dangerous file name/,
    ],
    [
      'a Windows path',
      () => spoil((f) => (f['documents\\x.txt'] = strToU8('x'))),
      /dangerous file name/,
    ],
    ['no manifest', () => spoil((f) => delete f[MANIFEST]), /no bilateral-atlas-articles.json/],
    [
      'a manifest that is not JSON',
      () => spoil((f) => (f[MANIFEST] = strToU8('{ articles: ['))),
      /not valid JSON/,
    ],
    [
      'a manifest of another format',
      () => manifest({ format: 'x', version: 1, articles: [] }),
      /expected format/,
    ],
    [
      'a manifest of a later version',
      () => manifest({ format: 'bilateral-atlas-articles', version: 2, articles: [] }),
      /expected format/,
    ],
    [
      'a manifest with a broken article',
      () =>
        manifest({
          format: 'bilateral-atlas-articles',
          version: 1,
          articles: [{ id: 'invented-chn-kaz', meta: 1 }],
        }),
      /article.s data is broken/,
    ],
    [
      'an article whose text is missing',
      () => spoil((f) => delete f['documents/thequint-ind-rus.txt']),
      /text of article thequint-ind-rus/,
    ],
    [
      'a text that is not UTF-8',
      () =>
        spoil((f) => (f['documents/thequint-ind-rus.txt'] = new Uint8Array([0x82, 0xa0, 0xff]))),
      /not UTF-8/,
    ],
    ['a zip bomb', () => zip({ 'documents/a.txt': new Uint8Array(21 * 1024 * 1024) }), /too much/],
  ])('refuses %s with a clear message in both languages', (_, bytes, message) => {
    const r = zipToArticles(bytes());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.en).toMatch(message);
      expect(r.error.ja).not.toBe('');
    }
  });
});

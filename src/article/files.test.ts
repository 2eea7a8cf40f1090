import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleFiles, documentYaml, inferredReason, teacherFiles } from './files.ts';
import type { TeacherArticle, TeacherMeta } from './model.ts';
import { acceptedArticle, fixtureText } from './teacher-testing.test-data.ts';

let made: TeacherArticle | undefined;
const article = (): TeacherArticle =>
  (made ??= acceptedArticle('invented-chn-kaz', fixtureText('invented-chn-kaz')));

const meta: TeacherMeta = {
  title: { ja: '題', en: 'Title' },
  lang: 'ja',
  credit: { ja: '新聞', en: 'A paper' },
};

describe('articleFiles', () => {
  it('gives the three files of the data/ format, the text unchanged', () => {
    const files = articleFiles(article());
    expect(files.map((f) => f.path)).toEqual([
      'documents/invented-chn-kaz.txt',
      'documents/invented-chn-kaz.yaml',
      'relations-invented-chn-kaz.yaml',
    ]);
    expect(files[0]?.text).toBe(fixtureText('invented-chn-kaz'));
  });

  it('holds only what was kept: the yen figure (refused) is not there', () => {
    const rel = parse(articleFiles(article())[2]?.text ?? '') as Record<string, unknown[]>;
    expect(rel.links).toEqual([
      { a: 'CHN', b: 'KAZ', kinds: ['trade', 'investment'], quotes: expect.any(Array) },
    ]);
    expect(rel.figures).toEqual([
      {
        id: 'invented-chn-kaz-chn-kaz-1',
        link: 'CHN-KAZ',
        stated: '520億ドル',
        measure: 'total-trade',
        qualifier: 'exact',
        period: 2031,
        quote: 'invented-chn-kaz-q2',
      },
      {
        id: 'invented-chn-kaz-chn-kaz-2',
        link: 'CHN-KAZ',
        stated: '約30億ドル',
        measure: 'investment',
        from: 'CHN',
        to: 'KAZ',
        qualifier: 'about',
        period: {
          year: 2031,
          inferred: {
            ja: '年は直前の文の「2031年」による。',
            en: 'The year comes from the preceding sentence (2031年).',
          },
        },
        quote: 'invented-chn-kaz-q3',
      },
    ]);
    expect(rel.events).toEqual([]);
    expect(rel.countries).toEqual([
      { iso3: 'CHN', aliases: ['中国'], mentions: expect.any(Array) },
      { iso3: 'KAZ', aliases: ['カザフスタン'], mentions: expect.any(Array) },
    ]);
    // Every quote is written once, with an id made from the article's.
    const quotes = rel.quotes as { id: string; doc: string; text: string }[];
    expect(new Set(quotes.map((q) => q.text)).size).toBe(quotes.length);
    expect(
      quotes.every((q) => q.doc === 'invented-chn-kaz' && q.id.startsWith('invented-chn-kaz-q')),
    ).toBe(true);
  });

  it('writes empty sections when nothing is kept', () => {
    const rel = parse(articleFiles({ ...article(), decisions: {} })[2]?.text ?? '') as unknown;
    expect(rel).toEqual({ quotes: [], countries: [], links: [], figures: [], events: [] });
  });

  it('writes any character safely (quotes, colons, #, newlines in a title)', () => {
    const odd = { ja: 'a: "b" #c\n\'d\'', en: '[x]: {y}' };
    const doc = parse(documentYaml({ ...article(), meta: { ...meta, title: odd, summary: odd } }));
    expect(doc).toMatchObject({ title: odd, summary: odd });
  });
});

describe('inferredReason', () => {
  it.each([
    [
      'The year comes from the preceding sentence (2020年現在).',
      '年は直前の文の「2020年現在」による。',
    ],
    [
      'The text gives 11月27日から28日 without a year; 2024 is the year of the header.',
      '本文は「11月27日から28日」とだけ記し、年はない(2024 is the year of the header.)。',
    ],
    [
      'The text gives 5日 without a month or year; see above.',
      '本文は「5日」とだけ記し、年と月はない(see above.)。',
    ],
    ['Something else.', 'Something else.'],
  ])('%s', (en, ja) => expect(inferredReason(en)).toEqual({ ja, en }));
});

describe('documentYaml', () => {
  it.each<[string, TeacherMeta, Record<string, unknown>]>([
    [
      'the least: a default summary names the title',
      meta,
      {
        title: meta.title,
        lang: 'ja',
        source: { credit: meta.credit },
        summary: {
          ja: '先生が追加した記事「題」。',
          en: 'An article added by the teacher: "Title".',
        },
      },
    ],
    [
      'a source address',
      { ...meta, sourceUrl: 'https://example.org/a?b=1#c' },
      { source: { url: 'https://example.org/a?b=1#c', credit: meta.credit } },
    ],
    // Not in the text (the page's date line): marked inferred with the reason and the address.
    [
      'a date of the source',
      { ...meta, date: '2024-11-27', sourceUrl: 'https://example.org/a' },
      {
        date: {
          iso: '2024-11-27',
          inferred: {
            ja: '本文にない日付で、先生が出典(https://example.org/a)の掲載日として入れた。',
            en: 'Not stated in the text: the teacher gave it as the date of the source (https://example.org/a).',
          },
        },
      },
    ],
    [
      'an inferred date',
      { ...meta, date: { iso: '2024-11', inferred: { ja: '理由', en: 'why' } } },
      { date: { iso: '2024-11', inferred: { ja: '理由', en: 'why' } } },
    ],
  ])('%s', (_, m, want) => {
    const doc = parse(documentYaml({ ...article(), meta: m })) as Record<string, unknown>;
    expect(doc).toMatchObject(want);
    if (!m.date) expect(doc).not.toHaveProperty('date');
  });
});

describe('teacherFiles', () => {
  it('declares the accepted kinds in each article, for a pair of data/ too (they join)', () => {
    const a = article();
    const b = { ...a, id: 'another-chn-kaz' };
    const files = teacherFiles([a, b]);
    const rel = (id: string) =>
      parse(files.find((f) => f.path === `relations-${id}.yaml`)?.text ?? '') as {
        links: Record<string, unknown>[];
      };
    // Each declares the kinds the teacher accepted: the compiler joins them.
    expect(rel('another-chn-kaz').links[0]?.kinds).toEqual(['trade', 'investment']);
    expect(rel('invented-chn-kaz').links[0]?.kinds).toEqual(['trade', 'investment']);
    expect(files.map((f) => f.path).filter((p) => p.startsWith('relations-'))).toEqual([
      'relations-another-chn-kaz.yaml',
      'relations-invented-chn-kaz.yaml',
    ]);
    expect(teacherFiles([])).toEqual([]);
  });
});

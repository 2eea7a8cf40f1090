import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { copyId, documentIds, multiplyDataFiles, type DataFiles } from './datadir';

const relations = `
quotes:
  - { id: q-est, doc: alpha, text: 外交関係 }
  - { id: q-trade, doc: beta, text: 貿易額 }
countries:
  - iso3: KAZ
    mentions: [q-est, { doc: alpha, text: カザフスタン }]
links:
  - a: KAZ
    b: KOR
    kinds: [trade]
    statuses:
      - { status: established, date: 1992-01-28, quotes: [q-est] }
    quotes: [q-est, { doc: beta, text: 韓国 }]
figures:
  - { id: f1, link: KAZ-KOR, value: 5900000000, quote: q-trade, period: 2020 }
events:
  - { id: e1, date: 1992-01-28, countries: [KAZ, KOR], quotes: [q-est, { doc: alpha, text: 樹立 }] }
`;
const files: DataFiles = new Map([
  ['documents/alpha.txt', 'カザフスタンと韓国の外交関係は樹立された。\n'],
  ['documents/alpha.yaml', 'title: { ja: A, en: A }\n'],
  ['documents/beta.txt', '韓国との貿易額。'],
  ['documents/beta.yaml', 'title: { ja: B, en: B }\n'],
  ['relations.yaml', relations],
  ['regions.yaml', 'initialRegion: all\n'],
]);

interface Rel {
  quotes: { id: string; doc: string }[];
  countries: { mentions: unknown[] }[];
  links: { quotes: unknown[]; statuses: unknown[] }[];
  figures: { id: string; quote: string; link: string; period: number }[];
  events: { id: string; quotes: unknown[]; date: string }[];
}

describe('multiplyDataFiles', () => {
  it('leaves the folder as it is for one copy', () => {
    expect(multiplyDataFiles(files, 1)).toEqual(files);
  });

  const out = multiplyDataFiles(files, 3);
  const rel = parse(out.get('relations.yaml')!) as Rel;

  it('copies every document, text and metadata, under new ids', () => {
    expect(documentIds(out)).toEqual([
      'alpha',
      'alpha-c1',
      'alpha-c2',
      'beta',
      'beta-c1',
      'beta-c2',
    ]);
    expect(out.get('documents/beta-c2.yaml')).toBe(files.get('documents/beta.yaml'));
    const text = out.get('documents/alpha-c1.txt')!;
    expect(text.startsWith(files.get('documents/alpha.txt')!.trim())).toBe(true);
    expect(text).not.toBe(out.get('documents/alpha-c2.txt'));
    expect(out.get('regions.yaml')).toBe(files.get('regions.yaml'));
  });

  it('copies quotes, figures and events with unique ids pointing at the copies', () => {
    expect(rel.quotes.map((q) => `${q.id}@${q.doc}`)).toEqual([
      'q-est@alpha',
      'q-trade@beta',
      'q-est-c1@alpha-c1',
      'q-trade-c1@beta-c1',
      'q-est-c2@alpha-c2',
      'q-trade-c2@beta-c2',
    ]);
    expect(rel.figures.map((f) => [f.id, f.quote, f.link, f.period])).toEqual([
      ['f1', 'q-trade', 'KAZ-KOR', 2020],
      ['f1-c1', 'q-trade-c1', 'KAZ-KOR', 2020],
      ['f1-c2', 'q-trade-c2', 'KAZ-KOR', 2020],
    ]);
    expect(rel.events[2]).toEqual({
      id: 'e1-c2',
      date: '1992-01-28',
      countries: ['KAZ', 'KOR'],
      quotes: ['q-est-c2', { doc: 'alpha-c2', text: '樹立' }],
    });
  });

  it('adds the copies’ quotes to links and countries, keeping one of each', () => {
    expect(rel.links).toHaveLength(1);
    expect(rel.links[0]!.quotes).toEqual([
      'q-est',
      { doc: 'beta', text: '韓国' },
      'q-est-c1',
      { doc: 'beta-c1', text: '韓国' },
      'q-est-c2',
      { doc: 'beta-c2', text: '韓国' },
    ]);
    expect(rel.links[0]!.statuses).toHaveLength(1);
    expect(rel.countries[0]!.mentions).toHaveLength(6);
  });

  it('is deterministic', () => expect(multiplyDataFiles(files, 3)).toEqual(out));

  for (const bad of [0, -1, 1.5]) {
    it(`rejects ${bad} copies`, () => expect(() => multiplyDataFiles(files, bad)).toThrow());
  }
  it('rejects a folder without documents', () =>
    expect(() => multiplyDataFiles(new Map([['relations.yaml', relations]]), 2)).toThrow());
});

describe('copyId', () => {
  const tests: { args: [string, number]; expected: string }[] = [
    { args: ['kaz-kor', 0], expected: 'kaz-kor' },
    { args: ['kaz-kor', 7], expected: 'kaz-kor-c7' },
  ];
  for (const { args, expected } of tests) {
    it(`${args.join(', ')} → ${expected}`, () => expect(copyId(...args)).toBe(expected));
  }
});

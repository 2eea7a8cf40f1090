import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentId, draftDocument, draftRelations } from './draft.ts';
import { realLexicon } from './lexicon.test-data.ts';
import { propose } from './propose.ts';

const lex = realLexicon();

describe('draftRelations', () => {
  const text =
    'カザフスタンと韓国の関係\n2020年、韓国とカザフスタンの貿易額は59億ドルに達した。\n2012年、日本とモンゴルの貿易額は418億円だった。\n「引用」と \\ を含む韓国とカザフスタンの協力。';
  const p = propose(text, lex, { lang: 'ja' });
  const yaml = draftRelations('kaz-kor-test', p, lex, text);
  const doc = parse(yaml) as {
    countries: { iso3: string; aliases: string[]; mentions: { doc: string; text: string }[] }[];
    links: { a: string; b: string; kinds: string[]; quotes: { text: string }[] }[];
    figures: { value: number; stated: string; quote: { doc: string; text: string } }[];
    events: unknown[];
  };

  it('is YAML in the data/ format, every quote exact', () => {
    expect(doc.countries.map((c) => c.iso3).sort()).toEqual(['JPN', 'KAZ', 'KOR', 'MNG']);
    for (const c of doc.countries)
      for (const m of c.mentions) expect(text.includes(m.text)).toBe(true);
    for (const l of doc.links) for (const q of l.quotes) expect(text.includes(q.text)).toBe(true);
    expect(doc.links.map((l) => `${l.a}-${l.b}`)).toEqual(['JPN-MNG', 'KAZ-KOR']);
  });

  it('writes US-dollar figures as entries and other currencies as comments', () => {
    expect(doc.figures).toHaveLength(1);
    expect(doc.figures[0]).toMatchObject({
      value: 5_900_000_000,
      stated: '59億ドル',
      quote: { doc: 'kaz-kor-test' },
    });
    expect(yaml).toMatch(/# In JPY: .*\n.*#\s+- id: kaz-kor-test-jpn-mng-/);
  });

  it('writes an empty section as an empty list', () => {
    expect(doc.events).toEqual([]);
    expect(yaml).toMatch(/^events: \[\]$/m);
  });

  it('marks every entry as a proposal to keep or delete', () => {
    const entries = (yaml.match(/^\s+- (?:iso3|a|id):/gm) ?? []).length;
    expect((yaml.match(/# keep or delete/g) ?? []).length).toBe(entries + 1); // + the commented JPY figure
  });

  it('keeps quotes with quote marks and backslashes intact', () => {
    const q = doc.links.find((l) => l.a === 'KAZ')?.quotes.map((x) => x.text);
    expect(q).toContain('「引用」と \\ を含む韓国とカザフスタンの協力。');
  });
});

describe('draftDocument', () => {
  it('pre-fills the title, language and a header date', () => {
    const text = '日韓の貿易\n2023年10月20日, 通信社\n日本と韓国は協力した。';
    const doc = parse(draftDocument(propose(text, lex), text)) as Record<string, unknown>;
    expect(doc).toMatchObject({
      title: { ja: '日韓の貿易', en: 'TODO' },
      lang: 'ja',
      date: '2023-10-20',
    });
  });
});

describe('documentId', () => {
  const cases = [
    ['data/My Article.txt', 'my-article'],
    ['記事.txt', 'article'],
    ['/tmp/JPN_MNG 2031.html', 'jpn-mng-2031'],
  ];
  it.each(cases)('%s → %s', (name, id) => expect(documentId(name)).toBe(id));
});

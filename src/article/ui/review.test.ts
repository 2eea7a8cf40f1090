import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../compiler/index.ts';
import { buildLexicon, type Lexicon } from '../lexicon.ts';
import { propose } from '../propose.ts';
import { compileTeacherArticles, mergeAtlas } from '../teacher.ts';
import { fromTeacher, toTeacher } from './bridge.ts';
import { marksOf } from './marks.ts';
import {
  acceptAll,
  articleId,
  figureProblem,
  isPartialIso,
  reviewFrom,
  setVerdict,
  tally,
  type ArticleDraft,
  type ReviewFigure,
} from './review.ts';

const lex: Lexicon = (() => {
  const r = buildLexicon(
    parse(readFileSync('data/gazetteer.yaml', 'utf8')),
    parse(readFileSync('data/keywords.yaml', 'utf8')),
  );
  if (!r.ok) throw new Error(r.error);
  return r.lexicon;
})();

const TEXT = [
  '中国とカザフスタンの貿易、過去最高に',
  '2024年3月5日',
  '中国税関総署によると、2023年の中国とカザフスタンの貿易総額は410億ドルに達した。',
  '中国の習近平国家主席は2023年5月17日から18日にかけて西安でカザフスタンのトカエフ大統領と会談した。',
].join('\n');
const QUOTE = '中国税関総署によると、2023年の中国とカザフスタンの貿易総額は410億ドルに達した。';

function draft(): ArticleDraft {
  const p = propose(TEXT, lex, { lang: 'ja' });
  return {
    id: 'my-test',
    title: 'test',
    lang: 'ja',
    url: '',
    credit: 'Test',
    date: '2024-03-05',
    text: TEXT,
    links: reviewFrom(p),
    added: 0,
    proposals: p,
  };
}

const figure = (over: Partial<ReviewFigure>): ReviewFigure => ({
  key: 'f',
  verdict: 'pending',
  edited: false,
  value: 41e9,
  currency: 'USD',
  measure: 'total-trade',
  period: 2023,
  qualifier: 'exact',
  quote: QUOTE,
  stated: '410億ドル',
  ...over,
});

describe('figureProblem', () => {
  it.each([
    ['the amount the quote states', {}, null],
    ['a value the quote does not state', { value: 42e9 }, 'not-stated'],
    ['a quote not in the text', { quote: '410億ドル。' + 'x' }, 'quote-not-in-text'],
    ['an empty quote', { quote: '' }, 'quote-not-in-text'],
    ['no period', { period: undefined }, 'no-period'],
    ['exports without a direction', { measure: 'exports' as const }, 'no-direction'],
    [
      'exports to a third country',
      { measure: 'exports' as const, from: 'CHN', to: 'USA' },
      'no-direction',
    ],
    ['exports with a direction', { measure: 'exports' as const, from: 'CHN', to: 'KAZ' }, null],
    ['another currency', { currency: 'JPY' }, 'not-stated'],
  ])('%s', (_, over, code) => {
    const f = figure(over);
    if ('period' in over && over.period === undefined) delete f.period;
    expect(figureProblem(f, TEXT, ['CHN', 'KAZ'])?.code ?? null).toBe(code);
  });
});

describe('review', () => {
  it('proposes the pair, its figure and its meeting; accept all accepts what checks out', () => {
    const d = draft();
    expect(d.links.map((l) => `${l.a}-${l.b}`)).toEqual(['CHN-KAZ']);
    const links = acceptAll(d.links, TEXT);
    expect(tally(links)).toEqual({ accepted: 3, edited: 0, rejected: 0, pending: 0 });
  });
  it('rejecting a link rejects its figures and events; accepting a figure accepts its link', () => {
    const d = draft();
    const rejected = setVerdict(d.links, 'l0', 'rejected');
    expect(tally(rejected).rejected).toBe(3);
    const again = setVerdict(rejected, 'l0f0', 'accepted');
    expect(again[0]?.verdict).toBe('accepted');
  });
  it.each([
    ['2024', true],
    ['2024-02', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13', false],
    ['24', false],
    ['', false],
  ])('isPartialIso(%j) is %s', (s, ok) => expect(isPartialIso(s)).toBe(ok));
  it('article ids are new and in the data format', () => {
    expect(articleId('Japan–Mongolia', new Set())).toBe('my-japan-mongolia');
    expect(articleId('日本とモンゴル', new Set(['my-article']))).toBe('my-article-2');
  });
  it('marks cover the text exactly, never overlapping', () => {
    const runs = marksOf('abc 410億ドル 2023年', {
      countries: [{ start: 0, end: 3 }],
      amounts: [{ start: 4, end: 10 }],
      dates: [
        { start: 4, end_: 8 },
        { start: 11, end_: 16 },
      ],
    });
    expect(runs.map((r) => r.text).join('')).toBe('abc 410億ドル 2023年');
    expect(runs.filter((r) => r.kind).map((r) => r.kind)).toEqual(['country', 'amount', 'date']);
  });
});

describe('bridge to article-core', () => {
  const base = buildAtlas({ root: process.cwd() });
  const meta = JSON.parse(readFileSync('geo/out/countries-meta.json', 'utf8')) as Record<
    string,
    unknown
  >;
  it('accepted proposals compile with the data compiler and join China–Kazakhstan once', () => {
    const d = { ...draft(), links: acceptAll(draft().links, TEXT) };
    const r = compileTeacherArticles([toTeacher(d, lex)], { atlas: base.data!, meta });
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.file}: ${i.message}`).join('\n'));
    const merged = mergeAtlas(base.data!, r.extra);
    expect(merged.links.filter((l) => l.id === 'CHN-KAZ')).toHaveLength(1);
    expect(merged.figures.filter((f) => f.link === 'CHN-KAZ').map((f) => f.value)).toEqual([41e9]);
  });
  it('round-trips verdicts and edits', () => {
    let links = acceptAll(draft().links, TEXT);
    links = setVerdict(links, 'l0e0', 'rejected');
    links = links.map((l) => ({ ...l, edited: true, kinds: ['trade', 'diplomatic'] }));
    const d = { ...draft(), links };
    const back = fromTeacher(toTeacher(d, lex));
    expect(tally(back.links)).toEqual(tally(links));
    expect(back.links[0]?.kinds).toEqual(['trade', 'diplomatic']);
    expect(back.title).toBe('test');
    expect(back.credit).toBe('Test');
  });
});

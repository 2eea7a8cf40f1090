import { describe, expect, it } from 'vitest';
import { extractSync } from './extract.ts';
import { realLexicon } from './lexicon.test-data.ts';
import {
  checkEventEdit,
  checkLinkEdit,
  checkTeacherFigure,
  createTeacherArticle,
  decide,
  eventKey,
  figureKey,
  keptEntries,
  linkKey,
  proposalAt,
  type Decision,
  type FigureEdit,
  type TeacherArticle,
} from './model.ts';
import { fixtureText } from './teacher-testing.test-data.ts';

const text = fixtureText('invented-chn-kaz');
const trade = '2031年、中国とカザフスタンの貿易額は520億ドルに達した。';
const invest = '同じ年、中国はカザフスタンに約30億ドルを投資した。';
const yen = 'カザフスタンの輸出は2031年に1,200億円だった。';

let made: TeacherArticle | undefined;
/** The article, made once (decide never changes it). */
function article(): TeacherArticle {
  return (made ??= makeArticle());
}

function makeArticle(): TeacherArticle {
  const lexicon = realLexicon();
  const r = extractSync(text, lexicon);
  if (!r.ok) throw new Error(r.error);
  return createTeacherArticle({
    id: 'invented-chn-kaz',
    meta: {
      title: { ja: '中国とカザフスタン', en: 'China and Kazakhstan' },
      lang: 'ja',
      credit: { ja: 'テスト', en: 'Test' },
    },
    text: r.text,
    proposals: r.proposals,
    lexicon,
    now: new Date('2031-01-02T03:04:05Z'),
  });
}

const fig = (over: Partial<FigureEdit>): FigureEdit => ({
  value: 52_000_000_000,
  currency: 'USD',
  measure: 'total-trade',
  period: 2031,
  quote: trade,
  ...over,
});

describe('createTeacherArticle', () => {
  it('keeps the text, the proposals, the words for each country and no decision', () => {
    const a = article();
    expect(a.createdAt).toBe('2031-01-02T03:04:05.000Z');
    expect(a.decisions).toEqual({});
    expect(a.aliases.CHN).toEqual(['中国']);
    expect(a.aliases.KAZ).toEqual(['カザフスタン']);
    expect(a.proposals.links.map((l) => `${l.a}-${l.b}`)).toEqual(['CHN-KAZ']);
  });
});

describe('proposalAt', () => {
  const p = article().proposals;
  it.each([
    ['link:0', { kind: 'link', link: 0, item: -1 }],
    ['figure:0:2', { kind: 'figure', link: 0, item: 2 }],
    ['figure:0:3', undefined],
    ['event:0:0', undefined],
    ['link:1', undefined],
    ['link:0:1', undefined],
    ['figure:0', undefined],
    ['nonsense', undefined],
    ['', undefined],
  ])('%s', (key, want) => expect(proposalAt(p, key)).toEqual(want));
});

describe('checkTeacherFigure: a figure the quote does not state cannot be saved', () => {
  it.each<[string, FigureEdit, RegExp | null]>([
    ['the proposal as it is', fig({}), null],
    [
      'a converted amount with its qualifier word',
      fig({
        value: 3e9,
        quote: invest,
        measure: 'investment',
        from: 'CHN',
        to: 'KAZ',
        qualifier: 'about',
      }),
      null,
    ],
    ['a value the quote does not state', fig({ value: 5_200_000_000 }), /引用の金額ではありません/],
    [
      'a quote that is not in the text',
      fig({ quote: '中国とカザフスタンの貿易額は999億ドルだった。' }),
      /本文にありません/,
    ],
    [
      'a quote with no dollar amount',
      fig({ quote: '中国とカザフスタンの貿易(テスト用の架空の記事。' }),
      /米ドルの金額がありません/,
    ],
    [
      'another currency',
      fig({ value: 120e9, currency: 'JPY', quote: yen }),
      /JPYの金額は保存できません/,
    ],
    ['no period', fig({ period: undefined }), /期間/],
    ['an empty quote', fig({ quote: ' ' }), /引用が空/],
    ['a negative value', fig({ value: -1 }), /正の数/],
    ['NaN', fig({ value: Number.NaN }), /正の数/],
    ['an unknown measure', fig({ measure: 'gift' as never }), /金額の種類/],
    [
      'investment with no direction',
      fig({ value: 3e9, quote: invest, measure: 'investment' }),
      /方向|どちらから/,
    ],
    [
      'a direction outside the pair',
      fig({ value: 3e9, quote: invest, measure: 'investment', from: 'CHN', to: 'RUS' }),
      /CHNとKAZの間/,
    ],
  ])('%s', (_, f, want) => {
    const r = checkTeacherFigure(text, f, ['CHN', 'KAZ']);
    if (want === null) expect(r).toBeNull();
    else {
      expect(r?.ja).toMatch(want);
      expect(r?.en.length).toBeGreaterThan(10);
    }
  });

  it('says in English what the compiler says', () => {
    expect(checkTeacherFigure(text, fig({ value: 5_200_000_000 }))?.en).toMatch(
      /is not the amount the quote states/,
    );
  });
});

describe('checkLinkEdit / checkEventEdit', () => {
  it.each([
    [{ a: 'CHN', b: 'KAZ', kinds: ['trade'] }, null],
    [{ a: 'CHN', b: 'CHN', kinds: ['trade'] }, /異なる国/],
    [{ a: 'chn', b: 'KAZ', kinds: ['trade'] }, /二つ選んで/],
    [{ a: 'CHN', b: 'KAZ', kinds: [] }, /一つ以上/],
    [{ a: 'CHN', b: 'KAZ', kinds: ['friendship'] }, /種類ではありません/],
  ])('link %j', (e, want) => {
    const r = checkLinkEdit(e as never);
    if (want === null) expect(r).toBeNull();
    else expect(r?.ja).toMatch(want);
  });
  it.each([
    [{ date: '2031', kind: 'agreement', quote: trade }, null],
    [{ date: { iso: '2031-08-16', end: '2031-08-17' }, kind: 'visit', quote: trade }, null],
    [{ date: '2031-13', kind: 'visit', quote: trade }, /日付/],
    [{ date: '31年', kind: 'visit', quote: trade }, /日付/],
    [{ date: '2031', kind: 'party', quote: trade }, /出来事の種類/],
    [{ date: '2031', kind: 'visit', quote: 'どこにもない文。' }, /本文にありません/],
  ])('event %j', (e, want) => {
    const r = checkEventEdit(text, e as never);
    if (want === null) expect(r).toBeNull();
    else expect(r?.ja).toMatch(want);
  });
});

describe('decide', () => {
  it.each<[string, string, Decision | undefined, boolean]>([
    ['accept a link', 'link:0', { status: 'accepted' }, true],
    ['reject a link', 'link:0', { status: 'rejected' }, true],
    ['accept a dollar figure', 'figure:0:0', { status: 'accepted' }, true],
    ['accept a yen figure', 'figure:0:2', { status: 'accepted' }, false],
    ['reject a yen figure', 'figure:0:2', { status: 'rejected' }, true],
    [
      'edit a figure to a value its quote states',
      'figure:0:0',
      { status: 'edited', figure: fig({}) },
      true,
    ],
    [
      'edit a figure to a value its quote does not state',
      'figure:0:0',
      { status: 'edited', figure: fig({ value: 1 }) },
      false,
    ],
    [
      'edit a figure with a link edit',
      'figure:0:0',
      { status: 'edited', link: { a: 'CHN', b: 'KAZ', kinds: ['trade'] } },
      false,
    ],
    [
      'edit a link badly',
      'link:0',
      { status: 'edited', link: { a: 'CHN', b: 'CHN', kinds: ['trade'] } },
      false,
    ],
    ['a key with no proposal', 'figure:0:9', { status: 'accepted' }, false],
    ['an event that does not exist', 'event:0:0', { status: 'accepted' }, false],
    ['clear a decision', 'link:0', undefined, true],
  ])('%s', (_, key, d, ok) => {
    const a = article();
    const r = decide(a, key, d);
    expect(r.ok).toBe(ok);
    if (r.ok) {
      expect(r.article.decisions[key]).toEqual(d);
      expect(a.decisions).toEqual({}); // pure
    } else {
      expect(r.reason.ja).not.toBe('');
      expect(r.reason.en).not.toBe('');
    }
  });

  it('checks a figure against the link ends as edited', () => {
    let a = article();
    const r1 = decide(a, linkKey(0), {
      status: 'edited',
      link: { a: 'KAZ', b: 'RUS', kinds: ['trade'] },
    });
    if (!r1.ok) throw new Error('link edit refused');
    a = r1.article;
    expect(decide(a, figureKey(0, 1), { status: 'accepted' }).ok).toBe(false);
    expect(eventKey(0, 0)).toBe('event:0:0');
  });
});

describe('keptEntries', () => {
  const withDecisions = (d: Record<string, Decision>): TeacherArticle => ({
    ...article(),
    decisions: d,
  });
  it('keeps nothing without decisions', () => {
    expect(keptEntries(article())).toEqual({ links: [], refused: [] });
  });
  it('keeps a link and its accepted figures only', () => {
    const k = keptEntries(
      withDecisions({
        'link:0': { status: 'accepted' },
        'figure:0:1': { status: 'accepted' },
        'figure:0:0': { status: 'rejected' },
      }),
    );
    expect(k.links).toHaveLength(1);
    expect(k.links[0]).toMatchObject({ a: 'CHN', b: 'KAZ', kinds: ['trade', 'investment'] });
    expect(k.links[0]?.figures.map((f) => [f.stated, f.value, f.qualifier])).toEqual([
      ['約30億ドル', 3e9, 'about'],
    ]);
  });
  it('an accepted figure keeps its link; a rejected link drops its figures', () => {
    expect(keptEntries(withDecisions({ 'figure:0:0': { status: 'accepted' } })).links).toHaveLength(
      1,
    );
    expect(
      keptEntries(
        withDecisions({ 'link:0': { status: 'rejected' }, 'figure:0:0': { status: 'accepted' } }),
      ).links,
    ).toEqual([]);
  });
  it('an edited link gives its ends (sorted) and kinds', () => {
    const k = keptEntries(
      withDecisions({
        'link:0': { status: 'edited', link: { a: 'KAZ', b: 'CHN', kinds: ['cooperation'] } },
      }),
    );
    expect(k.links[0]).toMatchObject({ a: 'CHN', b: 'KAZ', kinds: ['cooperation'] });
  });
  it('a decision that no longer passes (e.g. read from a file) is refused with its reason', () => {
    const k = keptEntries(
      withDecisions({
        'figure:0:0': { status: 'edited', figure: fig({ value: 7 }) },
        'figure:0:2': { status: 'accepted' },
      }),
    );
    expect(k.refused.map((r) => r.key)).toEqual(['figure:0:0', 'figure:0:2']);
    expect(k.links).toEqual([]);
  });
});

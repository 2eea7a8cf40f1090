import { describe, expect, it } from 'vitest';
import { displayPath, formatIssue } from './issues.ts';
import { dateStated, parseIso, periodLabel, rangeEndStated } from './dates.ts';
import { checkMoney } from './money-check.ts';
import { closestPassage, locateQuote, matchIgnoringSpace } from './quotes.ts';

describe('parseIso', () => {
  it.each([
    ['2020', 'year'],
    ['2022-07', 'month'],
    ['2022-07-13', 'day'],
    ['2024-02-29', 'day'],
    ['2000-02-29', 'day'],
  ])('%s is a %s date', (s, precision) => expect(parseIso(s)).toEqual({ precision }));

  it.each([
    ['2023-02-30', /2023-02 has 28 days/],
    ['2023-02-29', /2023-02 has 28 days/],
    ['1900-02-29', /1900-02 has 28 days/],
    ['2023-04-31', /has 30 days/],
    ['2023-13', /no month 13/],
    ['2023-00-10', /no month 00/],
    ['2023-1-5', /not a date/],
    ['23-01-05', /not a date/],
    ['2023/01/05', /not a date/],
    ['', /not a date/],
  ])('%s is rejected', (s, message) => {
    const r = parseIso(s);
    expect('error' in r && r.error).toMatch(message);
  });
});

describe('dates stated in a quote', () => {
  it.each([
    [
      '両国間の外交関係は、カザフスタンの独立直後の 1992 年 1 月 28 日に確立された',
      '1992-01-28',
      true,
    ],
    ['二国間関係は1992年1月9日に樹立された。', '1992-01-09', true],
    ['二国間関係は1992年1月19日に樹立された。', '1992-01-01', false],
    ['2009年5月、両国は…協定に署名した。', '2009-05', true],
    ['2009年5月、両国は…協定に署名した。', '2009-06', false],
    ['1995年、2003年、2010年の3回', '2010', true],
    ['1995年、2003年、2010年の3回', '2011', false],
    ['On January 9, 1992 relations were established', '1992-01-09', true],
    ['2023-10-20T16:00+0900', '2023-10-20', true],
  ])('%s states %s: %s', (text, iso, stated) => expect(dateStated(text, iso)).toBe(stated));

  it('finds the end of a range', () => {
    expect(rangeEndStated('2021年8月16~17日に韓国を国賓訪問', '2021-08-16', '2021-08-17')).toBe(
      true,
    );
    expect(rangeEndStated('11月27日から28日にかけて', '2024-11-27', '2024-11-28')).toBe(true);
    expect(rangeEndStated('2021年8月16日に韓国を訪問', '2021-08-16', '2021-08-17')).toBe(false);
  });
});

describe('quotes', () => {
  const doc = '第一文。二国間関係は1992年1月9日に樹立された。第三文。\n次の行、第三文。';
  const others = [{ id: 'other', text: 'ほかの文書の文。' }];

  it('finds the first occurrence, or the one asked for', () => {
    expect(locateQuote('d', 'd.txt', doc, '第三文。', undefined, others, true)).toMatchObject({
      ok: true,
      count: 2,
      start: 26,
    });
    const second = locateQuote('d', 'd.txt', doc, '第三文。', 2, others, true);
    expect(second.ok && doc.slice(second.start, second.end)).toBe('第三文。');
    expect(second.ok && second.start).toBeGreaterThan(26);
    expect(locateQuote('d', 'd.txt', doc, '第三文。', 3, others, true)).toMatchObject({
      ok: false,
      message: 'occurrence 3 requested, but the text occurs only 2 times in d',
    });
  });

  it('shows the closest passage with its line', () => {
    const r = locateQuote(
      'd',
      'd.txt',
      doc,
      '二国間関係は1992年1月19日に樹立された',
      undefined,
      others,
      true,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.detail[0]).toMatch(/^closest passage \(9\d% similar\) at d\.txt:1:$/);
      expect(r.detail[1]).toBe('  document: 「二国間関係は1992年1月9日に樹立された」');
    }
  });

  it('closestPassage finds an approximate substring', () => {
    const hay = 'aaaa the quick brown fox jumps bbbb';
    const best = closestPassage(hay, 'the quikc brown fox');
    expect(best && hay.slice(best.start, best.end)).toBe('the quick brown fox');
    expect(best?.similarity).toBeGreaterThan(0.85);
    expect(closestPassage('', 'x')).toBeUndefined();
  });

  it('matches ignoring spaces and line breaks', () => {
    expect(matchIgnoringSpace('A 1992 年 1 月\n28 日 B', '1992年1月28日')).toEqual({
      start: 2,
      end: 17,
    });
    expect(matchIgnoringSpace('abc', 'x')).toBeUndefined();
  });
});

describe('checkMoney', () => {
  const quote = '2008年、KB国民銀行は株式の30%を約6億3,400万ドルで購入した。';
  it('accepts a matching figure', () => {
    expect(checkMoney('q', quote, '約6億3,400万ドル', 634_000_000, 'about')).toEqual([]);
    expect(checkMoney('q', quote, '6億3,400万ドル', 634_000_000, 'about')).toEqual([]);
  });
  it('reports the value, the qualifier, a partial amount and a missing one', () => {
    expect(checkMoney('q', quote, '6億3,400万ドル', 634_000, 'exact').map((p) => p.field)).toEqual([
      'value',
      'qualifier',
    ]);
    expect(
      checkMoney('q', quote, '3,400万ドル', 34_000_000, 'about').map((p) => p.message),
    ).toEqual([
      '「3,400万ドル」 is only part of the amount 「約6億3,400万ドル」 in quote q (= 634,000,000)',
    ]);
    expect(checkMoney('q', quote, '7億ドル', 700_000_000, 'about')[0]?.field).toBe('stated');
    expect(checkMoney('q', quote, '株式', 1, 'exact')[0]?.message).toMatch(
      /not a money expression/,
    );
  });
});

describe('formatting', () => {
  it('paths', () => {
    expect(displayPath(['figures', 3, 'value'])).toBe('figures[3].value');
    expect(displayPath(['a b', 0])).toBe('["a b"][0]');
  });
  it('issues', () => {
    expect(
      formatIssue({
        file: 'data/x.yaml',
        line: 4,
        path: 'a.b',
        message: 'is wrong',
        fix: 'fix it',
        detail: ['more'],
      }),
    ).toBe('data/x.yaml:4 a.b: is wrong\n    more\n    Fix: fix it');
    expect(formatIssue({ file: 'data/x.yaml', path: '', message: 'not found' })).toBe(
      'data/x.yaml: not found',
    );
  });
  it('period labels', () => {
    expect(periodLabel('2020-01-01', '2020-12-31')).toEqual({ ja: '2020年', en: '2020' });
    expect(periodLabel('2024-01-01', '2024-09-30')).toEqual({
      ja: '2024年1〜9月',
      en: 'Jan–Sep 2024',
    });
    expect(periodLabel('2009-05-01', '2009-05-31')).toEqual({ ja: '2009年5月', en: 'May 2009' });
    expect(periodLabel('2009-05-03', '2009-05-31')).toEqual({
      ja: '2009-05-03〜2009-05-31',
      en: '2009-05-03 – 2009-05-31',
    });
  });
});

import * as chronoEn from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from './dates.ts';

const brief = (d: DateMention) =>
  [d.text, d.iso, d.end ?? '', d.precision, d.inferred ? 'inferred' : '', d.header ? 'header' : '']
    .filter((x, i) => i < 3 || x)
    .join('|');
const found = (text: string) => findDates(text, chronoEn).map(brief);

describe('findDates', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: '2023年に貿易額は過去最高', expected: ['2023年|2023||year'] },
    {
      text: '2021年8月16~17日に韓国を国賓訪問',
      expected: ['2021年8月16~17日|2021-08-16|2021-08-17|day'],
    },
    { text: '1992 年 1 月 28 日に樹立', expected: ['1992 年 1 月 28 日|1992-01-28||day'] },
    { text: '2022年7月に関係を停止', expected: ['2022年7月|2022-07||month'] },
    {
      text: '2024年の最初の9か月で',
      expected: ['2024年の最初の9か月|2024-01-01|2024-09-30|period'],
    },
    { text: '2017年1-11月期における', expected: ['2017年1-11月期|2017-01-01|2017-11-30|period'] },
    { text: '2025年10月までの累計', expected: ['2025年10月まで|2025-01-01|2025-10-31|period'] },
    { text: '令和5年4月1日に', expected: ['令和5年4月1日|2023-04-01||day'] },
    { text: '平成元年に', expected: ['平成元年|1989||year'] },
    { text: '2023年10月20日', expected: ['2023年10月20日|2023-10-20||day|header'] },
    {
      text: '2024年の貿易。11月27日から28日にかけて訪問した。',
      expected: ['2024年|2024||year', '11月27日から28日|2024-11-27|2024-11-28|day|inferred'],
    },
    {
      text: '2023年10月20日, Sputnik 日本\nラブロフ外相が18~19日に訪朝した。',
      expected: [
        '2023年10月20日|2023-10-20||day|header',
        '18~19日|2023-10-18|2023-10-19|day|inferred',
      ],
    },
    { text: 'in 2016, trade grew', expected: ['2016|2016||year'] },
    {
      text: 'January–September 2025 trade',
      expected: ['January–September 2025|2025-01-01|2025-09-30|period'],
    },
    {
      text: 'the first quarter of 2021',
      expected: ['first quarter of 2021|2021-01-01|2021-03-31|period'],
    },
    { text: 'established on February 24, 1972.', expected: ['February 24, 1972|1972-02-24||day'] },
    { text: 'visit to Japan in November 2010.', expected: ['November 2010|2010-11||month'] },
    { text: '2023年2月30日', expected: [] },
    { text: '12% and 10,329 projects', expected: [] },
    { text: '', expected: [] },
  ];
  it.each(cases)('$text', ({ text, expected }) => expect(found(text)).toEqual(expected));

  it('works without chrono (Japanese rules only)', () => {
    expect(findDates('2021年8月16日に').map(brief)).toEqual(['2021年8月16日|2021-08-16||day']);
  });
  it('does not throw on non-strings or a broken chrono', () => {
    expect(findDates(7 as unknown as string)).toEqual([]);
    const broken = {
      parse: () => {
        throw new Error('boom');
      },
    };
    expect(findDates('in 2016', broken).map(brief)).toEqual(['2016|2016||year']);
  });
});

import { describe, expect, it } from 'vitest';
import { findMoney, formatUsd, parseMoney, type MoneyQualifier } from './money.ts';

const accepted: [input: string, value: number, qualifier: MoneyQualifier][] = [
  // The expressions of the four documents.
  ['59億ドル', 5_900_000_000, 'exact'],
  ['6億3,400万ドル', 634_000_000, 'exact'],
  ['約6億3,400万ドル', 634_000_000, 'about'],
  ['280億米ドル', 28_000_000_000, 'exact'],
  ['7,710米ドル', 7_710, 'exact'],
  ['55,500米ドル', 55_500, 'exact'],
  ['70億ドル以上', 7_000_000_000, 'at-least'],
  ['70億ドルを超えた', 7_000_000_000, 'more-than'],
  ['50億ドルを超える', 5_000_000_000, 'more-than'],
  ['200億米ドルを超え', 20_000_000_000, 'more-than'],
  ['300億米ドル', 30_000_000_000, 'exact'],
  ['25億ドル', 2_500_000_000, 'exact'],
  ['10億ドル相当', 1_000_000_000, 'exact'],
  // Other Japanese forms.
  ['50億ドル超', 5_000_000_000, 'more-than'],
  ['50億ドル超え', 5_000_000_000, 'more-than'],
  ['1兆ドル', 1_000_000_000_000, 'exact'],
  ['1兆2,000億ドル', 1_200_000_000_000, 'exact'],
  ['1.5億ドル', 150_000_000, 'exact'],
  ['3千万ドル', 30_000_000, 'exact'],
  ['1万5千ドル', 15_000, 'exact'],
  ['およそ100万ドル', 1_000_000, 'about'],
  ['100万ドル前後', 1_000_000, 'about'],
  ['100万USドル', 1_000_000, 'exact'],
  ['6億 3,400万 ドル', 634_000_000, 'exact'],
  ['  59億ドル  ', 5_900_000_000, 'exact'],
  // Full-width digits and punctuation.
  ['５９億ドル', 5_900_000_000, 'exact'],
  ['６億３，４００万ドル', 634_000_000, 'exact'],
  ['７，７１０米ドル', 7_710, 'exact'],
  ['約１．５億ドル', 150_000_000, 'about'],
  // English.
  ['$5.9 billion', 5_900_000_000, 'exact'],
  ['$1.2 million', 1_200_000, 'exact'],
  ['US$300', 300, 'exact'],
  ['US$ 300', 300, 'exact'],
  ['USD 1,200', 1_200, 'exact'],
  ['300 USD', 300, 'exact'],
  ['5.9 billion dollars', 5_900_000_000, 'exact'],
  ['7,710 US dollars', 7_710, 'exact'],
  ['$634 million', 634_000_000, 'exact'],
  ['$5bn', 5_000_000_000, 'exact'],
  ['$1 trillion', 1_000_000_000_000, 'exact'],
  ['about $634 million', 634_000_000, 'about'],
  ['more than $5 billion', 5_000_000_000, 'more-than'],
  ['over $7 billion', 7_000_000_000, 'more-than'],
  ['at least $7 billion', 7_000_000_000, 'at-least'],
  ['$7 billion or more', 7_000_000_000, 'at-least'],
  ['＄５．９ billion', 5_900_000_000, 'exact'],
  ['$1.25', 1.25, 'exact'],
];

describe('parseMoney accepts', () => {
  it.each(accepted)('%s → %d (%s)', (input, value, qualifier) => {
    const r = parseMoney(input);
    expect(r).toEqual({ ok: true, value, qualifier, currency: 'USD' });
  });
});

const rejected: [input: string, message: RegExp][] = [
  ['', /empty/],
  ['   ', /empty/],
  ['59億円', /only US dollars.*円/],
  ['€5 billion', /only US dollars.*€/],
  ['5 billion euros', /only US dollars.*euros/],
  ['100万ウォン', /only US dollars.*ウォン/],
  ['59億', /no currency/],
  ['5.9 billion', /no currency/],
  ['ドル', /no amount/],
  ['$', /no amount/],
  ['abc', /no amount/],
  ['五十億ドル', /kanji numerals/],
  ['1,2345ドル', /bad digit grouping/],
  ['12,34ドル', /bad digit grouping/],
  ['3万6億ドル', /large to small/],
  ['6億6億ドル', /large to small/],
  ['6億12,000万ドル', /too large to follow/],
  ['6億3.4万ドル', /only the leading group may have decimals/],
  ['59億ドルです', /unexpected text 「です」 after/],
  ['合計59億ドル', /unexpected text 「合計」 before/],
  ['59億ドルと10億ドル', /more than one amount/],
  ['$5 billion and $1 million', /more than one amount/],
  ['約70億ドル以上', /two qualifiers/],
  ['50億ドル弱', /弱.*not supported/],
  ['50億ドル未満', /未満.*not supported/],
  ['less than $5 billion', /less than.*not supported/],
  ['-5ドル', /negative/],
  ['−$5', /negative/],
  ['99999999999999999999ドル', /too large/],
];

describe('parseMoney rejects', () => {
  it.each(rejected)('%j', (input, message) => {
    const r = parseMoney(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('never throws on odd input', () => {
    for (const input of [null, undefined, 42, {}, '\u202e59億ドル', '💰', '<script>', '\u0000']) {
      expect(() => parseMoney(input as unknown as string)).not.toThrow();
    }
  });
});

describe('findMoney', () => {
  it('finds every expression with its offsets and qualifiers', () => {
    const text =
      '韓国はカザフスタンから10億ドル相当の物品と資源を輸入し、カザフスタンとウズベキスタンに対する韓国の投資は70億ドルを超えた。';
    const found = findMoney(text);
    expect(found.map((m) => [m.text, m.value, m.qualifier])).toEqual([
      ['10億ドル相当', 1_000_000_000, 'exact'],
      ['70億ドルを超えた', 7_000_000_000, 'more-than'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps the 約 prefix and ignores numbers without a currency', () => {
    const text =
      '2008年、韓国最大の銀行の一つであるKB国民銀行は、カザフスタンのセンタークレジット銀行の株式の30%を約6億3,400万ドルで購入した。';
    const [m, ...rest] = findMoney(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ text: '約6億3,400万ドル', value: 634_000_000, qualifier: 'about' });
  });

  it('reads a sentence with three amounts', () => {
    const text =
      '2023年の貿易額は過去最高の280億米ドルに達し、2024年の最初の9か月間で200億米ドルを超え、双方は2025年までに300億米ドルの目標を掲げています。';
    expect(findMoney(text).map((m) => [m.text, m.value, m.qualifier])).toEqual([
      ['280億米ドル', 28_000_000_000, 'exact'],
      ['200億米ドルを超え', 20_000_000_000, 'more-than'],
      ['300億米ドル', 30_000_000_000, 'exact'],
    ]);
  });

  it('keeps UTF-16 offsets with full-width digits, emoji and English text', () => {
    const text = '🇰🇿 trade was $5.9 billion, then ５９億ドル.';
    const found = findMoney(text);
    expect(found.map((m) => m.text)).toEqual(['$5.9 billion', '５９億ドル']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  // A note in brackets between an amount and its qualifier (the teacher trial: Xinhua/AFPBB).
  it.each([
    [
      '総額212億ドル(1ドル=約138円)超のリスト',
      [['212億ドル(1ドル=約138円)超', 21_200_000_000, 'more-than']],
    ],
    [
      '総額212億ドル（1ドル＝約138円）以上',
      [['212億ドル（1ドル＝約138円）以上', 21_200_000_000, 'at-least']],
    ],
    // Without a qualifier after it, the bracket is not part of the amount.
    [
      '総額212億ドル(1ドル=約138円)のリスト',
      [
        ['212億ドル', 21_200_000_000, 'exact'],
        ['1ドル', 1, 'exact'],
      ],
    ],
  ])('a bracketed note before the qualifier: %s', (text, want) => {
    const found = findMoney(text);
    expect(found.map((m) => [m.text, m.value, m.qualifier])).toEqual(want);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('leaves out expressions the parser rejects', () => {
    expect(findMoney('50億円と1,2345ドル')).toEqual([]);
  });

  it('returns nothing for text without money', () => {
    expect(findMoney('カザフスタンに住む10万人の朝鮮族')).toEqual([]);
    expect(findMoney('')).toEqual([]);
  });
});

describe('formatUsd', () => {
  it.each([
    [5_900_000_000, '5,900,000,000'],
    [7_710, '7,710'],
    [1.25, '1.25'],
    [0, '0'],
  ])('%d → %s', (n, s) => expect(formatUsd(n)).toBe(s));
});

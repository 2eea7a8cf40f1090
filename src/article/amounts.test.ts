import { describe, expect, it } from 'vitest';
import { findAmounts, quoteStates } from './amounts.ts';

const found = (text: string) =>
  findAmounts(text).map((a) => [a.text, a.value, a.currency, a.qualifier]);

describe('findAmounts', () => {
  const cases: { text: string; expected: unknown[] }[] = [
    { text: '貿易額は59億ドルに達した', expected: [['59億ドル', 5_900_000_000, 'USD', 'exact']] },
    { text: '約6億3,400万ドル', expected: [['約6億3,400万ドル', 634_000_000, 'USD', 'about']] },
    { text: '280億米ドル', expected: [['280億米ドル', 28_000_000_000, 'USD', 'exact']] },
    {
      text: '585億USD(約6兆6000億円)',
      expected: [
        ['585億USD', 58_500_000_000, 'USD', 'exact'],
        ['約6兆6000億円', 6_600_000_000_000, 'JPY', 'about'],
      ],
    },
    { text: '100億ユーロ', expected: [['100億ユーロ', 10_000_000_000, 'EUR', 'exact']] },
    {
      text: '5000億ルーブル以上',
      expected: [['5000億ルーブル以上', 500_000_000_000, 'RUB', 'at-least']],
    },
    { text: '1兆テンゲ', expected: [['1兆テンゲ', 1_000_000_000_000, 'KZT', 'exact']] },
    { text: '3000億ウォン', expected: [['3000億ウォン', 300_000_000_000, 'KRW', 'exact']] },
    { text: '10億元を投資', expected: [['10億元', 1_000_000_000, 'CNY', 'exact']] },
    { text: '元首相が3億円', expected: [['3億円', 300_000_000, 'JPY', 'exact']] },
    { text: '$5.9 billion', expected: [['$5.9 billion', 5_900_000_000, 'USD', 'exact']] },
    {
      text: 'about USD 8.1 billion',
      expected: [['about USD 8.1 billion', 8_100_000_000, 'USD', 'about']],
    },
    {
      text: '¥41.8 billion in 2012',
      expected: [['¥41.8 billion', 41_800_000_000, 'JPY', 'exact']],
    },
    {
      text: 'approximately 123 billion euro in 2020',
      expected: [['approximately 123 billion euro', 123_000_000_000, 'EUR', 'about']],
    },
    { text: 'EUR 60.2 billion', expected: [['EUR 60.2 billion', 60_200_000_000, 'EUR', 'exact']] },
    {
      text: '€3bn and £2 million',
      expected: [
        ['€3bn', 3_000_000_000, 'EUR', 'exact'],
        ['£2 million', 2_000_000, 'GBP', 'exact'],
      ],
    },
    { text: '₽100 million', expected: [['₽100 million', 100_000_000, 'RUB', 'exact']] },
    { text: '５９億ドル', expected: [['５９億ドル', 5_900_000_000, 'USD', 'exact']] },
    { text: '10,329件のプロジェクト、12%増', expected: [] },
    { text: '2万人の兵士', expected: [] },
    { text: '', expected: [] },
    { text: '50億ドル弱', expected: [] },
  ];
  it.each(cases)('$text', ({ text, expected }) => expect(found(text)).toEqual(expected));

  it('gives offsets into the text', () => {
    const text = '両国の貿易額は約120億米ドル。';
    const [a] = findAmounts(text);
    expect(a && text.slice(a.start, a.end)).toBe(a?.text);
  });
  it('does not throw on non-strings', () => {
    expect(findAmounts(42 as unknown as string)).toEqual([]);
  });
});

describe('quoteStates', () => {
  it('accepts the amount the quote states', () => {
    expect(quoteStates('貿易額は59億ドル。', '59億ドル', 5_900_000_000, 'USD')).toBe(true);
  });
  it('refuses another value, currency or text', () => {
    expect(quoteStates('貿易額は59億ドル。', '59億ドル', 590_000_000, 'USD')).toBe(false);
    expect(quoteStates('貿易額は59億円。', '59億円', 5_900_000_000, 'USD')).toBe(false);
    expect(quoteStates('貿易額は59億ドル。', '60億ドル', 6_000_000_000, 'USD')).toBe(false);
  });
});

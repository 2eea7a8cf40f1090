import { describe, expect, test } from 'vitest';
import { cleanName, countryNames, toAlpha2 } from './names.ts';

const JAPANESE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;

describe('countryNames', () => {
  test.each<[string, string, string]>([
    ['KOR', 'South Korea', '韓国'],
    ['PRK', 'North Korea', '北朝鮮'],
    ['RUS', 'Russia', 'ロシア'],
    ['UKR', 'Ukraine', 'ウクライナ'],
    ['KAZ', 'Kazakhstan', 'カザフスタン'],
    ['JPN', 'Japan', '日本'],
    ['XKX', 'Kosovo', 'コソボ'], // not ISO: via 'XK'
    ['MMR', 'Myanmar', 'ミャンマー'], // "(Burma)" removed
    ['HKG', 'Hong Kong', '香港'],
  ])('%s → %s / %s', (iso3, en, ja) => {
    expect(countryNames(iso3, 'fallback')).toEqual({ en, ja });
  });

  test.each(['KAZ', 'KOR', 'PRK', 'RUS', 'UKR', 'UZB', 'MNG', 'GEO'])(
    '%s has a Japanese name',
    (c) => {
      expect(countryNames(c, 'x').ja).toMatch(JAPANESE);
    },
  );

  test('codes without alpha-2 fall back to the Natural Earth name', () => {
    expect(countryNames('KAS', 'Siachen Glacier')).toEqual({
      en: 'Siachen Glacier',
      ja: 'シアチェン氷河',
    });
    expect(countryNames('ZZZ', 'Nowhere')).toEqual({ en: 'Nowhere', ja: 'Nowhere' });
    expect(countryNames('', 'Empty')).toEqual({ en: 'Empty', ja: 'Empty' });
  });
});

describe('toAlpha2 / cleanName', () => {
  test.each<[string, string | undefined]>([
    ['KOR', 'KR'],
    ['PRK', 'KP'],
    ['XKX', 'XK'],
    ['KAS', undefined],
    ['', undefined],
  ])('%s → %s', (iso3, a2) => {
    expect(toAlpha2(iso3)).toBe(a2);
  });

  test.each<[string, string]>([
    ['Myanmar (Burma)', 'Myanmar'],
    ['コンゴ民主共和国(キンシャサ)', 'コンゴ民主共和国'],
    ['ミャンマー (ビルマ)', 'ミャンマー'],
    ['Ukraine', 'Ukraine'],
    ['', ''],
  ])('cleanName(%s)', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });
});

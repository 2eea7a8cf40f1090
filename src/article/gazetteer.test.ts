import { describe, expect, it } from 'vitest';
import { findCountries } from './gazetteer.ts';
import { buildLexicon } from './lexicon.ts';
import { realLexicon } from './lexicon.test-data.ts';

const lex = realLexicon();
const found = (text: string) => findCountries(text, lex).map((m) => `${m.iso3}:${m.text}`);

describe('findCountries: names', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: 'カザフスタンと韓国の関係', expected: ['KAZ:カザフスタン', 'KOR:韓国'] },
    { text: '北朝鮮とウクライナ', expected: ['PRK:北朝鮮', 'UKR:ウクライナ'] },
    { text: 'ロシアと米国、中国', expected: ['RUS:ロシア', 'USA:米国', 'CHN:中国'] },
    { text: '南スーダンとスーダン', expected: ['SSD:南スーダン', 'SDN:スーダン'] },
    { text: 'インドネシアとインド', expected: ['IDN:インドネシア', 'IND:インド'] },
    { text: 'South Korea and North Korea', expected: ['KOR:South Korea', 'PRK:North Korea'] },
    { text: 'the US and Britain', expected: ['USA:the US', 'GBR:Britain'] },
    { text: 'Papua New Guinea, Guinea', expected: ['PNG:Papua New Guinea', 'GIN:Guinea'] },
    { text: 'Niger and Nigeria', expected: ['NER:Niger', 'NGA:Nigeria'] },
    { text: 'U.S. and China', expected: ['USA:U.S.', 'CHN:China'] },
    { text: 'India’s exports to Russia', expected: ['IND:India', 'RUS:Russia'] },
    { text: 'Indian imports from Russia', expected: ['IND:Indian', 'RUS:Russia'] },
    { text: '日本・モンゴル関係', expected: ['JPN:日本', 'MNG:モンゴル'] },
    { text: 'ロシア連邦', expected: ['RUS:ロシア連邦'] },
  ];
  it.each(cases)('$text', ({ text, expected }) => expect(found(text)).toEqual(expected));
});

describe('findCountries: single-character short forms', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: '日米首脳会談', expected: ['JPN:日', 'USA:米'] },
    { text: '米中対立', expected: ['USA:米', 'CHN:中'] },
    { text: '日韓関係', expected: ['JPN:日', 'KOR:韓'] },
    { text: '中露の接近', expected: ['CHN:中', 'RUS:露'] },
    { text: '米朝首脳会談', expected: ['USA:米', 'PRK:朝'] },
    { text: '露ウ戦争', expected: ['RUS:露', 'UKR:ウ'] },
    { text: '日米韓の連携', expected: ['JPN:日', 'USA:米', 'KOR:韓'] },
    { text: '中ロ首脳会談', expected: ['CHN:中', 'RUS:ロ'] },
    { text: '米政府は', expected: ['USA:米'] },
    { text: '露大統領', expected: ['RUS:露'] },
    { text: '英首相が', expected: ['GBR:英'] },
    { text: '訪日した', expected: ['JPN:日'] },
    { text: '対中政策', expected: ['CHN:中'] },
    { text: '27日米大統領が', expected: ['USA:米'] },
    { text: '越韓外交関係樹立', expected: ['VNM:越', 'KOR:韓'] },
  ];
  it.each(cases)('$text', ({ text, expected }) => expect(found(text)).toEqual(expected));
});

describe('findCountries: guards (not a country)', () => {
  const none = [
    '白米を食べる',
    '玄米',
    '期間中に',
    '中心部',
    '27日に',
    '11月27日から28日',
    '英語で話す',
    '英雄',
    '印象的',
    '参加した',
    '追加の',
    '披露した',
    '独立記念日',
    '仏教',
    '豪雨',
    '伊藤さん',
    '比較する',
    '朝食',
    '今朝',
    '毎日',
    '本日',
    '会談中',
    '中央アジア',
    '朝日新聞',
    '北米と南米',
    '欧米',
    'マリアさん',
    'インド洋',
    '日本語',
    'ロシア語',
    'US$5 billion',
    'let us go',
    'Latin America',
    'the Indian Ocean',
    'Georgia O',
    '米',
    '中',
  ];
  it.each(none.map((text) => ({ text })))('$text', ({ text }) => {
    // "Georgia O" is a real name (GEO); everything else must find nothing.
    const expected = text === 'Georgia O' ? ['GEO:Georgia'] : [];
    expect(found(text)).toEqual(expected);
  });
});

describe('findCountries: bad inputs', () => {
  it('returns nothing for empty or non-string input', () => {
    expect(findCountries('', lex)).toEqual([]);
    expect(findCountries(undefined as unknown as string, lex)).toEqual([]);
  });
  it('gives offsets into the text', () => {
    const text = 'xx韓国yy';
    const [m] = findCountries(text, lex);
    expect(m && text.slice(m.start, m.end)).toBe('韓国');
  });
});

describe('buildLexicon', () => {
  const bad: { name: string; g: unknown; k: unknown; error: RegExp }[] = [
    { name: 'no countries', g: {}, k: {}, error: /countries/ },
    { name: 'bad code', g: { countries: { Jpn: { ja: ['日本'] } } }, k: {}, error: /ISO3/ },
    {
      name: 'long abbr',
      g: { countries: { JPN: { ja: ['日本'], abbr: ['日本'] } } },
      k: {},
      error: /one character/,
    },
    {
      name: 'unknown kind',
      g: { countries: {} },
      k: { kinds: { friendship: { ja: ['友好'] } }, measures: {}, events: {}, bothCountries: {} },
      error: /friendship/,
    },
    { name: 'not a list', g: { countries: { JPN: { ja: '日本' } } }, k: {}, error: /list/ },
  ];
  it.each(bad)('refuses $name', ({ g, k, error }) => {
    const r = buildLexicon(g, k);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});

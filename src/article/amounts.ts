/**
 * Amounts of money in a text, in their own currency. US dollars come from the shared money
 * parser (`findMoney`); other currencies (円, ユーロ, ルーブル, テンゲ, ウォン, 元, €, £, ₽, …)
 * are found here and valued by the same parser, by reading the amount as if it were in dollars,
 * so 億/万/兆, billion/million, decimals and qualifiers mean exactly the same in every currency.
 * Only US dollars may set an arc's width; the others are kept as stated.
 */
import { findMoney, normaliseWidth, parseMoney, type MoneyQualifier } from './money.ts';

export type Currency = string; // ISO 4217: USD, JPY, EUR, …

export interface Amount {
  start: number;
  end: number;
  /** The expression exactly as written (qualifier words included). */
  text: string;
  value: number;
  currency: Currency;
  qualifier: MoneyQualifier;
}

const JA_CURRENCY: Record<string, Currency> = {
  円: 'JPY',
  日本円: 'JPY',
  ユーロ: 'EUR',
  ルーブル: 'RUB',
  ルーブリ: 'RUB',
  テンゲ: 'KZT',
  ウォン: 'KRW',
  人民元: 'CNY',
  元: 'CNY',
  ポンド: 'GBP',
  ルピー: 'INR',
  ドン: 'VND',
  トゥグルグ: 'MNT',
  USD: 'USD',
};
const EN_SYMBOL: Record<string, Currency> = {
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  '¥': 'JPY',
  '₩': 'KRW',
  '₸': 'KZT',
  '₹': 'INR',
  EUR: 'EUR',
  GBP: 'GBP',
  RUB: 'RUB',
  JPY: 'JPY',
  CNY: 'CNY',
  RMB: 'CNY',
  KRW: 'KRW',
  KZT: 'KZT',
  INR: 'INR',
};
const EN_WORD: [RegExp, Currency][] = [
  [/^euros?$/i, 'EUR'],
  [/^pounds?(?: sterling)?$/i, 'GBP'],
  [/^(?:roubles?|rubles?)$/i, 'RUB'],
  [/^yen$/i, 'JPY'],
  [/^yuan$/i, 'CNY'],
  [/^won$/i, 'KRW'],
  [/^tenge$/i, 'KZT'],
  [/^rupees?$/i, 'INR'],
];

const NUM = String.raw`\d+(?:,\d+)*(?:\.\d+)?`;
const JA_RE = new RegExp(
  String.raw`(?:(約|おおよそ|およそ|推定|ほぼ)\s*)?` +
    String.raw`((?:${NUM}\s*千?\s*[兆億万]\s*)*(?:${NUM}\s*千?)?)` +
    String.raw`\s*(日本円|人民元|ユーロ|ルーブル|ルーブリ|テンゲ|ウォン|ポンド|ルピー|トゥグルグ|ドン|USD|円|元)` +
    String.raw`(以上|を?超(?:え(?:る|た)?)?|を?上回(?:る|った)|強|余り|前後|程度|ほど|相当)?`,
  'gu',
);
const EN_PRE = String.raw`(?:\b(about|around|approximately|roughly|some|nearly|almost|more than|over|above|in excess of|at least)\s+)?`;
const EN_SCALE = String.raw`(?:\s*(thousand|million|billion|trillion|bn|mn|tn)\b)?`;
const EN_SYMBOL_RE = new RegExp(
  EN_PRE +
    String.raw`(€|£|₽|¥|₩|₸|₹|\b(?:EUR|GBP|RUB|JPY|CNY|RMB|KRW|KZT|INR)\b)\s?(${NUM})` +
    EN_SCALE,
  'gu',
);
const EN_WORD_RE = new RegExp(
  EN_PRE +
    String.raw`\b(${NUM})` +
    EN_SCALE +
    String.raw`\s+(euros?|pounds?(?: sterling)?|roubles?|rubles?|yen|yuan|won|tenge|rupees?)\b`,
  'giu',
);

function valued(
  expr: string,
  start: number,
  end: number,
  original: string,
  currency: Currency,
): Amount | undefined {
  const r = parseMoney(expr);
  if (!r.ok) return undefined;
  return {
    start,
    end,
    text: original.slice(start, end),
    value: r.value,
    currency,
    qualifier: r.qualifier,
  };
}

function otherCurrencies(text: string, norm: string): Amount[] {
  const out: Amount[] = [];
  JA_RE.lastIndex = 0;
  for (let m = JA_RE.exec(norm); m; m = JA_RE.exec(norm)) {
    const [whole, pre = '', amount = '', cur = '', suf = ''] = m;
    if (!/\d/.test(amount)) continue;
    // 元 alone is too common (元首相); it is a currency only right after a number and a unit.
    if (cur === '元' && !/[兆億万千]\s*$/.test(amount)) continue;
    const currency = JA_CURRENCY[cur];
    if (!currency) continue;
    const a = valued(`${pre}${amount}ドル${suf}`, m.index, m.index + whole.length, text, currency);
    if (a) out.push(a);
  }
  EN_SYMBOL_RE.lastIndex = 0;
  for (let m = EN_SYMBOL_RE.exec(norm); m; m = EN_SYMBOL_RE.exec(norm)) {
    const [whole, pre, sym = '', num = '', scale] = m;
    const currency = EN_SYMBOL[sym];
    if (!currency) continue;
    const expr = `${pre ? pre + ' ' : ''}$${num}${scale ? ' ' + scale : ''}`;
    const a = valued(expr, m.index, m.index + whole.length, text, currency);
    if (a) out.push(a);
  }
  EN_WORD_RE.lastIndex = 0;
  for (let m = EN_WORD_RE.exec(norm); m; m = EN_WORD_RE.exec(norm)) {
    const [whole, pre, num = '', scale, word = ''] = m;
    const currency = EN_WORD.find(([re]) => re.test(word))?.[1];
    if (!currency) continue;
    const expr = `${pre ? pre + ' ' : ''}${num}${scale ? ' ' + scale : ''} dollars`;
    const a = valued(expr, m.index, m.index + whole.length, text, currency);
    if (a) out.push(a);
  }
  return out;
}

/** Every amount of money in `text`, in order, overlaps resolved (earliest, then longest). */
export function findAmounts(text: string): Amount[] {
  if (typeof text !== 'string' || text === '') return [];
  const norm = normaliseWidth(text);
  const usd: Amount[] = findMoney(text).map((m) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    value: m.value,
    currency: 'USD',
    qualifier: m.qualifier,
  }));
  const all = [...usd, ...otherCurrencies(text, norm)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const out: Amount[] = [];
  for (const a of all) {
    const last = out[out.length - 1];
    if (last && a.start < last.end) continue;
    out.push(a);
  }
  return out;
}

/**
 * Whether `quote` states `stated` with this value and currency: the check every proposed figure
 * passes (the same rule as `npm run data`: the quote's amount is the figure's value).
 */
export function quoteStates(
  quote: string,
  stated: string,
  value: number,
  currency: Currency,
): boolean {
  return findAmounts(quote).some(
    (a) => a.text === stated && a.value === value && a.currency === currency,
  );
}

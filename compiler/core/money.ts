/**
 * A pure parser for money expressions in Japanese and English, in US dollars only.
 *
 *   parseMoney('59億ドル')          → { ok: true, value: 5_900_000_000, qualifier: 'exact', … }
 *   parseMoney('約6億3,400万ドル')  → { ok: true, value: 634_000_000, qualifier: 'about', … }
 *   parseMoney('70億ドル以上')      → { ok: true, value: 7_000_000_000, qualifier: 'at-least', … }
 *   parseMoney('$5.9 billion')     → { ok: true, value: 5_900_000_000, qualifier: 'exact', … }
 *   parseMoney('59億円')            → { ok: false, error: 'only US dollars are supported …' }
 *
 * Errors are returned, never thrown: `parseMoney` takes the whole string as one expression and
 * answers `{ ok: false, error }` with a sentence that says what is wrong. `findMoney` scans a
 * longer text (a quote) and returns every valid expression in it with its UTF-16 offsets.
 *
 * Accepted:
 * - Japanese: digits (ASCII or full-width, `,` grouping by three, one decimal part in the leading
 *   group) with the myriad units 兆 / 億 / 万 in descending order, optionally `N千` inside a group
 *   (`3千万`), then ドル / 米ドル / USドル / US$ / アメリカドル. Qualifiers: 約 / およそ / おおよそ /
 *   推定 / ほぼ before the amount (about); 以上 (at-least); 超 / 超え / 超える / 超えた / を超える /
 *   を上回る / 強 / 余り (more-than); 前後 / 程度 / ほど (about); 相当 ("worth", exact).
 * - English: `$5.9 billion`, `US$300`, `USD 1,200`, `5.9 billion dollars`, `300 USD`, with
 *   thousand / million / billion / trillion (or k, m, mn, b, bn, tn). Qualifiers before the amount:
 *   about / around / approximately / roughly / some / nearly / almost (about), more than / over /
 *   above / in excess of / upwards of (more-than), at least / no less than (at-least); after it:
 *   `or more` (at-least), `plus` / `+` (more-than).
 *
 * Rejected with a clear error: other currencies (円, ユーロ, €, £, …), kanji numerals (五十億),
 * a number without a currency, bad digit grouping (`1,2345`), units out of order (`3万6億`),
 * a group that overflows the next unit (`6億12,000万`), two qualifiers, two amounts, less-than
 * qualifiers (弱, 未満, 以下, less than, under), extra text around the amount.
 */

export type MoneyQualifier = 'exact' | 'at-least' | 'more-than' | 'about';

export interface Money {
  /** Amount in US dollars. */
  value: number;
  qualifier: MoneyQualifier;
  currency: 'USD';
}

export type MoneyParseResult = ({ ok: true } & Money) | { ok: false; error: string };

/** An expression found inside a longer text. Offsets are UTF-16 indices into that text. */
export interface MoneyMatch extends Money {
  start: number;
  end: number;
  /** The expression exactly as written in the text (qualifier words included). */
  text: string;
}

/** A candidate found by the scanner: either valid, or with the reason it is not. */
interface Candidate {
  start: number;
  end: number;
  result: MoneyParseResult;
}

/* ------------------------------------------------------------------------------------------ */
/* Normalisation: one UTF-16 unit in, one out, so offsets stay valid.                         */

function normaliseChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 0x30); // ０-９
  if (c >= 0xff21 && c <= 0xff3a) return String.fromCharCode(c - 0xff21 + 0x41); // Ａ-Ｚ
  if (c >= 0xff41 && c <= 0xff5a) return String.fromCharCode(c - 0xff41 + 0x61); // ａ-ｚ
  switch (ch) {
    case '，':
      return ',';
    case '．':
      return '.';
    case '＄':
    case '﹩':
      return '$';
    case '＋':
      return '+';
    case '\u3000':
    case '\u00a0':
      return ' ';
    default:
      return ch;
  }
}

/** Full-width digits, letters, `，．＄＋` and wide spaces to ASCII; same length as the input. */
export function normaliseWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += normaliseChar(text.charAt(i));
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* Numbers                                                                                     */

/** A decimal number as an integer mantissa and a count of decimal places. */
interface Decimal {
  mantissa: bigint;
  places: number;
}

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;

function readNumber(raw: string): Decimal | string {
  if (raw.includes(',') && !GROUPED.test(raw)) {
    return `bad digit grouping in 「${raw}」: commas must separate groups of three digits (e.g. 3,400)`;
  }
  const digits = raw.replace(/,/g, '');
  if (!PLAIN.test(digits)) return `「${raw}」 is not a number`;
  const [int = '', frac = ''] = digits.split('.');
  return { mantissa: BigInt(int + frac), places: frac.length };
}

/** mantissa × 10^(exp − places), exactly, as a JS number (integers stay exact up to 2^53). */
function toValue(parts: { d: Decimal; exp: number }[]): number | string {
  const places = Math.max(0, ...parts.map((p) => p.d.places - p.exp));
  let total = 0n;
  for (const { d, exp } of parts) {
    total += d.mantissa * 10n ** BigInt(exp - d.places + places);
  }
  const value = Number(total) / 10 ** places;
  if (!Number.isFinite(value) || total > BigInt(Number.MAX_SAFE_INTEGER) * 10n ** BigInt(places)) {
    return 'the amount is too large';
  }
  return value;
}

/* ------------------------------------------------------------------------------------------ */
/* Japanese                                                                                    */

const UNIT_EXP: Record<string, number> = { 兆: 12, 億: 8, 万: 4 };
const JP_NUM = String.raw`\d+(?:,\d+)*(?:\.\d+)?`;
const JP_PREFIX: Record<string, MoneyQualifier> = {
  約: 'about',
  およそ: 'about',
  おおよそ: 'about',
  推定: 'about',
  ほぼ: 'about',
};
const JP_SUFFIX: Record<string, MoneyQualifier> = {
  以上: 'at-least',
  超: 'more-than',
  超え: 'more-than',
  超える: 'more-than',
  超えた: 'more-than',
  を超: 'more-than',
  を超え: 'more-than',
  を超える: 'more-than',
  を超えた: 'more-than',
  を上回る: 'more-than',
  を上回った: 'more-than',
  上回る: 'more-than',
  上回った: 'more-than',
  強: 'more-than',
  余り: 'more-than',
  前後: 'about',
  程度: 'about',
  ほど: 'about',
  相当: 'exact',
};
const JP_UNSUPPORTED_SUFFIX = ['弱', '未満', '以下', '近く', '足らず', 'を下回る', '下回る'];

const JP_SUFFIX_RE = String.raw`以上|を?超(?:え(?:る|た)?)?|を?上回(?:る|った)|強|余り|前後|程度|ほど|相当|弱|未満|以下|近く|足らず|を?下回る`;
const JP_RE = new RegExp(
  String.raw`(?:(約|おおよそ|およそ|推定|ほぼ)\s*)?` +
    String.raw`((?:${JP_NUM}\s*千?\s*[兆億万]\s*)*(?:${JP_NUM}\s*千?)?)` +
    String.raw`\s*(米ドル|USドル|US\s?\$|アメリカドル|ドル)` +
    // A note in brackets between the amount and its qualifier: 「212億ドル(1ドル=約138円)超」.
    String.raw`(?:[(（][^()（）\n]{1,40}[)）](?=${JP_SUFFIX_RE}))?` +
    String.raw`(${JP_SUFFIX_RE})?`,
  'gu',
);

function evalJapaneseAmount(amount: string): { d: Decimal; exp: number }[] | string {
  const compact = amount.replace(/\s+/g, '');
  if (!/\d/.test(compact)) return 'no amount before the currency';
  const group = new RegExp(String.raw`(${JP_NUM})(千)?([兆億万])?`, 'gy');
  const parts: { d: Decimal; exp: number }[] = [];
  let lastUnit = Infinity;
  let pos = 0;
  let index = 0;
  while (pos < compact.length) {
    group.lastIndex = pos;
    const m = group.exec(compact);
    if (!m) return `cannot read 「${compact.slice(pos)}」 in 「${compact}」`;
    const [whole, raw = '', thousand, unit] = m;
    const d = readNumber(raw);
    if (typeof d === 'string') return d;
    if (index > 0 && d.places > 0) {
      return `only the leading group may have decimals (「${whole}」 in 「${compact}」)`;
    }
    const exp = (unit ? (UNIT_EXP[unit] ?? 0) : 0) + (thousand ? 3 : 0);
    const unitExp = unit ? (UNIT_EXP[unit] ?? 0) : 0;
    if (unitExp >= lastUnit) {
      return `units must go from large to small (兆 → 億 → 万): 「${compact}」`;
    }
    if (index > 0) {
      // The group must stay below the previous unit: 6億3,400万 is fine, 6億12,000万 is not.
      const groupValue = Number(d.mantissa) / 10 ** d.places;
      const limit = 10 ** (lastUnit - unitExp);
      if (groupValue * (thousand ? 1000 : 1) >= limit) {
        return `「${whole}」 is too large to follow a larger unit in 「${compact}」`;
      }
    }
    if (!unit && pos + whole.length < compact.length) {
      return `cannot read 「${compact.slice(pos + whole.length)}」 in 「${compact}」`;
    }
    parts.push({ d, exp });
    lastUnit = unit ? unitExp : -1;
    pos += whole.length;
    index++;
  }
  return parts;
}

function scanJapanese(text: string): Candidate[] {
  const out: Candidate[] = [];
  JP_RE.lastIndex = 0;
  for (let m = JP_RE.exec(text); m; m = JP_RE.exec(text)) {
    const [whole, prefix, amount = '', , suffix] = m;
    if (!/\d/.test(amount)) continue;
    const start = m.index;
    const end = start + whole.length;
    out.push({ start, end, result: evaluate(amount, prefix, suffix, 'ja') });
  }
  return out;
}

/* ------------------------------------------------------------------------------------------ */
/* English                                                                                     */

const SCALE_EXP: Record<string, number> = {
  thousand: 3,
  k: 3,
  million: 6,
  mn: 6,
  m: 6,
  billion: 9,
  bn: 9,
  b: 9,
  trillion: 12,
  tn: 12,
};
const EN_NUM = String.raw`\d+(?:,\d+)*(?:\.\d+)?`;
const EN_SCALE = String.raw`(thousand|million|billion|trillion|bn|mn|tn|k|m|b)\b`;
const EN_PREFIX: Record<string, MoneyQualifier> = {
  about: 'about',
  around: 'about',
  approximately: 'about',
  'approx.': 'about',
  roughly: 'about',
  some: 'about',
  nearly: 'about',
  almost: 'about',
  'more than': 'more-than',
  over: 'more-than',
  above: 'more-than',
  'in excess of': 'more-than',
  'upwards of': 'more-than',
  'at least': 'at-least',
  'no less than': 'at-least',
};
const EN_SUFFIX: Record<string, MoneyQualifier> = {
  'or more': 'at-least',
  plus: 'more-than',
  '+': 'more-than',
};
const EN_UNSUPPORTED_PREFIX = ['less than', 'under', 'below', 'up to', 'fewer than'];

const EN_RE = new RegExp(
  String.raw`(?:\b(about|around|approximately|approx\.|roughly|some|nearly|almost|more than|over|above|in excess of|upwards of|at least|no less than|less than|under|below|up to)\s+)?` +
    String.raw`(?:(?:US\s?\$|U\.S\.\s?\$|USD\s?|\$)\s?(${EN_NUM})(?:\s*${EN_SCALE})?` +
    String.raw`|(${EN_NUM})(?:\s*${EN_SCALE})?\s*(?:(?:US\s+|U\.S\.\s+)?dollars?\b|USD\b|US\$))` +
    String.raw`(\s+or\s+more|\s+plus\b|\+)?`,
  'giu',
);

function scanEnglish(text: string): Candidate[] {
  const out: Candidate[] = [];
  EN_RE.lastIndex = 0;
  for (let m = EN_RE.exec(text); m; m = EN_RE.exec(text)) {
    const [whole, prefix, num1, scale1, num2, scale2, suffix] = m;
    const num = num1 ?? num2 ?? '';
    const scale = (scale1 ?? scale2 ?? '').toLowerCase();
    const start = m.index;
    const end = start + whole.length;
    // A number glued to letters or digits before it ("A$5", "X300 USD") is not ours.
    const before = start > 0 ? text.charAt(start - 1) : '';
    if (/[A-Za-z0-9.]/.test(before)) continue;
    const d = readNumber(num);
    let result: MoneyParseResult;
    if (typeof d === 'string') {
      result = { ok: false, error: d };
    } else {
      const parts = [{ d, exp: scale ? (SCALE_EXP[scale] ?? 0) : 0 }];
      result = evaluateParts(parts, prefix?.toLowerCase(), suffix?.trim().toLowerCase(), 'en');
    }
    out.push({ start, end, result });
  }
  return out;
}

/* ------------------------------------------------------------------------------------------ */

function qualifierOf(
  prefix: string | undefined,
  suffix: string | undefined,
  lang: 'ja' | 'en',
): MoneyQualifier | string {
  const pre = prefix ? (lang === 'ja' ? JP_PREFIX[prefix] : EN_PREFIX[prefix]) : undefined;
  if (prefix && lang === 'en' && EN_UNSUPPORTED_PREFIX.includes(prefix)) {
    return `「${prefix}」 (an upper bound) is not supported: figures can be exact, about, at-least or more-than`;
  }
  if (suffix && lang === 'ja' && JP_UNSUPPORTED_SUFFIX.includes(suffix)) {
    return `「${suffix}」 (an upper bound) is not supported: figures can be exact, about (約), at-least (以上) or more-than (超)`;
  }
  const post = suffix ? (lang === 'ja' ? JP_SUFFIX[suffix] : EN_SUFFIX[suffix]) : undefined;
  if (prefix && !pre) return `unknown qualifier 「${prefix}」`;
  if (suffix && !post) return `unknown qualifier 「${suffix}」`;
  if (pre && post && post !== 'exact' && pre !== post) {
    return `two qualifiers that disagree: 「${prefix}」 and 「${suffix}」`;
  }
  return pre ?? post ?? 'exact';
}

function evaluateParts(
  parts: { d: Decimal; exp: number }[],
  prefix: string | undefined,
  suffix: string | undefined,
  lang: 'ja' | 'en',
): MoneyParseResult {
  const qualifier = qualifierOf(prefix, suffix, lang);
  if (!isQualifier(qualifier)) return { ok: false, error: qualifier };
  const value = toValue(parts);
  if (typeof value === 'string') return { ok: false, error: value };
  return { ok: true, value, qualifier, currency: 'USD' };
}

function evaluate(
  amount: string,
  prefix: string | undefined,
  suffix: string | undefined,
  lang: 'ja' | 'en',
): MoneyParseResult {
  const parts = evalJapaneseAmount(amount);
  if (typeof parts === 'string') return { ok: false, error: parts };
  return evaluateParts(parts, prefix, suffix, lang);
}

function isQualifier(q: string): q is MoneyQualifier {
  return q === 'exact' || q === 'at-least' || q === 'more-than' || q === 'about';
}

/** Every candidate in the text, overlapping ones resolved (earliest, then longest, wins). */
function scan(normalised: string): Candidate[] {
  const all = [...scanJapanese(normalised), ...scanEnglish(normalised)].sort(
    (x, y) => x.start - y.start || y.end - x.end,
  );
  const out: Candidate[] = [];
  for (const c of all) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

/**
 * Every valid money expression in `text`, in order, with UTF-16 offsets into `text`. Expressions
 * the parser rejects (e.g. 「50億ドル弱」, 「1,2345ドル」) are left out; use `parseMoney` on them
 * to learn why.
 */
export function findMoney(text: string): MoneyMatch[] {
  if (typeof text !== 'string') return [];
  const out: MoneyMatch[] = [];
  for (const c of scan(normaliseWidth(text))) {
    if (!c.result.ok) continue;
    const { value, qualifier, currency } = c.result;
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value,
      qualifier,
      currency,
    });
  }
  return out;
}

const OTHER_CURRENCY =
  /(円|ユーロ|ポンド|人民元|元|ウォン|ルーブル|ルピー|テンゲ|フラン|€|£|¥|₩|₽|₸|\b(?:EUR|GBP|JPY|CNY|KRW|RUB|KZT|yen|euros?|pounds?|yuan|won|roubles?|rubles?|tenge)\b)/iu;
const KANJI_NUMERAL =
  /[〇一二三四五六七八九十百千][〇一二三四五六七八九十百千兆億万]*(?:米?ドル|兆|億|万)/u;
const CURRENCY_WORD = /(ドル|\$|\bUSD\b|\bdollars?\b)/iu;

/**
 * Parse one money expression (the whole string, surrounding spaces aside). Never throws:
 * returns `{ ok: false, error }` when the input is not exactly one US-dollar amount.
 */
export function parseMoney(input: string): MoneyParseResult {
  if (typeof input !== 'string') return { ok: false, error: 'not a string' };
  const trimmed = input.trim();
  if (trimmed === '')
    return { ok: false, error: 'empty text: expected an amount such as 59億ドル' };
  const text = normaliseWidth(trimmed);
  const candidates = scan(text);
  if (candidates.length === 0) {
    const other = OTHER_CURRENCY.exec(text);
    if (other && !/ドル/.test(text)) {
      return { ok: false, error: `only US dollars are supported (found 「${other[0]}」)` };
    }
    if (KANJI_NUMERAL.test(text)) {
      return {
        ok: false,
        error: 'kanji numerals are not supported: write digits (五十億ドル → 50億ドル)',
      };
    }
    if (/\d/.test(text) && !CURRENCY_WORD.test(text)) {
      return {
        ok: false,
        error: `no currency in 「${trimmed}」: expected ドル, 米ドル, $, US$ or USD`,
      };
    }
    if (!/\d/.test(text)) return { ok: false, error: `no amount in 「${trimmed}」` };
    return { ok: false, error: `「${trimmed}」 is not a money expression the parser understands` };
  }
  if (/^[-−‐－]/.test(text)) {
    return { ok: false, error: `negative amounts are not supported (「${trimmed}」)` };
  }
  if (candidates.length > 1) {
    return { ok: false, error: `more than one amount in 「${trimmed}」: give one expression` };
  }
  const [only] = candidates;
  if (!only) return { ok: false, error: `「${trimmed}」 is not a money expression` };
  if (!only.result.ok) return only.result;
  if (only.start > 0) {
    return {
      ok: false,
      error: `unexpected text 「${trimmed.slice(0, only.start)}」 before the amount 「${trimmed.slice(only.start, only.end)}」`,
    };
  }
  if (only.end < text.length) {
    const rest = trimmed.slice(only.end);
    const other = OTHER_CURRENCY.exec(normaliseWidth(rest));
    if (other) return { ok: false, error: `only US dollars are supported (found 「${other[0]}」)` };
    return {
      ok: false,
      error: `unexpected text 「${rest}」 after the amount 「${trimmed.slice(0, only.end)}」`,
    };
  }
  return only.result;
}

/** 5900000000 → "5,900,000,000" (for messages). */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [int = '', frac] = String(value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

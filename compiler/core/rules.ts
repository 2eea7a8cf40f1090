/**
 * The rules on ids, codes and sizes that the compiler enforces, shared by its readers.
 */

/** Longest quote, in UTF-16 units: a clause or a sentence, not a paragraph. */
export const MAX_QUOTE_LENGTH = 200;
/** How many failed quotes get a closest-passage search (each costs |doc|·|quote|). */
export const FUZZY_BUDGET = 25;

export const ID_RE = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
export const ID_HELP = 'lowercase letters, digits and dashes, e.g. kaz-kor-trade-2020';
export const QUOTE_ID_RE = /^[A-Za-z0-9]+(?:[-_.:][A-Za-z0-9]+)*$/;
export const ISO3_RE = /^[A-Z]{3}$/;
export const LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** "KOR-KAZ" → "KAZ-KOR"; other text unchanged. */
export function normaliseLinkId(id: string): string {
  const m = /^([A-Z]{3})-([A-Z]{3})$/.exec(id);
  if (!m) return id;
  const [, x = '', y = ''] = m;
  return x <= y ? `${x}-${y}` : `${y}-${x}`;
}

/**
 * Why a text is not a safe web address to link to, or `undefined` when it is one: it must parse
 * with `new URL()` as http(s), and hold no control character, space, quote or angle bracket
 * (which would let it break out of an attribute, or hide a second address).
 */
export function webAddressProblem(s: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u0020\u007f-\u009f"'<>`\\]/u.exec(s);
  if (bad) {
    const ch = bad[0];
    const code = ch.codePointAt(0) ?? 0;
    const shown =
      code <= 0x20 || (code >= 0x7f && code <= 0x9f)
        ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
        : `「${ch}」`;
    return `is not a safe web address: it contains ${shown} at character ${bad.index + 1}`;
  }
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return 'is not a web address (write it in full, starting with https://)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `is not a web address: only http:// and https:// are allowed, not ${url.protocol}`;
  }
  if (url.hostname === '') return 'is not a web address: it names no host';
  return undefined;
}

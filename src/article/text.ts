/**
 * Turning a dropped or pasted file into plain text: bytes in UTF-8 or Shift_JIS, HTML reduced to
 * its text (by a scanner over the string: nothing is parsed into a document, rendered or run).
 */

export type TextResult =
  { ok: true; text: string; encoding: string } | { ok: false; error: string };

/** Reads UTF-8 (with or without BOM), UTF-16 with a BOM, or Shift_JIS; refuses binary data. */
export function decodeBytes(bytes: Uint8Array): TextResult {
  if (!(bytes instanceof Uint8Array)) return { ok: false, error: 'not a file' };
  if (bytes.length === 0) return { ok: false, error: 'the file is empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return checked(text.replace(/^\ufeff/, ''), 'utf-8');
  } catch {
    // not UTF-8: try Shift_JIS below
  }
  try {
    return checked(new TextDecoder('shift_jis', { fatal: true }).decode(bytes), 'shift_jis');
  } catch {
    return {
      ok: false,
      error:
        'the file is neither UTF-8 nor Shift_JIS text (is it a picture, a PDF or a Word file?)',
    };
  }
}

function checked(text: string, encoding: string): TextResult {
  // Binary data decodes "successfully" into control characters: refuse it.
  let control = 0;
  const n = Math.min(text.length, 100_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  if (n > 0 && control / n > 0.01) {
    return { ok: false, error: 'the file holds binary data, not text' };
  }
  return { ok: true, text, encoding };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  yen: '¥',
  euro: '€',
  pound: '£',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK =
  /^(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|pre|title|dd|dt|figcaption)$/i;

/** Whether a text looks like an HTML document rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
    (text.match(/<\/?(?:p|div|br|span|a|li)\b[^>]*>/gi)?.length ?? 0) >= 3
  );
}

/**
 * The text of an HTML document: scripts, styles, templates and comments dropped, block elements
 * on their own lines, entities decoded. Runs in time linear in the input.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string') return '';
  let s = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  s = s.replace(
    /<(script|style|template|noscript|iframe|object|svg|math)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi,
    ' ',
  );
  s = s.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_, tag: string) =>
    BLOCK.test(tag) ? '\n' : '',
  );
  s = s.replace(/<[^>]*>/g, '');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

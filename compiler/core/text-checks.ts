/**
 * Checks on a file's text before anything reads it: size, control characters, emptiness, how
 * deeply it nests, and (for bytes) whether it is UTF-8. Each returns a problem with a Fix, or
 * `undefined`. Pure and browser-safe.
 */

/** Largest document text accepted by default, in UTF-8 bytes. */
export const MAX_DOCUMENT_BYTES = 1_000_000;
/** Deepest `[`/`{` nesting accepted in a YAML file (the data needs 3). */
export const MAX_YAML_NESTING = 64;

export interface TextProblem {
  message: string;
  fix: string;
  line?: number;
  column?: number;
}

/** 1-based line and column (in characters) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: [...text.slice(start, offset)].length + 1 };
}

/** `U+0000 (NUL)` for a control character, `「x」 (U+….)` for others. */
export function charName(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<number, string> = {
    0: 'NUL',
    9: 'a tab',
    0x7f: 'DEL',
    0x3000: 'a full-width space',
    0xff1a: 'a full-width colon',
    0xfeff: 'a byte-order mark',
  };
  const name = names[code];
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
    return `${hex}${name ? ` (${name})` : ' (a control character)'}`;
  return `「${ch}」 (${hex}${name ? `, ${name}` : ''})`;
}

/** A size over `maxBytes` (UTF-8). */
export function sizeProblem(text: string, maxBytes: number): TextProblem | undefined {
  // UTF-8 length without allocating: 1–4 bytes per code point.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > maxBytes) break;
  }
  if (bytes <= maxBytes) return undefined;
  return {
    message: `the document is larger than ${maxBytes.toLocaleString('en')} bytes: every document is sent to every visitor with the app`,
    fix: `keep the passages the atlas quotes (an article, not a book), or raise the limit with ATLAS_MAX_DOCUMENT_BYTES (or the maxDocumentBytes option)`,
  };
}

// C0 controls other than tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The first control character (NUL, escape, …) in a text. */
export function controlProblem(text: string): TextProblem | undefined {
  const m = CONTROL_RE.exec(text);
  if (!m) return undefined;
  const { line, column } = lineColumn(text, m.index);
  return {
    line,
    column,
    message: `contains ${charName(m[0])} at line ${line}, column ${column}: text files hold no control characters`,
    fix: 'remove it (it often comes from copying out of a PDF or a word processor); save the file as plain UTF-8 text',
  };
}

/** An empty file (nothing, or only spaces and comments for YAML). */
export function emptyProblem(text: string, yaml: boolean): TextProblem | undefined {
  const content = yaml ? text.replace(/^\s*#.*$/gm, '') : text;
  if (content.trim() !== '') return undefined;
  return {
    message: 'the file is empty',
    fix: yaml
      ? 'write its entries (see data/README.md), or delete the file if it is not needed'
      : 'paste the verbatim text of the document into this file',
  };
}

/**
 * Flow collections (`[`, `{`) nested deeper than `max`, found by a scan that skips quoted text and
 * comments. Checked before parsing: a parser recursing 20,000 levels deep would overflow its stack.
 */
export function nestingProblem(text: string, max = MAX_YAML_NESTING): TextProblem | undefined {
  let depth = 0;
  let quote = '';
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (comment) {
      if (ch === '\n') comment = false;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    if (ch === '"' || (ch === "'" && /[\s[{,:]/.test(text[i - 1] ?? ' '))) quote = ch;
    else if (ch === '#' && /\s/.test(text[i - 1] ?? '\n')) comment = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth > max) {
        const { line, column } = lineColumn(text, i);
        return {
          line,
          column,
          message: `brackets nested more than ${max} levels deep (line ${line}, column ${column})`,
          fix: 'close each `[` with `]` and each `{` with `}`; the atlas data never nests more than a few levels',
        };
      }
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * Decode bytes as strict UTF-8. On failure, the byte offset of the first invalid sequence (and its
 * line), so the editor can go there.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: TextProblem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, offset).filter((b) => b === 10).length;
    const hex = [...bytes.subarray(offset, offset + 4)]
      .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
      .join(' ');
    return {
      problem: {
        line,
        message: `the file is not valid UTF-8: byte offset ${offset} (line ${line}) starts an invalid sequence (${hex})`,
        fix: 'save the file as UTF-8 text (in the editor: "Save with encoding → UTF-8"); Shift_JIS and UTF-16 are not read',
      },
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [n, min] =
      b >= 0xc2 && b <= 0xdf
        ? [1, 0x80]
        : b >= 0xe0 && b <= 0xef
          ? [2, 0x800]
          : b >= 0xf0 && b <= 0xf4
            ? [3, 0x10000]
            : [0, 0];
    if (n === 0) return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return bytes.length;
}

/**
 * Parsing one YAML file (pure: text in, value out), keeping the node ranges so that every problem
 * can name its line.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { AtlasIssue, FieldPath } from './issues.ts';
import { charName, controlProblem, nestingProblem } from './text-checks.ts';

export interface YamlSource {
  /** File as shown in messages. */
  file: string;
  /** The plain JS value (`undefined` when the file could not be parsed). */
  value: unknown;
  /** 1-based line of the node at `path`, or of its nearest existing parent. */
  locate(path: FieldPath): number | undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

type Parsed = { source: YamlSource; issues: AtlasIssue[] };

/** Recent parses, by file and text: an unchanged file is not parsed again (dev reloads, tests). */
const cache = new Map<string, Parsed>();
const CACHE_SIZE = 32;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Parse one YAML file. Syntax errors come back as issues with their line; never throws. The
 * value is deep-frozen (it may be shared between compiles): readers must not modify it.
 */
export function parseYaml(file: string, text: string): Parsed {
  const key = `${file}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return { source: hit.source, issues: hit.issues.map((i) => ({ ...i })) };
  }
  const parsed = parseYamlUncached(file, text);
  deepFreeze(parsed.source.value);
  cache.set(key, parsed);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return { source: parsed.source, issues: parsed.issues.map((i) => ({ ...i })) };
}

function parseYamlUncached(file: string, text: string): Parsed {
  const issues: AtlasIssue[] = [];
  const lineCounter = new LineCounter();
  let doc: Document.Parsed | undefined;
  const before = controlProblem(text) ?? nestingProblem(text);
  if (before) {
    const issue: AtlasIssue = { file, path: '', message: before.message, fix: before.fix };
    if (before.line !== undefined) issue.line = before.line;
    return { source: { file, value: undefined, locate: () => undefined }, issues: [issue] };
  }
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    issues.push({
      file,
      path: '',
      message: `cannot parse YAML: ${e instanceof Error ? e.message : String(e)}`,
      fix: 'check the brackets and quotes of the file; undo the last edit if it is not clear where the problem is',
    });
  }
  const locate = (path: FieldPath): number | undefined => {
    if (!doc) return undefined;
    for (let n = path.length; n >= 0; n--) {
      try {
        const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      } catch {
        // a path through a scalar: try the parent
      }
    }
    return undefined;
  };
  let value: unknown = undefined;
  if (doc) {
    // Only the first syntax error: the ones after it are mostly its echoes.
    const err = doc.errors[0];
    if (err) {
      const pos = lineCounter.linePos(err.pos[0]);
      const hint = culprit(text, pos.line, err.code);
      const line = hint?.line ?? pos.line;
      const col = hint?.col ?? pos.col;
      const lineText = text.split('\n')[line - 1] ?? '';
      const ch = [...lineText][col - 1];
      const at = ch === undefined ? 'at the end of the line' : `at ${charName(ch)}`;
      issues.push({
        file,
        line,
        path: '',
        message: `YAML syntax error at line ${line}, column ${col}, ${at}: ${hint?.what ?? firstLine(err.message)}`,
        detail: [
          `${line} | ${lineText.replace(/\t/g, '→')}`,
          `${' '.repeat(String(line).length)} | ${' '.repeat(Math.max(0, col - 1))}^`,
        ],
        fix: hint?.fix ?? yamlFix(err.code),
      });
    }
    const indent = doc.errors.length === 0 ? /^( *)\u3000.*:/m.exec(text) : null;
    if (indent) {
      const line = text.slice(0, indent.index).split('\n').length;
      issues.push({
        file,
        line,
        path: '',
        message: `YAML syntax error at line ${line}, column ${(indent[1] ?? '').length + 1}: a full-width space 「\u3000」 in the indentation`,
        fix: 'indent with half-width spaces only',
      });
    } else if (doc.errors.length === 0) {
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch (e) {
        issues.push({
          file,
          path: '',
          message: `cannot read YAML: ${e instanceof Error ? e.message : String(e)}`,
          fix: 'write each entry once instead of through `&anchors` and `*aliases`',
        });
      }
    }
  }
  return { source: { file, value, locate }, issues };
}

function yamlFix(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a key appears twice in the same mapping: remove or rename one of them';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation (spaces, not tabs) and the `-` / `:` marks on this line and the one before';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'MULTIPLE_DOCS':
      return 'remove the `---` line: each file holds one YAML document';
    default:
      return 'check the quoting and indentation on this line (text with `: ` or `#` needs quotes)';
  }
}

/**
 * The usual cause of a syntax error, looked for on the error's line and the ones before it: a tab,
 * a full-width colon or space, a key without `: `, an apostrophe inside '…'.
 */
function culprit(
  text: string,
  errorLine: number,
  code: string,
): { line: number; col: number; what: string; fix: string } | undefined {
  const lines = text.split('\n');
  const from = Math.max(0, errorLine - 3);
  for (let i = errorLine - 1; i >= from; i--) {
    const l = lines[i] ?? '';
    const col = (at: number) => [...l.slice(0, at)].length + 1;
    const tab = /^[ ]*\t/.exec(l);
    if (tab || (i === errorLine - 1 && code === 'TAB_AS_INDENT' && l.includes('\t'))) {
      return {
        line: i + 1,
        col: col(l.indexOf('\t')),
        what: 'a tab in the indentation',
        fix: 'indent with spaces, not tabs (set the editor to insert spaces)',
      };
    }
    const fw = /^[ ]*(?:- )?[^\s:#'"][^:#'"]*?(：)/.exec(l);
    if (fw && !l.slice(0, fw.index + fw[0].length - 1).includes(': ')) {
      return {
        line: i + 1,
        col: col(fw.index + fw[0].length - 1),
        what: 'a full-width colon 「：」 after a key',
        fix: 'write the ASCII colon and a space `: ` (switch the input method to half-width)',
      };
    }
    const fws = l.indexOf('\u3000');
    if (fws !== -1 && /^[ ]*$/.test(l.slice(0, fws))) {
      return {
        line: i + 1,
        col: col(fws),
        what: 'a full-width space 「　」 in the indentation',
        fix: 'indent with half-width spaces only',
      };
    }
    const sq = /:\s+'(.*)$/.exec(l);
    if (
      sq &&
      /[^']'(?!')[^']*\S/.test(`x${sq[1] ?? ''}`.replace(/''/g, '')) &&
      (sq[1] ?? '').replace(/''/g, '').split("'").length > 2
    ) {
      const inner = (sq[1] ?? '').search(/[^']'[^']/);
      return {
        line: i + 1,
        col: col(sq.index + sq[0].length - (sq[1] ?? '').length + inner + 1),
        what: "an apostrophe inside a '…' quoted text ends the text early",
        fix: "write the apostrophe twice ('') inside '…', or put the text in double quotes \"…\"",
      };
    }
    if (i === errorLine - 1) {
      const key = /^([ ]*(?:- )?)([A-Za-z_][\w-]*)[ ]+\S/.exec(l);
      if (key && !l.includes(':')) {
        return {
          line: i + 1,
          col: col((key[1] ?? '').length + (key[2] ?? '').length),
          what: `\`${key[2] ?? ''}\` is not followed by \`: \``,
          fix: `write \`${key[2] ?? ''}: \` (a colon and a space) before the value`,
        };
      }
    }
  }
  return undefined;
}

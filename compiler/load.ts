/**
 * Reading the data folder. `readDataDir` and `readTextFile` touch the disk; `parseYaml` is pure
 * and keeps the YAML node ranges so that every problem can name its line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { AtlasIssue, FieldPath } from './errors.ts';

/** The data folder as text: path relative to the folder (`documents/x.txt`) → content. */
export type DataFiles = Map<string, string>;

/** Which files of the folder are read. Everything else (README.md, …) is left alone. */
export function isDataFile(rel: string): boolean {
  const parts = rel.split('/');
  if (parts.length === 1) return /\.ya?ml$/.test(rel);
  if (parts.length === 2 && parts[0] === 'documents') return /\.(txt|ya?ml)$/.test(parts[1] ?? '');
  return false;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Read a text file as strict UTF-8. `undefined` when it does not exist. */
export function readTextFile(path: string): { text?: string; error?: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? {} : { error: `cannot read the file (${code ?? String(e)})` };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: 'the file is not valid UTF-8: save it as UTF-8 text' };
  }
}

/** All data files of `dir` (top-level YAML, `documents/*.txt|yaml`). */
export function readDataDir(
  dir: string,
  label: string,
): { files: DataFiles; issues: AtlasIssue[] } {
  const files: DataFiles = new Map();
  const issues: AtlasIssue[] = [];
  let top: string[];
  try {
    top = readdirSync(dir);
  } catch {
    issues.push({
      file: label,
      path: '',
      message: `the data folder does not exist (${dir})`,
      fix: 'create it, or point ATLAS_DATA_DIR / the `dir` option at the folder that holds relations.yaml',
    });
    return { files, issues };
  }
  const rels: string[] = [];
  for (const name of top.sort()) {
    if (name === 'documents') {
      let inner: string[] = [];
      try {
        if (statSync(join(dir, name)).isDirectory()) inner = readdirSync(join(dir, name)).sort();
      } catch {
        inner = [];
      }
      for (const f of inner) rels.push(`documents/${f}`);
    } else {
      rels.push(name);
    }
  }
  for (const rel of rels) {
    if (!isDataFile(rel)) continue;
    const { text, error } = readTextFile(join(dir, rel));
    if (error) issues.push({ file: `${label}/${rel}`, path: '', message: error });
    else if (text !== undefined) files.set(rel, text);
  }
  return { files, issues };
}

/* ------------------------------------------------------------------------------------------ */

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
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  } catch (e) {
    issues.push({ file, path: '', message: `cannot parse YAML: ${String(e)}` });
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
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
      const context = err.message
        .split('\n')
        .slice(1)
        .filter((l) => l.trim() !== '');
      issues.push({
        file,
        line,
        path: '',
        message: `YAML syntax error: ${firstLine(err.message)}`,
        detail: context,
        fix: yamlFix(err.code),
      });
    }
    if (doc.errors.length === 0) {
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch (e) {
        issues.push({
          file,
          path: '',
          message: `cannot read YAML: ${e instanceof Error ? e.message : String(e)}`,
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

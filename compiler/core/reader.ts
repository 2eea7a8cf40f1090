/**
 * Typed field readers for one YAML file: they report a problem (file, line, path, fix)
 * instead of throwing.
 */
import type { LangText } from '../../src/data/types.ts';
import { type AtlasIssue, didYouMean, displayPath, type FieldPath } from './issues.ts';
import type { YamlSource } from './yaml.ts';

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** How a value reads in a message: "a list", "the number 42", "text 「abc」". */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing (an empty value)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping (key: value lines)';
  if (typeof v === 'string') return `text 「${clip(v, 40)}」`;
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v === 'boolean') return `${v}`;
  return typeof v;
}

export function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
}

export interface StringOpts {
  required?: boolean;
  /** A regular expression the text must match, and how to say it. */
  pattern?: RegExp;
  patternHelp?: string;
  /** How to fix a missing or wrong value. */
  help?: string;
}

/** Reads fields of one YAML file and records problems with their file, line and path. */
export class FileReader {
  readonly src: YamlSource;
  readonly issues: AtlasIssue[];

  constructor(src: YamlSource, issues: AtlasIssue[]) {
    this.src = src;
    this.issues = issues;
  }

  get file(): string {
    return this.src.file;
  }

  lineOf(path: FieldPath): number | undefined {
    try {
      return this.src.locate(path);
    } catch {
      return undefined;
    }
  }

  where(path: FieldPath): string {
    const line = this.lineOf(path);
    return line ? `${this.file}:${line}` : this.file;
  }

  error(path: FieldPath, message: string, fix?: string, detail?: string[]): void {
    const issue: AtlasIssue = { file: this.file, path: displayPath(path), message };
    const line = this.lineOf(path);
    if (line !== undefined) issue.line = line;
    issue.fix = fix ?? defaultFix(path);
    if (detail && detail.length) issue.detail = detail;
    this.issues.push(issue);
  }

  /** A mapping, or an error saying what was found instead. */
  object(v: unknown, path: FieldPath, what: string, help?: string): Obj | undefined {
    if (isObj(v)) return v;
    this.error(
      path,
      `expected ${what} (a mapping of \`key: value\` lines), found ${describe(v)}`,
      help,
    );
    return undefined;
  }

  /** Reports keys that are not in `allowed`, with a "did you mean" for typos. */
  keys(obj: Obj, path: FieldPath, allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k)) {
        this.error(
          [...path, k],
          `unknown field \`${k}\`${didYouMean(k, allowed)}`,
          `allowed fields here: ${allowed.join(', ')}`,
        );
      }
    }
  }

  missing(obj: Obj, key: string, path: FieldPath, help?: string): void {
    this.error([...path, key], `missing required field \`${key}\``, help ?? `add \`${key}: …\``);
  }

  string(obj: Obj, key: string, path: FieldPath, opts: StringOpts = {}): string | undefined {
    const v = obj[key];
    const p = [...path, key];
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, opts.help);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.error(p, `expected text, found ${describe(v)}`, opts.help);
      return undefined;
    }
    if (v.trim() === '') {
      this.error(p, 'is empty', opts.help);
      return undefined;
    }
    if (opts.pattern && !opts.pattern.test(v)) {
      this.error(p, `「${clip(v, 60)}」 ${opts.patternHelp ?? 'has the wrong form'}`, opts.help);
      return undefined;
    }
    return v;
  }

  number(
    obj: Obj,
    key: string,
    path: FieldPath,
    opts: { required?: boolean; integer?: boolean; min?: number; max?: number; help?: string } = {},
  ): number | undefined {
    const v = obj[key];
    const p = [...path, key];
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, opts.help);
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const hint =
        typeof v === 'string' && /\d/.test(v)
          ? ' (write a plain number: no quotes, commas or units)'
          : '';
      this.error(p, `expected a number, found ${describe(v)}${hint}`, opts.help);
      return undefined;
    }
    if (opts.integer && !Number.isInteger(v)) {
      this.error(p, `expected a whole number, found ${v}`, opts.help);
      return undefined;
    }
    if (opts.min !== undefined && v < opts.min) {
      this.error(p, `must be at least ${opts.min}, found ${v}`, opts.help);
      return undefined;
    }
    if (opts.max !== undefined && v > opts.max) {
      this.error(p, `must be at most ${opts.max}, found ${v}`, opts.help);
      return undefined;
    }
    return v;
  }

  list(
    obj: Obj,
    key: string,
    path: FieldPath,
    opts: { required?: boolean; nonEmpty?: boolean; help?: string } = {},
  ): unknown[] | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, opts.help);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.error(
        [...path, key],
        `expected a list (lines starting with \`- \`), found ${describe(v)}`,
        opts.help,
      );
      return undefined;
    }
    if (opts.nonEmpty && v.length === 0) {
      this.error([...path, key], 'the list is empty', opts.help);
      return undefined;
    }
    return v;
  }

  langText(
    obj: Obj,
    key: string,
    path: FieldPath,
    opts: { required?: boolean } = {},
  ): LangText | undefined {
    const v = obj[key];
    const help = `write it in both languages:\n      ${key}:\n        ja: …\n        en: …`;
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, help);
      return undefined;
    }
    const o = this.object(v, [...path, key], 'a text in both languages', help);
    if (!o) return undefined;
    this.keys(o, [...path, key], ['ja', 'en']);
    const ja = this.string(o, 'ja', [...path, key], { required: true, help });
    const en = this.string(o, 'en', [...path, key], { required: true, help });
    return ja !== undefined && en !== undefined ? { ja, en } : undefined;
  }

  oneOf<T extends string>(
    obj: Obj,
    key: string,
    path: FieldPath,
    values: readonly T[],
    opts: { required?: boolean } = {},
  ): T | undefined {
    const v = obj[key];
    const help = `use one of: ${values.join(', ')}`;
    if (v === undefined || v === null) {
      if (opts.required) this.missing(obj, key, path, help);
      return undefined;
    }
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      const hint = typeof v === 'string' ? didYouMean(v, values) : '';
      this.error([...path, key], `${describe(v)} is not allowed here${hint}`, help);
      return undefined;
    }
    return v as T;
  }

  /** A list of distinct values from `values`. */
  oneOfList<T extends string>(
    obj: Obj,
    key: string,
    path: FieldPath,
    values: readonly T[],
    opts: { required?: boolean; nonEmpty?: boolean } = {},
  ): T[] | undefined {
    const list = this.list(obj, key, path, { ...opts, help: `a list of: ${values.join(', ')}` });
    if (!list) return undefined;
    const out: T[] = [];
    list.forEach((v, i) => {
      if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
        const hint = typeof v === 'string' ? didYouMean(v, values) : '';
        this.error(
          [...path, key, i],
          `${describe(v)} is not allowed here${hint}`,
          `use one of: ${values.join(', ')}`,
        );
      } else if (out.includes(v as T)) {
        this.error([...path, key, i], `「${v}」 is listed twice`, 'remove the repeated entry');
      } else {
        out.push(v as T);
      }
    });
    return out;
  }
}

/** The Fix of a problem whose reader gave none: where the form of the field is described. */
function defaultFix(path: FieldPath): string {
  const key = [...path].reverse().find((p): p is string => typeof p === 'string');
  return key
    ? `see data/README.md for what \`${key}\` holds, and the entries around this line for examples`
    : 'see data/README.md for the form of this file';
}

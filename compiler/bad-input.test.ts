/**
 * Odd or hostile input (issue 15): each case gives one clear error naming the file, with a Fix,
 * and no echoes from other files.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue, type AtlasIssue } from './core/issues.ts';
import type { DataFiles } from './core/files.ts';
import { buildAtlas } from './index.ts';
import { compile, DATA_DIR, edited, FIXTURE_META_PATH, realFiles, replace } from './testing.ts';

const files = realFiles();

function only(f: DataFiles, options: { maxDocumentBytes?: number } = {}): string {
  const result = compile(f, undefined, options);
  expect(result.data).toBeUndefined();
  const text = result.errors.map(formatIssue);
  expect(text, text.join('\n\n')).toHaveLength(1);
  const issue = result.errors[0] as AtlasIssue;
  expect(issue.fix, text[0]).toBeTruthy();
  expect(issue.internal).toBeUndefined();
  return text[0] ?? '';
}

const doc = 'documents/kaz-kor-relations.txt';
const meta = 'documents/kaz-kor-relations.yaml';

describe('documents', () => {
  it('a document over 1 MB is an error with a Fix', () => {
    const big = edited(files, doc, (t) => t + 'あ'.repeat(350_000));
    const text = only(big);
    expect(text).toContain(`data/${doc}: the document is larger than 1,000,000 bytes`);
    expect(text).toContain('ATLAS_MAX_DOCUMENT_BYTES');
  });

  it('the limit is configurable', () => {
    const small = compile(files, undefined, { maxDocumentBytes: 1000 }).errors;
    expect(small.length).toBeGreaterThan(0);
    for (const e of small) expect(e.message).toContain('larger than 1,000 bytes');
    expect(compile(files, undefined, { maxDocumentBytes: 10_000_000 }).errors).toEqual([]);
  });

  it.each([
    ['NUL', '\u0000', 'U+0000 (NUL)'],
    ['escape', '\u001b', 'U+001B (a control character)'],
    ['C1 control', '\u0085', 'U+0085 (a control character)'],
  ])('a %s character in a document is an error with its line', (_, ch, shown) => {
    const text = only(edited(files, doc, (t) => t.replace('\n', `${ch}\n`)));
    expect(text).toContain(`data/${doc}:1: contains ${shown} at line 1`);
    expect(text).toContain('Fix: remove it');
  });

  it.each([
    ['https://x\u0000javascript:alert(1)', 'U+0000'],
    ['https://x/"><svg/onload=alert(1)>', '「"」'],
    ['javascript:alert(1)', 'only http:// and https:// are allowed, not javascript:'],
    ['https://x/a b', 'U+0020'],
    ['not a url', 'U+0020'],
    ['https//example.org', 'is not a web address'],
  ])('source.url %j is refused', (url, shown) => {
    const f = edited(files, meta, (t) =>
      t.includes('  url:')
        ? t.replace(/ {2}url: .*/, `  url: ${JSON.stringify(url)}`)
        : t.replace('source:\n', `source:\n  url: ${JSON.stringify(url)}\n`),
    );
    const text = only(f);
    expect(text).toContain('source.url');
    expect(text).toContain(shown);
  });
});

describe('YAML files', () => {
  it('an empty relations.yaml is one error that names it', () => {
    const text = only(new Map(files).set('relations.yaml', ''));
    expect(text).toBe(
      'data/relations.yaml: the file is empty\n    Fix: write its entries (see data/README.md), or delete the file if it is not needed',
    );
  });

  it('a missing relations.yaml is one error that names it', () => {
    const f = new Map(files);
    f.delete('relations.yaml');
    expect(only(f)).toContain('data/relations.yaml: not found');
  });

  it.each([
    ['a tab', '    stated: 59億ドル\n', '\tstated: 59億ドル\n', 'a tab in the indentation'],
    ['a full-width colon', '    stated: 59億ドル\n', '    stated： 59億ドル\n', 'full-width colon'],
    [
      'a missing `: `',
      '    measure: total-trade\n',
      '    measure total-trade\n',
      '`measure` is not followed by `: `',
    ],
    [
      'an unclosed bracket',
      '    stated: 59億ドル\n',
      '    stated: [59億ドル\n',
      'YAML syntax error',
    ],
  ])('%s gives one error with its line, column and character', (_, from, to, what) => {
    const text = only(edited(files, 'relations.yaml', replace(from, to)));
    expect(text).toMatch(/^data\/relations\.yaml:\d+: YAML syntax error at line \d+, column \d+/);
    expect(text).toContain(what);
  });

  it("an apostrophe inside '…' is named", () => {
    const text = only(
      edited(files, 'tour.yaml', (t) => t.replace(/\n( +)en: .*/, "\n$1en: 'Korea's trade'")),
    );
    expect(text).toContain("an apostrophe inside a '…' quoted text");
    expect(text).toContain("Fix: write the apostrophe twice ('')");
  });

  it('a full-width space in the indentation is named', () => {
    const text = only(
      edited(files, 'relations.yaml', replace('    stated: 59億ドル', '　  stated: 59億ドル')),
    );
    expect(text).toContain('a full-width space 「　」 in the indentation');
  });

  it('20,000 nested brackets give a clear message, not a stack overflow', () => {
    const text = only(new Map(files).set('tour.yaml', `steps: ${'['.repeat(20_000)}`));
    expect(text).toContain('data/tour.yaml:1: brackets nested more than 64 levels deep');
  });

  it('a control character in a YAML file is named', () => {
    const text = only(edited(files, 'regions.yaml', (t) => `${t}\u0007\n`));
    expect(text).toContain('U+0007');
  });
});

describe('files on disk', () => {
  const dirs: string[] = [];
  const copy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
    dirs.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    return dir;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const errorsOf = (dir: string): string[] => {
    const r = buildAtlas({ dir, meta: FIXTURE_META_PATH });
    expect(r.data).toBeUndefined();
    for (const e of r.errors) expect(e.fix, formatIssue(e)).toBeTruthy();
    return r.errors.map(formatIssue);
  };

  it('invalid UTF-8 gives its byte offset, and nothing else', () => {
    const dir = copy();
    const bytes = Buffer.concat([Buffer.from('quotes:\n  - id: x\n'), Buffer.from([0x82, 0xa0])]);
    writeFileSync(join(dir, 'relations.yaml'), bytes);
    const errors = errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      'relations.yaml:3: the file is not valid UTF-8: byte offset 18 (line 3)',
    );
    expect(errors[0]).toContain('(82 A0)');
  });

  it('a symbolic link loop is named', () => {
    const dir = copy();
    symlinkSync('loop-b.yaml', join(dir, 'relations-loop-a.yaml'));
    symlinkSync('relations-loop-a.yaml', join(dir, 'loop-b.yaml'));
    const errors = errorsOf(dir);
    expect(errors.join('\n')).toContain('relations-loop-a.yaml: a symbolic link loop');
  });
});

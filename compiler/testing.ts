/**
 * Helpers for the atlas tests: the real data folder as text, the fixture geometry meta, and a
 * compile of (possibly edited) files. Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileAtlas, type CompileResult } from './core/index.ts';
import type { DataFiles } from './core/files.ts';
import { formatIssue, type AtlasIssue } from './core/issues.ts';
import { readDataDir } from './load.ts';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
/** An extract of `geo/out/countries-meta.json` (so the tests run before `npm run geo`). */
export const FIXTURE_META_PATH = fileURLToPath(
  new URL('./fixtures/countries-meta.json', import.meta.url),
);
export const FIXTURE_META = readFileSync(FIXTURE_META_PATH, 'utf8');

/** The real data folder, as `compileAtlas` reads it. */
export function realFiles(): DataFiles {
  const { files, issues } = readDataDir(DATA_DIR, 'data');
  if (issues.length) throw new Error(issues.map(formatIssue).join('\n'));
  return files;
}

/** Compile files (with the fixture meta unless another one is given). */
export function compile(
  files: DataFiles,
  meta: { text?: string } = { text: FIXTURE_META },
  options: { maxDocumentBytes?: number } = {},
): CompileResult {
  return compileAtlas(files, {
    ...options,
    dirLabel: 'data',
    meta: { file: 'geo/out/countries-meta.json', ...meta },
  });
}

/** A copy of `files` with one file's text changed by `edit` (which must change it). */
export function edited(files: DataFiles, rel: string, edit: (text: string) => string): DataFiles {
  const before = files.get(rel);
  if (before === undefined) throw new Error(`no file ${rel}`);
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${rel} changed nothing`);
  return new Map(files).set(rel, after);
}

/** Replace the first occurrence of `from` (which must exist). */
export function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from)) throw new Error(`「${from}」 not found`);
    return text.replace(from, () => to);
  };
}

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`「${needle}」 not found`);
  return text.slice(0, at).split('\n').length;
}

export function formatted(issues: AtlasIssue[]): string[] {
  return issues.map(formatIssue);
}

/** A small seeded PRNG (mulberry32), so that the fuzz test is reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

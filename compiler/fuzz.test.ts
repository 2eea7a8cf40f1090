/**
 * Fuzz: a few hundred random mutations of the real data, from a fixed seed. Whatever the edit,
 * the compiler must not throw and must not hit an internal error: each case either compiles
 * (and then the output is consistent) or returns clear, located errors.
 */
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { AtlasData } from '../src/data/types.ts';
import { formatIssue, type AtlasIssue } from './core/issues.ts';
import type { DataFiles } from './core/files.ts';
import { compile, prng, realFiles } from './testing.ts';

const CASES = 300;
const SEED = 20241127;

const base = realFiles();
const yamlFiles = [...base.keys()].filter((f) => f.endsWith('.yaml'));

const ODD_TEXT = [
  '',
  ' ',
  '\u202e',
  '\u200f',
  '\u0000',
  '💥',
  '🇰🇿',
  '<script>alert(1)</script>',
  '${x}',
  '{{x}}',
  '"',
  "'",
  ': ',
  '#',
  '- ',
  '\n',
  '\t',
  '\ud800',
  '59億ドル',
  '2023-02-30',
  'KAZ',
  'KAZ-KOR',
  '__proto__',
  'constructor',
  'null',
  '~',
  '&a',
  '*a',
  '!!binary',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function randomText(rand: () => number): string {
  let s = '';
  const n = Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    s += rand() < 0.5 ? pick(rand, ODD_TEXT) : String.fromCodePoint(Math.floor(rand() * 0x2ffff));
  }
  return s;
}

function randomValue(rand: () => number): unknown {
  switch (Math.floor(rand() * 9)) {
    case 0:
      return null;
    case 1:
      return rand() < 0.5;
    case 2:
      return Math.floor(rand() * 1e10) * (rand() < 0.2 ? -1 : 1);
    case 3:
      return rand() * 1e3;
    case 4:
      return [];
    case 5:
      return {};
    case 6:
      return [randomText(rand)];
    case 7:
      return { [randomText(rand) || 'x']: randomText(rand) };
    default:
      return randomText(rand);
  }
}

type Path = (string | number)[];

/** Every path to a node in a YAML document. */
function paths(doc: Document): Path[] {
  const out: Path[] = [];
  const walk = (node: unknown, path: Path): void => {
    out.push(path);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof key === 'string' || typeof key === 'number') walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
  return out.filter((p) => p.length > 0);
}

const baseDocs = new Map(yamlFiles.map((f) => [f, parseDocument(base.get(f) ?? '')]));

/** One structural mutation of a YAML document, in place. */
function mutateStructure(doc: Document, rand: () => number): void {
  const all = paths(doc);
  if (all.length === 0) {
    doc.contents = doc.createNode(randomValue(rand));
    return;
  }
  const path = pick(rand, all);
  const value = doc.getIn(path);
  switch (Math.floor(rand() * 7)) {
    case 0:
      doc.deleteIn(path);
      break;
    case 1:
      doc.setIn(path, randomValue(rand));
      break;
    case 2:
      if (typeof value === 'string' && value.length > 0) {
        doc.setIn(path, value.slice(0, Math.floor(rand() * value.length)));
      } else doc.setIn(path, randomValue(rand));
      break;
    case 3: {
      // swap two values (often two ids, or an id and a reference)
      const other = pick(rand, all);
      const a = doc.getIn(path);
      const b = doc.getIn(other);
      try {
        doc.setIn(path, b);
        doc.setIn(other, a);
      } catch {
        doc.setIn(path, randomValue(rand));
      }
      break;
    }
    case 4:
      if (typeof value === 'string') {
        const at = Math.floor(rand() * (value.length + 1));
        doc.setIn(path, value.slice(0, at) + randomText(rand) + value.slice(at));
      } else doc.setIn(path, randomText(rand));
      break;
    case 5: {
      // duplicate a list item (duplicate ids, duplicate links)
      const parent = path.slice(0, -1);
      const list = doc.getIn(parent, true);
      if (isSeq(list) && list.items.length > 0) list.items.push(pick(rand, list.items));
      else doc.setIn(path, randomValue(rand));
      break;
    }
    default:
      if (typeof value === 'number')
        doc.setIn(path, value + (rand() < 0.5 ? 1 : -1) * Math.floor(rand() * 1e9));
      else doc.setIn(path, randomValue(rand));
  }
}

/** One text mutation: cut, insert, delete or swap lines. Often breaks the YAML syntax. */
function mutateText(text: string, rand: () => number): string {
  const lines = text.split('\n');
  switch (Math.floor(rand() * 4)) {
    case 0:
      return text.slice(0, Math.floor(rand() * text.length));
    case 1: {
      const at = Math.floor(rand() * text.length);
      return text.slice(0, at) + randomText(rand) + text.slice(at);
    }
    case 2:
      lines.splice(Math.floor(rand() * lines.length), 1);
      return lines.join('\n');
    default: {
      const i = Math.floor(rand() * lines.length);
      const j = Math.floor(rand() * lines.length);
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return lines.join('\n');
    }
  }
}

function mutate(files: DataFiles, rand: () => number): { files: DataFiles; what: string } {
  const out = new Map(files);
  const r = rand();
  if (r < 0.05) {
    const docs = [...files.keys()].filter((f) => f.endsWith('.txt'));
    const rel = pick(rand, docs);
    out.set(rel, mutateText(files.get(rel) ?? '', rand));
    return { files: out, what: `text of ${rel}` };
  }
  if (r < 0.08) {
    const rel = pick(rand, [...files.keys()]);
    out.delete(rel);
    return { files: out, what: `deleted ${rel}` };
  }
  const rel = pick(rand, yamlFiles);
  const structural = rand() < 0.7;
  const times = 1 + Math.floor(rand() * 3);
  if (structural) {
    const doc = (baseDocs.get(rel) as Document).clone();
    for (let i = 0; i < times; i++) {
      try {
        mutateStructure(doc, rand);
      } catch {
        // an edit the YAML library refuses (e.g. setIn through a scalar): skip it
      }
    }
    out.set(rel, doc.toString());
  } else {
    let t = files.get(rel) ?? '';
    for (let i = 0; i < times; i++) t = mutateText(t, rand);
    out.set(rel, t);
  }
  return { files: out, what: `${structural ? 'structure' : 'text'} of ${rel} ×${times}` };
}

function checkConsistent(data: AtlasData): void {
  const docs = new Map(data.documents.map((d) => [d.id, d.text]));
  for (const q of data.quotes) expect(docs.get(q.doc)?.slice(q.start, q.end)).toBe(q.text);
  const quotes = new Set(data.quotes.map((q) => q.id));
  const links = new Set(data.links.map((l) => l.id));
  for (const f of data.figures) {
    expect(quotes.has(f.quote)).toBe(true);
    expect(links.has(f.link)).toBe(true);
    expect(Number.isFinite(f.value)).toBe(true);
  }
  for (const e of data.events) for (const q of e.quotes) expect(quotes.has(q)).toBe(true);
}

function checkClear(issue: AtlasIssue): void {
  const text = formatIssue(issue);
  expect(issue.internal, text).toBeUndefined();
  expect(issue.file.length, text).toBeGreaterThan(0);
  expect(issue.message.trim().length, text).toBeGreaterThan(0);
  expect(text).not.toContain('[object Object]');
  expect(text).not.toMatch(/\bundefined\b|\bNaN\b/);
  expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
  if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
  expect(issue.fix, text).toBeTruthy(); // every error says how to fix it
}

describe('fuzz', () => {
  it(`${CASES} random mutations never throw and always explain themselves`, () => {
    const rand = prng(SEED);
    let valid = 0;
    let invalid = 0;
    for (let i = 0; i < CASES; i++) {
      const { files, what } = mutate(base, rand);
      let result;
      try {
        result = compile(files);
      } catch (e) {
        throw new Error(`case ${i} (${what}) threw: ${String(e)}`, { cause: e });
      }
      if (result.data) {
        expect(result.errors, `case ${i} (${what})`).toEqual([]);
        checkConsistent(result.data);
        valid++;
      } else {
        expect(result.errors.length, `case ${i} (${what})`).toBeGreaterThan(0);
        for (const issue of result.errors) checkClear(issue);
        invalid++;
      }
    }
    // Most mutations break something; some (a changed summary, a swapped pair of figures) do not.
    expect(invalid).toBeGreaterThan(CASES / 2);
    expect(valid + invalid).toBe(CASES);
  }, 120_000);
});

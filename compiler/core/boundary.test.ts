/**
 * The core must run in a browser: its whole module graph imports nothing from Node (no `fs`, no
 * `path`), only itself, the dataset's types and schema, and the `yaml` package.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFigureQuote, compileAtlas } from './index.ts';

const ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Every module reachable from `entry`, and the bare specifiers (packages) it imports. */
function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'|import\('([^']+)'\)/gm,
    )) {
      const spec = m[1] ?? m[2] ?? '';
      if (spec.startsWith('.')) {
        const path = resolve(dirname(file), spec);
        todo.push(path.endsWith('.ts') ? path : `${path}.ts`);
      } else packages.add(spec);
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)).sort(), packages: [...packages].sort() };
}

describe('the compiler core', () => {
  const { files, packages } = graph(ENTRY);

  it('imports no Node builtin, only the yaml package', () => {
    expect(packages.filter((p) => NODE.has(p) || p.startsWith('node:'))).toEqual([]);
    expect(packages).toEqual(['yaml']);
  });

  it('stays inside compiler/core and the dataset types', () => {
    expect(files.length).toBeGreaterThan(10);
    for (const f of files)
      expect(f).toMatch(/^(compiler\/core\/[\w-]+\.ts|src\/data\/(types|schema)\.ts)$/);
  });

  it('uses no Node global (process, Buffer, require, __dirname)', () => {
    for (const f of files) {
      const code = readFileSync(resolve(ROOT, f), 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
      expect(code, f).not.toMatch(/\b(process|Buffer|require|__dirname|__filename)\b[.(]/);
    }
  });

  it('compiles texts given as a plain object', () => {
    const result = compileAtlas(
      { 'regions.yaml': 'initialRegion: all\n' },
      { meta: { text: '{}' } },
    );
    expect(result.data).toBeUndefined();
    expect(result.errors.map((e) => e.file)).toContain('data/relations.yaml');
  });

  it('checks a figure typed in a form against its quote', () => {
    const doc = '貿易額は2020年に59億ドルに達した。';
    expect(checkFigureQuote(doc, '2020年に59億ドルに達した', 5_900_000_000)).toBeNull();
    expect(checkFigureQuote(doc, '2020年に59億ドルに達した', 590_000_000)?.message).toContain(
      '「59億ドル」',
    );
    expect(checkFigureQuote(doc, '60億ドル', 6_000_000_000)?.message).toContain('does not occur');
    expect(checkFigureQuote(doc, '59億ドル', 5_900_000_000, 'JPY')?.message).toContain('JPY');
  });
});

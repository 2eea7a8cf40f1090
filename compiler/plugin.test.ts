/**
 * The Vite plugin: `virtual:atlas-data` (and the documents' texts apart, `virtual:atlas-texts`) in
 * a real `vite build` and dev server, a failing build on bad data, and a recompile when a data
 * file changes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, createServer, type Rollup } from 'vite';
import { buildAtlas } from './index.ts';
import { atlasData, atlasModule, splitTexts } from './plugin.ts';
import type { AtlasData } from '../src/data/types.ts';
import { DATA_DIR, FIXTURE_META_PATH } from './testing.ts';

const tmp = mkdtempSync(join(tmpdir(), 'atlas-plugin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function project(name: string): { root: string; data: string } {
  const root = join(tmp, name);
  const data = join(root, 'data');
  cpSync(DATA_DIR, data, { recursive: true });
  writeFileSync(
    join(root, 'main.js'),
    "import atlas from 'virtual:atlas-data';\nexport const links = atlas.links.map((l) => l.id);\n",
  );
  return { root, data };
}

async function viteBuild(root: string): Promise<string> {
  const out = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [atlasData({ meta: FIXTURE_META_PATH })],
    build: {
      write: false,
      lib: { entry: join(root, 'main.js'), formats: ['es'], fileName: 'main' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(out) ? out : [out];
  return outputs
    .flatMap((o) => o.output)
    .map((c) => ('code' in c ? c.code : ''))
    .join('\n');
}

describe('atlasData() in vite build', () => {
  it('provides the compiled data as the default export of virtual:atlas-data', async () => {
    const { root } = project('ok');
    const code = await viteBuild(root);
    expect(code).toContain('KAZ-KOR');
    expect(code).toContain('59億ドル');
  }, 60_000);

  it("keeps the documents' texts out of virtual:atlas-data, in virtual:atlas-texts", async () => {
    const { root } = project('texts');
    const entry = (name: string) =>
      `import m from 'virtual:atlas-${name}';\nexport const json = JSON.stringify(m);\n`;
    writeFileSync(join(root, 'main.js'), entry('data'));
    const data = await viteBuild(root);
    writeFileSync(join(root, 'main.js'), entry('texts'));
    const texts = await viteBuild(root);
    // A stretch of a document that only its full text has (no quote carries it).
    const atlas = buildAtlas({ root, meta: FIXTURE_META_PATH }).data;
    const stretch = (atlas?.documents[0]?.text ?? '')
      .split(/[\n"\\]/)
      .find((p) => p.length >= 30 && !atlas?.quotes.some((q) => q.text.includes(p.slice(0, 30))))
      ?.slice(0, 30);
    expect(stretch).toBeDefined();
    expect(texts).toContain(stretch);
    expect(data).not.toContain(stretch);
    expect(data).toContain('KAZ-KOR');
  }, 60_000);

  it('fails the build with every data error, and no stack trace', async () => {
    const { root, data } = project('bad');
    const rel = join(data, 'relations.yaml');
    writeFileSync(
      rel,
      readFileSync(rel, 'utf8')
        .replace('value: 5900000000', 'value: 1')
        .replace('  - iso3: JPN', '  - iso3: JPX'),
    );
    const error = await viteBuild(root).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toContain('2 errors in the atlas data');
    expect(error?.message).toMatch(
      /data\/relations\.yaml:\d+ figures\[0\]\.value: 1 does not match 「59億ドル」/,
    );
    expect(error?.message).toContain('unknown country code JPX');
    expect(`${error?.message}\n${error?.stack}`).not.toMatch(/compiler\/[\w/]+\.ts:\d+:\d+/);
    expect(error?.stack ?? '').not.toMatch(/^\s+at /m);
  }, 60_000);

  it('fails with "run npm run geo first" when the geometry meta is missing', async () => {
    const { root } = project('nometa');
    const error = await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [atlasData({ meta: 'geo/out/countries-meta.json' })],
      build: {
        write: false,
        lib: { entry: join(root, 'main.js'), formats: ['es'], fileName: 'main' },
      },
    }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('geo/out/countries-meta.json: not found');
    expect(error?.message).toContain('run npm run geo first');
  }, 60_000);
});

describe('atlasData() in the dev server', () => {
  it('serves the module, reports errors when loaded, and recompiles on change', async () => {
    const { root, data } = project('dev');
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [atlasData({ meta: FIXTURE_META_PATH })],
      server: { middlewareMode: true, watch: null },
    });
    try {
      const env = server.environments.client;
      const first = await env.transformRequest('virtual:atlas-data');
      expect(first?.code).toContain('KAZ-KOR');

      const rel = join(data, 'relations.yaml');
      const good = readFileSync(rel, 'utf8');
      writeFileSync(rel, good.replace('value: 5900000000', 'value: 1'));
      server.watcher.emit('change', rel);
      const failed = await env.transformRequest('virtual:atlas-data').then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(failed?.message).toMatch(/relations\.yaml:\d+ figures\[0\]\.value: 1 does not match/);

      writeFileSync(rel, good.replace('stated: 59億ドル', 'stated: 59億ドル # checked'));
      server.watcher.emit('change', rel);
      const fixed = await env.transformRequest('virtual:atlas-data');
      expect(fixed?.code).toContain('KAZ-KOR');
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('atlasModule', () => {
  it('is a module whose default export is the data, hostile text included', async () => {
    const data = { text: '</script><script>alert(1)</script>\u2028\u2029\u202e🇰🇿' };
    const code = atlasModule(data);
    const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      default: unknown;
    };
    expect(mod.default).toEqual(data);
  });
});

describe('splitTexts', () => {
  it("takes each document's text out, into a map by id; nothing else changes", () => {
    const doc = (id: string, text?: string) => ({
      id,
      file: `documents/${id}.txt`,
      title: { ja: id, en: id },
      lang: 'ja',
      source: { credit: { ja: 'c', en: 'c' } },
      summary: { ja: '', en: '' },
      ...(text === undefined ? {} : { text }),
    });
    const data: AtlasData = {
      documents: [doc('a', 'Text A'), doc('b'), doc('c', '')],
      quotes: [{ id: 'q', doc: 'a', text: 'Text', start: 0, end: 4 }],
      countries: [],
      links: [],
      figures: [],
      events: [],
      regions: [],
      initialRegion: '',
      tour: [],
    };
    const before = JSON.stringify(data);
    const split = splitTexts(data);
    expect(split.texts).toEqual({ a: 'Text A', c: '' });
    expect(split.data.documents).toEqual([doc('a'), doc('b'), doc('c')]);
    expect({ ...split.data, documents: [] }).toEqual({ ...data, documents: [] });
    expect(JSON.stringify(data)).toBe(before);
  });
});

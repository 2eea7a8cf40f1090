// The proof that matters (issue 11): the zip a teacher downloads, unzipped into a copy of data/,
// compiles with the Node compiler (what `npm run data` and `npm run build` run) with 0 problems,
// and gives the same links, figures and events as the browser's check merged into the atlas.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../compiler/index.ts';
import { mergeAtlas } from '../data/merge.ts';
import { compileTeacherArticles } from './check.ts';
import { acceptedArticle, fixtureText, realAtlas, realMeta } from './teacher-testing.test-data.ts';
import { articlesToZip, zipToArticles } from './zip.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('a zip of teacher articles, unzipped into data/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles with 0 problems, adds the new pair and merges into the pair data/ has', () => {
    const atlas = realAtlas();
    const articles = [
      // A real article (fixtures/articles.yaml): India–Russia, a pair data/ does not have, and
      // Russia–Ukraine, which it has.
      acceptedArticle('thequint-ind-rus', fixtureText('thequint-ind-rus'), { lang: 'en' }),
      // A short invented one about China–Kazakhstan (data/ has the pair, with no figure).
      acceptedArticle('invented-chn-kaz', fixtureText('invented-chn-kaz')),
    ];
    const bytes = articlesToZip(articles);

    const data = join(dir, 'data');
    cpSync(join(root, 'data'), data, { recursive: true });
    for (const [name, content] of Object.entries(unzipSync(bytes))) {
      mkdirSync(dirname(join(data, name)), { recursive: true });
      writeFileSync(join(data, name), content);
    }
    const built = buildAtlas({ root, dir: data });
    expect(built.errors).toEqual([]);
    expect(built.warnings).toEqual([]);
    const out = built.data;
    if (!out) throw new Error('no data');

    // The new pair, and each pair once.
    const ids = out.links.map((l) => l.id);
    expect(ids).toContain('IND-RUS');
    expect(new Set(ids).size).toBe(ids.length);
    expect(out.links.length).toBe(atlas.links.length + 1); // IND-RUS (RUS-UKR joins data/'s)
    // China–Kazakhstan: data/'s declaration, joined by the article's kinds, quotes and figures.
    const chnKaz = out.links.find((l) => l.id === 'CHN-KAZ');
    expect(chnKaz?.kinds).toEqual([
      ...(atlas.links.find((l) => l.id === 'CHN-KAZ')?.kinds ?? []),
      'investment',
    ]);
    expect(chnKaz?.quotes.length).toBeGreaterThan(1);
    expect(out.figures.filter((f) => f.link === 'CHN-KAZ').map((f) => [f.stated, f.value])).toEqual(
      [
        ['520億ドル', 52e9],
        ['約30億ドル', 3e9],
      ],
    );
    expect(out.figures.filter((f) => f.link === 'IND-RUS')).toHaveLength(5);

    // The browser's path gives the same atlas content.
    const checked = compileTeacherArticles(articles, { atlas, meta: realMeta() });
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    const merged = mergeAtlas(atlas, checked.extra);
    const key = <T extends { id: string }>(xs: T[]) => xs.map((x) => x.id).sort();
    expect(key(merged.links)).toEqual(key(out.links));
    expect(key(merged.documents)).toEqual(key(out.documents));
    expect(key(merged.figures)).toEqual(key(out.figures));
    expect(key(merged.events)).toEqual(key(out.events));
    expect(key(merged.quotes)).toEqual(key(out.quotes));
    const values = (xs: { id: string; value: number }[]) =>
      Object.fromEntries(xs.map((f) => [f.id, f.value]));
    expect(values(merged.figures)).toEqual(values(out.figures));
    // The kinds too, those an article adds to a pair of data/ included: the compiler joins a
    // repeated declaration's kinds, so the map built from data/ shows what the browser showed
    // (there they are marked as the teacher's, `teacherKinds`; in data/ they are data).
    const kinds = (xs: { id: string; kinds: string[] }[]) =>
      Object.fromEntries(xs.map((l) => [l.id, l.kinds]));
    expect(kinds(out.links)).toEqual(kinds(merged.links));
    expect(merged.links.find((l) => l.id === 'CHN-KAZ')?.teacherKinds).toEqual(['investment']);
    expect(merged.links.find((l) => l.id === 'CHN-KAZ')?.origin).toBe('teacher-joined');
    expect(merged.links.find((l) => l.id === 'IND-RUS')?.origin).toBe('teacher');

    // And the same zip opens in the app on another computer.
    expect(zipToArticles(bytes)).toEqual({ ok: true, articles });
  });
});

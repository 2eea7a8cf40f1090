import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { compileTeacherArticles, teacherAtlas, type TeacherBase } from './check.ts';
import { mergeAtlas } from '../data/merge.ts';
import { decide, figureKey, type TeacherArticle } from './model.ts';
import { acceptedArticle, fixtureText, realAtlas, realMeta } from './teacher-testing.test-data.ts';

let made: TeacherArticle[] | undefined;
/** Two real-format articles: a new pair (India–Russia) and a pair data/ has (China–Kazakhstan). */
const articles = (): TeacherArticle[] =>
  (made ??= [
    acceptedArticle('thequint-ind-rus', fixtureText('thequint-ind-rus'), { lang: 'en' }),
    acceptedArticle('invented-chn-kaz', fixtureText('invented-chn-kaz')),
  ]);
const base = (): TeacherBase => ({ atlas: realAtlas(), meta: realMeta() });

describe('compileTeacherArticles', () => {
  it('compiles the articles against the atlas with no problem', () => {
    const r = compileTeacherArticles(articles(), base());
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.file} ${i.message}`).join('\n'));
    expect(r.warnings).toEqual([]);
    const { extra } = r;
    expect(extra.documents.map((d) => d.id).sort()).toEqual([
      'invented-chn-kaz',
      'thequint-ind-rus',
    ]);
    expect(extra.links.map((l) => l.id).sort()).toEqual(['CHN-KAZ', 'IND-RUS', 'RUS-UKR']);
    // The pair data/ has keeps its kinds, gets the article's quotes, and the kinds the article
    // accepted (the compiler joins the two declarations' kinds).
    const chnKaz = extra.links.find((l) => l.id === 'CHN-KAZ');
    expect(chnKaz?.kinds).toEqual(['trade', 'investment']);
    expect(chnKaz?.quotes.every((q) => q.startsWith('invented-chn-kaz-'))).toBe(true);
    expect(extra.figures.filter((f) => f.link === 'CHN-KAZ').map((f) => f.value)).toEqual([
      52e9, 3e9,
    ]);
    expect(extra.figures.filter((f) => f.link === 'IND-RUS')).toHaveLength(5);
    // Nothing of data/'s own documents comes back as extra.
    expect(
      extra.quotes.every((q) => ['invented-chn-kaz', 'thequint-ind-rus'].includes(q.doc)),
    ).toBe(true);
    expect(extra.regions).toEqual([]);
  });

  it('accepts the meta as parsed JSON too, and no article at all', () => {
    const r = compileTeacherArticles([], {
      atlas: realAtlas(),
      meta: JSON.parse(realMeta()) as Record<string, unknown>,
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.extra.links).toEqual([]);
  });

  it.each<[string, (a: TeacherArticle) => TeacherArticle[], RegExp, RegExp]>([
    [
      'an id data/ already has',
      (a) => [{ ...a, id: 'kaz-kor-relations' }],
      /already has a document/,
      /another id/,
    ],
    ['two articles with one id', (a) => [a, a], /two articles have the id/, /its own id/],
    ['an id that is not one', (a) => [{ ...a, id: 'Bad Id' }], /is not a document id/, /lowercase/],
    [
      'a credit that starts with 出典',
      (a) => [{ ...a, meta: { ...a.meta, credit: { ja: '出典: 新聞', en: 'Source: a paper' } } }],
      /credit/i,
      /./,
    ],
    [
      'a figure whose year the quote does not state',
      (a) => [
        {
          ...a,
          decisions: {
            'figure:0:0': {
              status: 'edited',
              figure: {
                value: 52e9,
                currency: 'USD',
                measure: 'total-trade',
                period: 2030,
                quote: '2031年、中国とカザフスタンの貿易額は520億ドルに達した。',
              },
            },
          },
        },
      ],
      /2030/,
      /inferred|year/,
    ],
    [
      'a country code the map does not have',
      (a) => [
        {
          ...a,
          decisions: {
            'link:0': { status: 'edited', link: { a: 'CHN', b: 'XXX', kinds: ['trade'] } },
          },
        },
      ],
      /XXX/,
      /./,
    ],
  ])('gives the compiler problem with its fix: %s', (_, change, message, fix) => {
    const a = articles()[1] as TeacherArticle;
    const r = compileTeacherArticles(change(a), base());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => message.test(i.message) || message.test(i.path));
    expect(issue, JSON.stringify(r.issues)).toBeDefined();
    expect(issue?.fix ?? '').toMatch(fix);
  });

  it('reports a broken meta instead of throwing', () => {
    const r = compileTeacherArticles(articles(), { atlas: realAtlas(), meta: '{ not json' });
    expect(r.ok).toBe(false);
  });
});

describe('kinds an article adds to a pair of data/', () => {
  it('are in the data file, joined by the compiler, and marked as the teacher’s on the map', () => {
    const a = acceptedArticle(
      'rus-kaz-investment',
      'ロシア企業はカザフスタンに70億ドル以上を投資した。',
    );
    const dataKinds = realAtlas().links.find((l) => l.id === 'KAZ-RUS')?.kinds ?? [];
    expect(dataKinds).not.toContain('investment');
    const r = compileTeacherArticles([a], base());
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.file} ${i.message}`).join('\n'));
    // The file declares the pair again with its kinds; the compiler joins them to data/'s.
    const file = r.files.find((f) => f.path === 'relations-rus-kaz-investment.yaml')?.text ?? '';
    expect(file).toMatch(/^ {4}kinds: \[investment\]$/m);
    expect(r.extra.links.find((l) => l.id === 'KAZ-RUS')?.kinds).toEqual([
      ...dataKinds,
      'investment',
    ]);
    const merged = mergeAtlas(realAtlas(), r.extra).links.find((l) => l.id === 'KAZ-RUS');
    expect(merged?.kinds).toEqual([...dataKinds, 'investment']);
    expect(merged?.teacherKinds).toEqual(['investment']);
    expect(merged?.origin).toBe('teacher-joined');
  });
});

// The teacher trial (a Xinhua/AFPBB article): the form asks for a year when the quote gives none,
// and for the article's date, which the page shows but the text may not. What the teacher enters
// is written as inferred, with its reason, so that the downloaded files pass `npm run data`.
describe('a year or a date the teacher gives that the text does not state', () => {
  const text = '【5月22日】ロシア企業はカザフスタンに70億ドル以上を投資した。';
  it.each([
    { date: '2023-05-22', year: 2023, reason: /記事の日付\(2023-05-22\)の年/ },
    { date: '2024', year: 2023, reason: /先生が記事から補った/ },
    { date: undefined, year: 2023, reason: /先生が記事から補った/ },
  ])('article date $date, year $year: $reason', ({ date, year, reason }) => {
    let a = acceptedArticle('rus-kaz-no-year', text, date ? { date } : {});
    const d = decide(a, figureKey(0, 0), {
      status: 'edited',
      figure: {
        value: 7e9,
        currency: 'USD',
        measure: 'investment',
        from: 'RUS',
        to: 'KAZ',
        period: year,
        quote: 'ロシア企業はカザフスタンに70億ドル以上を投資した。',
      },
    });
    if (!d.ok) throw new Error(d.reason.en);
    a = d.article;
    const r = compileTeacherArticles([a], base());
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.file} ${i.message}`).join('\n'));
    const f = r.extra.figures.find((x) => x.link === 'KAZ-RUS');
    expect(f?.period.start).toBe(`${year}-01-01`);
    expect(f?.period.inferred?.ja).toMatch(reason);
    expect(f?.period.inferred?.en).toMatch(/The quote gives no year/);
    const doc = r.extra.documents.find((x) => x.id === 'rus-kaz-no-year');
    if (date) {
      expect(doc?.date?.iso).toBe(date);
      expect(doc?.date?.inferred?.ja).toMatch(/本文にない日付/);
    } else expect(doc?.date).toBeUndefined();
  });

  it('a date the text states is written plain', () => {
    const a = acceptedArticle('rus-kaz-dated', `2023年5月22日\n${text}`, { date: '2023-05-22' });
    const file = compileTeacherArticles([a], base()).files.find(
      (f) => f.path === 'documents/rus-kaz-dated.yaml',
    );
    expect(file?.text).toMatch(/^date: 2023-05-22$/m);
  });
});

describe('teacherAtlas', () => {
  it('joins every article that compiles and names the one that does not', () => {
    const [good, other] = articles() as [TeacherArticle, TeacherArticle];
    const broken: TeacherArticle = {
      ...other,
      meta: { ...other.meta, credit: { ja: '出典: x', en: 'Source: x' } },
    };
    const r = teacherAtlas([good, broken], base());
    expect(r.atlas.links.find((l) => l.id === 'IND-RUS')?.origin).toBe('teacher');
    expect(r.atlas.figures.some((f) => f.link === 'CHN-KAZ')).toBe(false);
    expect(r.problems.map((p) => p.id)).toEqual(['invented-chn-kaz']);
    expect(r.problems[0]?.issues.length).toBeGreaterThan(0);
  });

  it('gives the whole merge when all compile, and the joint problem when only together they fail', () => {
    const ok = teacherAtlas(articles(), base());
    expect(ok.problems).toEqual([]);
    expect(ok.atlas.figures.filter((f) => f.origin === 'teacher')).toHaveLength(7);
    const a = articles()[0] as TeacherArticle;
    const twice = teacherAtlas([a, a], base());
    expect(twice.problems.map((p) => p.id)).toEqual(['thequint-ind-rus']);
    expect(twice.atlas.links.filter((l) => l.id === 'IND-RUS')).toHaveLength(1);
  });
});

describe('in the browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'teacher-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('bundles for the browser with no Node built-in, and the bundle compiles the articles', async () => {
    const out = await build({
      entryPoints: [new URL('./teacher.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    expect(out.errors).toEqual([]);
    const code = out.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/from\s*["'](?:node:)?(?:fs|path|os|url|child_process)["']/);
    expect(code).not.toMatch(/require\(["'](?:node:)?(?:fs|path)["']\)/);
    const file = join(dir, 'teacher.mjs');
    writeFileSync(file, code);
    const mod = (await import(/* @vite-ignore */ file)) as typeof import('./teacher.ts');
    const r = mod.compileTeacherArticles(articles(), base());
    expect(r.ok).toBe(true);
  });
});

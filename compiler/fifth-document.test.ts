/**
 * Generality: the real data plus a fifth (invented) document and a new pair of countries
 * compiles with no code change — by dropping files into the data folder. See
 * fixtures/fifth-document/README.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAtlas } from './index.ts';
import { DATA_DIR, FIXTURE_META_PATH, formatted, ROOT } from './testing.ts';

const FIXTURE = join(ROOT, 'compiler/fixtures/fifth-document');
const tmp = mkdtempSync(join(tmpdir(), 'atlas-fifth-'));
const dir = join(tmp, 'data');
cpSync(DATA_DIR, dir, { recursive: true });
cpSync(join(FIXTURE, 'documents'), join(dir, 'documents'), { recursive: true });
cpSync(
  join(FIXTURE, 'relations-fixture-jpn-mng.yaml'),
  join(dir, 'relations-fixture-jpn-mng.yaml'),
);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a fifth document and a new pair of countries', () => {
  const result = buildAtlas({ root: tmp, dir: 'data', meta: FIXTURE_META_PATH });

  it('compiles with no errors', () => {
    expect(formatted(result.errors)).toEqual([]);
    expect(result.data?.documents).toHaveLength(5);
  });

  const data = result.data;
  it('adds the link JPN-MNG (written MNG/JPN) with its figures and event', () => {
    const link = data?.links.find((l) => l.id === 'JPN-MNG');
    expect(link).toMatchObject({ a: 'JPN', b: 'MNG', kinds: ['cooperation', 'trade'] });
    expect(link?.statuses.map((s) => s.status)).toEqual(['active']);
    expect(
      data?.figures
        .filter((f) => f.link === 'JPN-MNG')
        .map((f) => [f.value, f.qualifier, f.from ?? null]),
    ).toEqual([
      [1_200_000_000, 'exact', null],
      [3_500_000, 'about', 'MNG'],
    ]);
    expect(data?.events.find((e) => e.id === 'fixture-jpn-mng-agreement-2031')?.date).toEqual({
      iso: '2031-04-01',
      precision: 'day',
    });
  });

  it('makes MNG a party, and JPN (mentioned in two real documents) a party too', () => {
    const mng = data?.countries.find((c) => c.iso3 === 'MNG');
    expect(mng).toMatchObject({ role: 'party', name: { en: 'Mongolia', ja: 'モンゴル' } });
    const jpn = data?.countries.find((c) => c.iso3 === 'JPN');
    expect(jpn?.role).toBe('party');
    expect(jpn?.mentions).toContain('fixture-jpn-mng-agreement');
    expect(jpn?.mentions.length).toBe(3);
  });

  it('keeps hostile text (HTML, RTL marks, emoji) as plain text with exact UTF-16 offsets', () => {
    const doc = data?.documents.find((d) => d.id === 'fixture-jpn-mng');
    for (const id of ['fixture-hostile-text', 'fixture-jpn-mng-agreement']) {
      const q = data?.quotes.find((x) => x.id === id);
      expect(q).toBeDefined();
      expect(doc?.text?.slice(q?.start, q?.end)).toBe(q?.text);
    }
    const hostile = data?.quotes.find((x) => x.id === 'fixture-hostile-text')?.text ?? '';
    expect(hostile).toContain('<script>alert("fixture")</script>');
    expect(hostile).toContain('\u202e');
    expect(hostile).toContain('\u{1F469}\u200d\u{1F4BB}');
    expect(data?.events.find((e) => e.id === 'fixture-jpn-mng-agreement-2031')?.title.en).toContain(
      '<script>',
    );
  });

  it('passes the CLI, which prints the counts', () => {
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'compiler/cli.ts'), dir, '--meta', FIXTURE_META_PATH],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/documents\s+5/);
    expect(cli.stdout).toMatch(/countries\s+15/);
  });

  it('the CLI exits 1 with the errors when the data is wrong', () => {
    writeFileSync(
      join(dir, 'tour.yaml'),
      'steps:\n  - id: x\n    camera: { region: nowhere }\n    caption: { ja: あ, en: a }\n',
    );
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'compiler/cli.ts'), dir, '--meta', FIXTURE_META_PATH],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/tour\.yaml:3 steps\[0\]\.camera\.region: no region `nowhere`/);
    expect(cli.stderr).not.toMatch(/^\s+at /m);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../src/data/types.ts';
import { parseMoney } from './core/money.ts';
import { buildAtlas } from './index.ts';
import { compile, DATA_DIR, formatted, realFiles, ROOT } from './testing.ts';

const SHARED_DOCS = '/work/shared/documents';

function realData(): AtlasData {
  const result = compile(realFiles());
  expect(formatted(result.errors)).toEqual([]);
  if (!result.data) throw new Error('no data');
  return result.data;
}

describe('the real data', () => {
  const data = realData();
  const figure = (id: string) => data.figures.find((f) => f.id === id);
  const link = (id: string) => data.links.find((l) => l.id === id);
  const quote = (id: string) => data.quotes.find((q) => q.id === id);

  it('compiles with zero errors and zero warnings', () => {
    const result = compile(realFiles());
    expect(formatted(result.errors)).toEqual([]);
    expect(formatted(result.warnings)).toEqual([]);
  });

  it('also compiles against the real geometry when npm run geo has run', () => {
    const meta = join(ROOT, 'geo/out/countries-meta.json');
    if (!existsSync(meta)) return; // geometry not built here: the fixture extract is used above
    const result = buildAtlas({ root: ROOT, dir: DATA_DIR, meta });
    expect(formatted(result.errors)).toEqual([]);
  });

  it('keeps the four documents byte-for-byte', () => {
    const originals: Record<string, string> = {
      'kaz-kor-relations': '000_06bc4f196cd31695.txt',
      'putin-kazakhstan-2024': '001_30647bd04edb78eb.txt',
      'prk-ukr-relations': '002_9bcf1d93270c7c2c.txt',
      'lavrov-prk-2023': '003_94a10ff815f9a20c.txt',
    };
    expect(data.documents.map((d) => d.id).sort()).toEqual(Object.keys(originals).sort());
    for (const [id, original] of Object.entries(originals)) {
      const ours = readFileSync(join(DATA_DIR, 'documents', `${id}.txt`));
      const source = join(SHARED_DOCS, original);
      if (existsSync(source)) expect(ours.equals(readFileSync(source))).toBe(true);
      expect(data.documents.find((d) => d.id === id)?.text).toBe(ours.toString('utf8'));
    }
  });

  it('takes each Japanese title from its text', () => {
    for (const d of data.documents) expect(d.text).toContain(d.title.ja);
  });

  it('gives every quote the offsets of its exact words', () => {
    for (const q of data.quotes) {
      const doc = data.documents.find((d) => d.id === q.doc);
      expect(doc?.text?.slice(q.start, q.end), q.id).toBe(q.text);
      expect(q.text.length).toBeLessThanOrEqual(200);
      expect(q.text).not.toContain('\n');
    }
  });

  it('resolves every reference', () => {
    const quotes = new Set(data.quotes.map((q) => q.id));
    const countries = new Set(data.countries.map((c) => c.iso3));
    const links = new Set(data.links.map((l) => l.id));
    for (const c of data.countries) for (const m of c.mentions) expect(quotes).toContain(m);
    for (const l of data.links) {
      expect(l.a < l.b).toBe(true);
      expect(l.id).toBe(`${l.a}-${l.b}`);
      expect(countries).toContain(l.a);
      expect(countries).toContain(l.b);
      for (const q of [...l.quotes, ...l.statuses.flatMap((s) => s.quotes)])
        expect(quotes).toContain(q);
    }
    for (const f of data.figures) {
      expect(links).toContain(f.link);
      expect(quotes).toContain(f.quote);
      for (const s of f.sharedWith ?? []) expect(links).toContain(s);
    }
    for (const e of data.events) {
      for (const q of e.quotes) expect(quotes).toContain(q);
      if (e.link) expect(links).toContain(e.link);
    }
    const regions = new Set(data.regions.map((r) => r.id));
    expect(regions).toContain(data.initialRegion);
    for (const s of data.tour) {
      if (s.camera.region) expect(regions).toContain(s.camera.region);
      if (s.select?.link) expect(links).toContain(s.select.link);
      if (s.select?.country) expect(countries).toContain(s.select.country);
      if (s.quote) expect(quotes).toContain(s.quote);
    }
  });

  it('backs every figure with its stated amount', () => {
    for (const f of data.figures) {
      const q = quote(f.quote);
      expect(q?.text, f.id).toContain(f.stated);
      const parsed = parseMoney(f.stated);
      expect(parsed.ok && parsed.value, f.id).toBe(f.value);
    }
  });

  it('has the figures of the four documents', () => {
    const values = (ids: string[]) =>
      ids.map((id) => [figure(id)?.stated, figure(id)?.value, figure(id)?.qualifier]);
    expect(values(['kaz-kor-trade-2020', 'kor-investment-kaz', 'kb-kookmin-stake-2008'])).toEqual([
      ['59億ドル', 5_900_000_000, 'exact'],
      ['70億ドル以上', 7_000_000_000, 'at-least'],
      ['約6億3,400万ドル', 634_000_000, 'about'],
    ]);
    expect(
      values(['kaz-rus-trade-2023', 'kaz-rus-trade-2024-jan-sep', 'kaz-rus-trade-target-2025']),
    ).toEqual([
      ['280億米ドル', 28_000_000_000, 'exact'],
      ['200億米ドルを超え', 20_000_000_000, 'more-than'],
      ['300億米ドル', 30_000_000_000, 'exact'],
    ]);
    expect(figure('kaz-rus-trade-2024-jan-sep')?.period).toMatchObject({
      start: '2024-01-01',
      end: '2024-09-30',
      fullYear: false,
    });
    expect(figure('kaz-rus-trade-target-2025')?.measure).toBe('target');
    // Both directions of the 2020 trade between Ukraine and North Korea.
    expect(figure('ukr-prk-exports-2020')).toMatchObject({
      value: 7710,
      from: 'UKR',
      to: 'PRK',
      measure: 'exports',
    });
    expect(figure('prk-ukr-exports-2020')).toMatchObject({
      value: 55500,
      from: 'PRK',
      to: 'UKR',
      measure: 'exports',
    });
    // Korea's investment in Kazakhstan and Uzbekistan: one combined amount, shared with KOR-UZB.
    expect(figure('kor-investment-kaz-uzb-2020')).toMatchObject({
      link: 'KAZ-KOR',
      sharedWith: ['KOR-UZB'],
      qualifier: 'more-than',
    });
    expect(data.figures).toHaveLength(12);
  });

  it('records the status changes of KAZ-KOR and PRK-UKR', () => {
    expect(link('KAZ-KOR')?.statuses.map((s) => [s.status, s.date.iso])).toEqual([
      ['established', '1992-01-28'],
    ]);
    expect(link('PRK-UKR')?.statuses.map((s) => [s.status, s.date.iso, s.date.precision])).toEqual([
      ['established', '1992-01-09', 'day'],
      ['suspended', '2022-07', 'month'],
      ['severed', '2022-07-13', 'day'],
    ]);
  });

  it('has the pairs the documents describe', () => {
    expect(data.links.map((l) => l.id).sort()).toEqual(
      [
        'ARM-AZE',
        'CHN-KAZ',
        'FRA-UKR',
        'GBR-UKR',
        'KAZ-KOR',
        'KAZ-RUS',
        'KOR-PRK',
        'KOR-RUS',
        'KOR-UZB',
        'PRK-RUS',
        'PRK-UKR',
        'PRK-USA',
        'RUS-UKR',
        'RUS-USA',
        'UKR-USA',
      ].sort(),
    );
  });

  it('marks the countries that are only mentioned', () => {
    const roles = Object.fromEntries(data.countries.map((c) => [c.iso3, c.role]));
    expect(roles).toMatchObject({ JPN: 'mentioned', TUR: 'mentioned', KAZ: 'party', UZB: 'party' });
    for (const c of data.countries) {
      expect(c.mentions.length, c.iso3).toBeGreaterThan(0);
      expect(c.name.ja.length).toBeGreaterThan(0);
      expect(c.label).toHaveLength(2);
    }
  });

  it('marks dates whose year is not in the text as inferred', () => {
    const event = (id: string) => data.events.find((e) => e.id === id);
    expect(event('putin-visit-kazakhstan-2024')?.date).toMatchObject({
      iso: '2024-11-27',
      end: '2024-11-28',
      precision: 'day',
    });
    expect(event('putin-visit-kazakhstan-2024')?.date.inferred).toBeTruthy();
    expect(event('lavrov-visit-prk-2023')?.date).toMatchObject({
      iso: '2023-10-18',
      end: '2023-10-19',
    });
    expect(event('lavrov-visit-prk-2023')?.date.inferred).toBeTruthy();
    expect(event('tokayev-state-visit-2021')?.date).toEqual({
      iso: '2021-08-16',
      end: '2021-08-17',
      precision: 'day',
    });
  });

  it('lists events in date order', () => {
    const isos = data.events.map((e) => e.date.iso);
    expect(isos).toEqual([...isos].sort());
  });

  it('has the regions and a tour of at least 8 steps', () => {
    expect(data.regions.map((r) => r.id)).toEqual([
      'eastern-europe',
      'central-asia',
      'korean-peninsula',
      'all',
    ]);
    expect(data.initialRegion).toBe('all');
    const all = data.regions.find((r) => r.id === 'all');
    expect(all?.bounds[0]).toBeLessThanOrEqual(22); // western Ukraine
    expect(all?.bounds[2]).toBeGreaterThanOrEqual(131); // eastern Korea
    expect(data.tour.length).toBeGreaterThanOrEqual(8);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

import { describe, expect, it } from 'vitest';
import { fixture } from '../lib/fixture.test-data';
import { buildIndex } from '../lib/atlas-index';
import { asOfText, creditLines, latestDay, selectionTitle } from './view-text';

const data = fixture();
const index = buildIndex(data);

describe('selectionTitle', () => {
  const tests = [
    { sel: { country: 'AAA', link: null }, lang: 'en' as const, expected: 'AAA' },
    { sel: { country: null, link: 'AAA-CCC' }, lang: 'en' as const, expected: 'AAA – CCC' },
    { sel: { country: null, link: null }, lang: 'en' as const, expected: 'Bilateral Atlas' },
    { sel: { country: null, link: null }, lang: 'ja' as const, expected: 'バイラテラル・アトラス' },
    {
      sel: { country: null, link: 'no-such-link' },
      lang: 'en' as const,
      expected: 'Bilateral Atlas',
    },
    { sel: { country: 'ZZZ', link: null }, lang: 'en' as const, expected: 'ZZZ' },
  ];
  it.each(tests)('$sel.country $sel.link $lang', ({ sel, lang, expected }) => {
    expect(selectionTitle(sel, data, index.countries, lang)).toBe(expected);
  });
});

describe('latestDay', () => {
  const doc = (date?: { iso: string; end?: string }) =>
    ({ date: date && { ...date, precision: 'day' } }) as never;
  const tests = [
    { docs: [doc({ iso: '2022-07-13' }), doc({ iso: '2024-05' }), doc()], expected: '2024-05-31' },
    { docs: [doc({ iso: '2021-08-16', end: '2021-08-17' })], expected: '2021-08-17' },
    { docs: [doc({ iso: '1992' })], expected: '1992-12-31' },
    { docs: [doc()], expected: null },
    { docs: [], expected: null },
  ];
  it.each(tests)('$expected', ({ docs, expected }) => {
    expect(latestDay({ documents: docs })).toBe(expected);
  });
});

describe('asOfText', () => {
  const tests = [
    {
      date: '2022-06-30',
      latest: '2024-09-30',
      lang: 'en' as const,
      expected: 'As of June 30, 2022',
    },
    { date: '2022-06-30', latest: null, lang: 'ja' as const, expected: '2022年6月30日 時点' },
    {
      date: null,
      latest: '2024-09-30',
      lang: 'en' as const,
      expected: 'Latest (documents up to September 30, 2024)',
    },
    { date: null, latest: null, lang: 'en' as const, expected: 'Latest' },
  ];
  it.each(tests)('$date $lang', ({ date, latest, lang, expected }) => {
    expect(asOfText(date, latest, lang)).toBe(expected);
  });
});

describe('creditLines', () => {
  const doc = (credit: string) => ({ source: { credit: { ja: credit, en: credit } } });
  const tests = [
    { docs: [], expected: 1 },
    { docs: [doc('Wikipedia'), doc('Wikipedia'), doc('Sputnik')], expected: 2 },
  ];
  it.each(tests)('$expected lines', ({ docs, expected }) => {
    const lines = creditLines({ documents: docs as never }, 'en');
    expect(lines).toHaveLength(expected);
    expect(lines[lines.length - 1]).toMatch(/^Map data/);
  });
  it('names each credit once', () => {
    expect(creditLines({ documents: [doc('W'), doc('W'), doc('S')] as never }, 'en')[0]).toBe(
      'Sources: W; S',
    );
  });
});

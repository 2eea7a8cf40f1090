import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../data/types';
import {
  arcHistory,
  arcsAt,
  kindMarks,
  knownFrom,
  latestFigure,
  linkArcsAt,
  linkEvidence,
  statusAt,
  styleOfKinds,
  widthValues,
} from './links';
import { fixture } from './fixture.test-data';

const data = fixture();
const link = (id: string) => data.links.find((l) => l.id === id)!;

/**
 * The fixture plus links whose kinds are dated differently: a conflict that starts with a
 * combat event, a military tie and sanctions known only from a dated document, a tie with
 * nothing dated at all, and a tie established then severed in one month.
 */
function dated(): AtlasData {
  const d = fixture();
  d.documents = [
    {
      id: 'doc-2024',
      file: 'x.txt',
      title: { ja: 'x', en: 'x' },
      lang: 'ja',
      source: { credit: { ja: 'x', en: 'x' } },
      date: { iso: '2024-11-27', precision: 'day', end: '2024-11-28' },
      summary: { ja: 'x', en: 'x' },
      text: 'x',
    },
    {
      id: 'doc-undated',
      file: 'y.txt',
      title: { ja: 'y', en: 'y' },
      lang: 'ja',
      source: { credit: { ja: 'y', en: 'y' } },
      summary: { ja: 'y', en: 'y' },
      text: 'y',
    },
  ];
  d.quotes = [
    { id: 'q-2024', doc: 'doc-2024', text: 'x', start: 0, end: 1 },
    { id: 'q-undated', doc: 'doc-undated', text: 'y', start: 0, end: 1 },
  ];
  const pair = (a: string, b: string) => ({ id: `${a}-${b}`, a, b, statuses: [], quotes: [] });
  // AAA-CCC: diplomatic from 1992, severed 2022, conflict from a combat event in 2024.
  d.links[1]!.kinds = ['diplomatic', 'conflict'];
  d.figures = d.figures.filter((f) => f.link !== 'AAA-CCC');
  d.events.push({
    id: 'e-combat',
    date: { iso: '2024-11-04', precision: 'day' },
    countries: ['AAA', 'CCC'],
    link: 'AAA-CCC',
    kind: 'combat',
    title: { ja: 'x', en: 'x' },
    quotes: [],
  });
  d.links.push(
    { ...pair('AAA', 'DDD'), kinds: ['military'], quotes: ['q-2024'] },
    { ...pair('BBB', 'DDD'), kinds: ['sanctions'], quotes: ['q-undated'] },
    {
      ...pair('CCC', 'DDD'),
      kinds: ['diplomatic'],
      statuses: [
        { status: 'established', date: { iso: '2001-03', precision: 'month' }, quotes: [] },
        { status: 'severed', date: { iso: '2001-12', precision: 'month' }, quotes: [] },
      ],
    },
  );
  return d;
}

describe('knownFrom', () => {
  it.each([
    ['2022', '2022-12-31'],
    ['2022-07', '2022-07-31'],
    ['2024-02', '2024-02-29'],
    ['2022-07-13', '2022-07-13'],
  ])('a date stated as %s counts from %s', (iso, day) => {
    expect(knownFrom({ iso, precision: 'day' })).toBe(day);
  });
  it('refuses what is not a date', () => {
    expect(() => knownFrom({ iso: 'soon', precision: 'year' })).toThrow();
  });
});

describe('statusAt', () => {
  it.each([
    ['AAA-CCC', '1991-12-31', null],
    ['AAA-CCC', '1992-01-09', 'established'],
    ['AAA-CCC', '2021-06-01', 'established'],
    ['AAA-CCC', '2022-07-12', 'established'],
    ['AAA-CCC', '2022-07-13', 'severed'],
    ['AAA-CCC', null, 'severed'],
    ['BBB-CCC', '2023-06-01', null],
  ])('%s as of %s → %s', (id, asOf, expected) => {
    expect(statusAt(link(id), asOf)?.status ?? null).toBe(expected);
  });
});

describe('styleOfKinds', () => {
  it.each([
    [['trade'], 'cooperation'],
    [['diplomatic', 'conflict'], 'conflict'],
    [['alliance'], 'military'],
    [['sanctions', 'diplomatic'], 'sanctions'],
    [['diplomatic'], 'diplomatic'],
    [[], 'cooperation'],
  ] as const)('%j → %s', (kinds, style) => {
    expect(styleOfKinds(kinds)).toBe(style);
  });
});

describe('latestFigure: a figure is known from the end of its period', () => {
  const ab = data.figures.filter((f) => f.link === 'AAA-BBB');
  const total = (f: { measure: string }) => f.measure === 'total-trade';
  it.each([
    [null, 'f-ab-2023'], // the latest full year beats a later partial year
    ['2024-10-01', 'f-ab-2023'],
    ['2023-12-31', 'f-ab-2023'],
    ['2023-12-30', 'f-ab-2020'],
    ['2023-01-01', 'f-ab-2020'],
    ['2020-12-31', 'f-ab-2020'],
    ['2020-12-30', null],
  ])('as of %s → %s', (asOf, id) => {
    expect(latestFigure(ab, asOf, total)?.id ?? null).toBe(id);
  });
});

describe('what is true at date D', () => {
  const d = dated();
  const history = arcHistory(d);
  const at = (day: string | null, id: string) =>
    arcsAt(history, day)
      .filter((a) => a.link === id)
      .map((a) => `${a.style}${a.severed ? ' severed' : ''}`)
      .join(',') || 'not drawn';

  it.each([
    // diplomatic from its establishment, severed (dashed) from the day stated, conflict only
    // from the combat event: never before it
    ['AAA-CCC', '1992-01-08', 'not drawn'],
    ['AAA-CCC', '1992-01-09', 'diplomatic'],
    ['AAA-CCC', '2022-07-12', 'diplomatic'],
    ['AAA-CCC', '2022-07-13', 'diplomatic severed'],
    ['AAA-CCC', '2024-11-03', 'diplomatic severed'],
    ['AAA-CCC', '2024-11-04', 'conflict severed'],
    ['AAA-CCC', null, 'conflict severed'],
    // trade drawn once its first total is known (end of 2020), diplomatic before
    ['AAA-BBB', '1992-01-27', 'not drawn'],
    ['AAA-BBB', '1992-01-28', 'diplomatic'],
    ['AAA-BBB', '2020-12-30', 'diplomatic'],
    ['AAA-BBB', '2020-12-31', 'trade'],
    // a visit dated by month counts from the month's last day
    ['BBB-CCC', '2023-10-30', 'not drawn'],
    ['BBB-CCC', '2023-10-31', 'diplomatic'],
    // military only from the dated document that states it (its last day)
    ['AAA-DDD', '2024-11-27', 'not drawn'],
    ['AAA-DDD', '2024-11-28', 'military'],
    // undated: drawn only with no date chosen
    ['BBB-DDD', '1990-01-01', 'not drawn'],
    ['BBB-DDD', '2030-01-01', 'not drawn'],
    ['BBB-DDD', null, 'sanctions'],
    // established in March 2001 and severed in December 2001
    ['CCC-DDD', '2001-03-30', 'not drawn'],
    ['CCC-DDD', '2001-03-31', 'diplomatic'],
    ['CCC-DDD', '2001-12-30', 'diplomatic'],
    ['CCC-DDD', '2001-12-31', 'diplomatic severed'],
  ])('%s as of %s: %s', (id, day, expected) => {
    expect(at(day, id)).toBe(expected);
  });

  it('reads the same as the direct computation on every day of change', () => {
    const evidence = linkEvidence(d);
    const days = [...new Set(history.flatMap((h) => h.days))];
    for (const day of [...days, '1900-01-01', '2100-01-01']) {
      const direct = evidence.flatMap((ev) => linkArcsAt(ev, kindMarks(ev), day));
      expect(arcsAt(history, day)).toEqual(direct);
    }
  });

  it('lists the kinds in force', () => {
    const arc = arcsAt(history, '2024-11-04').find((a) => a.link === 'AAA-CCC')!;
    expect(arc.kinds).toEqual(['conflict']);
  });

  it('is empty for no links', () => {
    expect(arcsAt(arcHistory({ ...d, links: [] }), '2020-01-01')).toEqual([]);
  });
});

describe('arcsAt with no date', () => {
  const history = arcHistory(data);
  it('draws a trade link once, sized by its latest full-year total', () => {
    const arc = arcsAt(history, null).find((a) => a.link === 'AAA-BBB')!;
    expect(arc).toMatchObject({ id: 'AAA-BBB', style: 'trade', directed: false });
    expect(arc.figure?.id).toBe('f-ab-2023');
  });

  it('draws one arc per direction where flows are directional', () => {
    const arcs = arcsAt(history, null).filter((a) => a.link === 'AAA-CCC');
    expect(arcs.map((a) => [a.id, a.figure?.value])).toEqual([
      ['AAA-CCC:AAA>CCC', 7_710],
      ['AAA-CCC:CCC>AAA', 55_500],
    ]);
    expect(arcs.every((a) => a.directed && a.severed)).toBe(true);
  });

  it('styles a link without figures by its kind', () => {
    expect(arcsAt(history, null).find((a) => a.link === 'BBB-CCC')).toMatchObject({
      style: 'military',
      figure: null,
    });
  });
});

describe('widthValues', () => {
  it('takes trade totals and exports only', () => {
    expect(widthValues(data).sort((a, b) => a - b)).toEqual([7_710, 55_500, 5.9e9, 2e10, 2.8e10]);
  });
  it('is empty without figures', () => {
    expect(widthValues({ ...data, figures: [] })).toEqual([]);
  });
});

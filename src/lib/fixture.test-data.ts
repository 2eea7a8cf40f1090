/** A small invented dataset for unit tests (countries AAA, BBB, CCC, DDD). */
import type { AtlasData, Figure } from '../data/types';

const period = (year: number, fullYear = true, end = `${year}-12-31`) => ({
  start: `${year}-01-01`,
  end,
  fullYear,
  label: { ja: `${year}年`, en: String(year) },
});

export const figure = (over: Partial<Figure> & Pick<Figure, 'id' | 'link' | 'value'>): Figure => ({
  stated: 'x',
  measure: 'total-trade',
  qualifier: 'exact',
  period: period(2020),
  quote: 'q1',
  ...over,
});

export function fixture(): AtlasData {
  return {
    documents: [],
    quotes: [],
    countries: ['AAA', 'BBB', 'CCC', 'DDD'].map((iso3, i) => ({
      iso3,
      name: { ja: iso3, en: iso3 },
      label: [i * 10, i * 5] as [number, number],
      role: iso3 === 'DDD' ? ('mentioned' as const) : ('party' as const),
      mentions: [],
    })),
    links: [
      {
        id: 'AAA-BBB',
        a: 'AAA',
        b: 'BBB',
        kinds: ['trade', 'diplomatic'],
        statuses: [
          { status: 'established', date: { iso: '1992-01-28', precision: 'day' }, quotes: [] },
        ],
        quotes: [],
      },
      {
        id: 'AAA-CCC',
        a: 'AAA',
        b: 'CCC',
        kinds: ['diplomatic', 'trade'],
        statuses: [
          { status: 'severed', date: { iso: '2022-07-13', precision: 'day' }, quotes: [] },
          { status: 'established', date: { iso: '1992-01-09', precision: 'day' }, quotes: [] },
        ],
        quotes: [],
      },
      {
        id: 'BBB-CCC',
        a: 'BBB',
        b: 'CCC',
        kinds: ['military', 'diplomatic'],
        statuses: [],
        quotes: [],
      },
    ],
    figures: [
      figure({ id: 'f-ab-2020', link: 'AAA-BBB', value: 5.9e9, period: period(2020) }),
      figure({
        id: 'f-ab-2024',
        link: 'AAA-BBB',
        value: 2e10,
        period: period(2024, false, '2024-09-30'),
      }),
      figure({ id: 'f-ab-2023', link: 'AAA-BBB', value: 2.8e10, period: period(2023) }),
      figure({
        id: 'f-ab-inv',
        link: 'AAA-BBB',
        value: 7e9,
        measure: 'investment',
        from: 'BBB',
        to: 'AAA',
        period: period(2020),
      }),
      figure({
        id: 'f-ca',
        link: 'AAA-CCC',
        value: 55_500,
        measure: 'exports',
        from: 'CCC',
        to: 'AAA',
      }),
      figure({
        id: 'f-ac',
        link: 'AAA-CCC',
        value: 7_710,
        measure: 'exports',
        from: 'AAA',
        to: 'CCC',
      }),
    ],
    events: [
      {
        id: 'e1',
        date: { iso: '2023-10', precision: 'month' },
        countries: ['BBB', 'CCC'],
        link: 'BBB-CCC',
        kind: 'visit',
        title: { ja: 'x', en: 'x' },
        quotes: [],
      },
    ],
    regions: [{ id: 'all', name: { ja: '全体', en: 'All' }, bounds: [0, 0, 10, 10] }],
    initialRegion: 'all',
    tour: [],
  };
}

import { describe, expect, it } from 'vitest';
import type { Country, Region, TourStep } from '../../data/types';
import { toWorld } from '../../lib/arc-geometry';
import { stepPreview } from './preview';

const regions: Region[] = [
  { id: 'r', name: { ja: '地域', en: 'Region' }, bounds: [10, 20, 30, 40] },
];
const country = (iso3: string, label: [number, number]): Country => ({
  iso3,
  name: { ja: `${iso3}国`, en: iso3 },
  label,
  role: 'party',
  mentions: [],
});
const countries = [country('AAA', [12, 25]), country('BBB', [28, 35])];
const step = (s: Partial<TourStep>): TourStep => ({
  id: 's',
  camera: {},
  caption: { ja: '', en: '' },
  ...s,
});

describe('stepPreview', () => {
  it('a region with a link: the region bounds, both ends selected, a line between labels', () => {
    const p = stepPreview(
      step({ camera: { region: 'r' }, select: { link: 'AAA-BBB' } }),
      regions,
      countries,
      'en',
    );
    expect(p).toEqual({
      bounds: [10, 20, 30, 40],
      selected: ['AAA', 'BBB'],
      line: [toWorld(12, 25), toWorld(28, 35)],
      place: 'AAA – BBB',
    });
  });

  it.each([
    [
      'a country',
      { camera: { bounds: [0, 0, 5, 5] }, select: { country: 'AAA' } },
      'ja',
      ['AAA'],
      'AAA国',
    ],
    ['a region, nothing selected', { camera: { region: 'r' } }, 'ja', [], '地域'],
    ['explicit bounds only', { camera: { bounds: [0.4, 1, 5, 5] } }, 'en', [], '0, 1, 5, 5'],
    [
      'a link to an unknown country',
      { camera: { region: 'r' }, select: { link: 'AAA-ZZZ' } },
      'en',
      ['AAA', 'ZZZ'],
      'AAA – ZZZ',
    ],
  ] as const)('%s', (_, s, lang, selected, place) => {
    const p = stepPreview(step(s as Partial<TourStep>), regions, countries, lang);
    expect(p?.selected).toEqual(selected);
    expect(p?.place).toBe(place);
  });

  it.each([
    ['no camera, no fallback', step({}), null],
    ['an unknown region, no fallback', step({ camera: { region: 'nowhere' } }), null],
    ['inverted bounds', step({ camera: { bounds: [5, 5, 0, 0] } }), null],
  ])('%s → null', (_, s, expected) =>
    expect(stepPreview(s, regions, countries, 'en')).toBe(expected),
  );

  it('uses the fallback bounds when the step has no camera', () => {
    expect(stepPreview(step({}), regions, countries, 'en', [1, 2, 3, 4])?.bounds).toEqual([
      1, 2, 3, 4,
    ]);
  });
});

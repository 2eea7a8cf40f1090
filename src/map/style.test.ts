import { describe, expect, it } from 'vitest';
import { borderWidth, countryFill, emphasisOf, labelLayout } from './style';
import { THEMES } from './theme';
import type { Country } from '../data/types';

const t = THEMES.default;
const country = (iso3: string, role: Country['role']): Country => ({
  iso3,
  role,
  name: { ja: iso3, en: iso3 },
  label: [0, 0],
  mentions: [],
});

describe('emphasisOf', () => {
  it('splits parties from mentioned countries', () => {
    expect(emphasisOf([country('AAA', 'party'), country('BBB', 'mentioned')])).toEqual({
      parties: ['AAA'],
      mentioned: ['BBB'],
    });
  });
});

describe('countryFill', () => {
  const cases = [
    {
      name: 'both groups',
      emphasis: { parties: ['AAA'], mentioned: ['BBB'] },
      last: ['match', ['get', 'iso3'], ['AAA'], t.party, ['BBB'], t.mentioned, t.land],
    },
    {
      name: 'no mentioned',
      emphasis: { parties: ['AAA'], mentioned: [] },
      last: ['match', ['get', 'iso3'], ['AAA'], t.party, t.land],
    },
    { name: 'empty data', emphasis: { parties: [], mentioned: [] }, last: t.land },
  ];
  it.each(cases)('$name', ({ emphasis, last }) => {
    const expr = countryFill(emphasis, t) as unknown[];
    expect(expr[0]).toBe('case');
    expect(expr[2]).toBe(t.selected);
    expect(expr[4]).toBe(t.hover);
    expect(expr[5]).toEqual(last);
  });
});

describe('borderWidth / labelLayout', () => {
  it('is a constant when no country is emphasised', () => {
    expect(borderWidth({ parties: [], mentioned: [] })).toBe(0.6);
  });
  it('scales label sizes for the projector', () => {
    const e = { parties: ['AAA'], mentioned: [] };
    const sizes = (scale: number) => JSON.stringify(labelLayout('en', e, scale)['text-size']);
    expect(sizes(1)).toContain('15');
    expect(sizes(1.6)).toContain('24');
  });
  it('picks the name property by language', () => {
    const e = { parties: ['AAA'], mentioned: [] };
    expect(labelLayout('ja', e)['text-field']).toEqual(['get', 'name_ja']);
    expect(labelLayout('en', e)['text-field']).toEqual(['get', 'name_en']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildIndex } from './atlas-index';
import { fixture } from './fixture.test-data';

const index = buildIndex(fixture());

describe('buildIndex', () => {
  it.each([
    ['AAA', ['AAA-BBB', 'AAA-CCC']],
    ['BBB', ['AAA-BBB', 'BBB-CCC']],
    ['CCC', ['AAA-CCC', 'BBB-CCC']],
    ['DDD', []],
    ['ZZZ', []],
  ])('orders the links of %s by trade volume', (iso3, ids) => {
    expect(index.linksOf(iso3).map((l) => l.id)).toEqual(ids);
  });

  it('orders figures by period end', () => {
    expect(index.figuresOf('AAA-BBB').map((f) => f.id)).toEqual([
      'f-ab-2020',
      'f-ab-inv',
      'f-ab-2023',
      'f-ab-2024',
    ]);
    expect(index.figuresOf('nope')).toEqual([]);
  });

  it('collects the events of a country and of a link', () => {
    expect(index.eventsOfCountry('BBB').map((e) => e.id)).toEqual(['e1']);
    expect(index.eventsOfLink('BBB-CCC').map((e) => e.id)).toEqual(['e1']);
    expect(index.eventsOfLink('AAA-BBB')).toEqual([]);
  });

  it('collects every quote behind a link once', () => {
    expect(index.quotesOfLink('AAA-BBB')).toEqual(['q1']);
    expect(index.quotesOfLink('nope')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  isIsoDay,
  parseUrlState,
  readMapCamera,
  writeMapCamera,
  writeUrlState,
  type UrlValidity,
} from './url-state';

const validity: UrlValidity = {
  countries: new Set(['AAA', 'BBB']),
  links: new Set(['AAA-BBB']),
  tourLength: 8,
};

describe('parseUrlState', () => {
  const cases: { hash: string; expected: object }[] = [
    { hash: '', expected: {} },
    { hash: '#map=4/45/80', expected: {} },
    { hash: '#map=4/45/80&country=AAA', expected: { country: 'AAA' } },
    { hash: '#link=AAA-BBB&lang=en', expected: { link: 'AAA-BBB', lang: 'en' } },
    { hash: '#date=2021-06-01&tour=3', expected: { date: '2021-06-01', tour: 3 } },
    { hash: '#lang=ja', expected: { lang: 'ja' } },
    // malformed or unknown values are dropped, never thrown
    { hash: '#country=<img src=x onerror=alert(1)>', expected: {} },
    { hash: '#country=%3Cimg%20src%3Dx%3E', expected: {} },
    { hash: '#country=ZZZ&link=AAA-ZZZ', expected: {} },
    { hash: '#map=abc&country=BBB', expected: { country: 'BBB' } },
    { hash: '#date=99999-99', expected: {} },
    { hash: '#date=2023-02-30', expected: {} },
    { hash: '#tour=-4', expected: {} },
    { hash: '#tour=0', expected: {} },
    { hash: '#tour=9', expected: {} },
    { hash: '#tour=1e3', expected: {} },
    { hash: '#lang=fr', expected: {} },
    { hash: '#%E0%A4%A', expected: {} },
    { hash: '#country=AAA&country=BBB', expected: { country: 'AAA' } },
  ];
  it.each(cases)('$hash', ({ hash, expected }) => {
    expect(parseUrlState(hash, validity)).toEqual(expected);
  });
});

describe('writeUrlState', () => {
  const cases: { hash: string; state: object; expected: string }[] = [
    { hash: '', state: {}, expected: '' },
    { hash: '#map=4/45/80', state: { country: 'AAA' }, expected: '#map=4/45/80&country=AAA' },
    {
      hash: '#map=4/45/80&country=AAA',
      state: { link: 'AAA-BBB' },
      expected: '#map=4/45/80&link=AAA-BBB',
    },
    { hash: '#map=4/45/80&tour=2', state: { tour: 3 }, expected: '#map=4/45/80&tour=3' },
    {
      hash: '#map=4/45/80',
      state: { lang: 'en', date: '2021-06-01' },
      expected: '#map=4/45/80&lang=en&date=2021-06-01',
    },
    { hash: '#country=AAA', state: {}, expected: '' },
    { hash: '#other=x%26y', state: {}, expected: '#other=x%26y' },
  ];
  it.each(cases)('$hash + $state', ({ hash, state, expected }) => {
    expect(writeUrlState(hash, state)).toBe(expected);
  });

  it('round-trips', () => {
    const state = { country: 'BBB', lang: 'ja' as const, date: '2022-07-14', tour: 8 };
    expect(parseUrlState(writeUrlState('#map=3/1/2', state), validity)).toEqual(state);
  });
});

describe('isIsoDay', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['0999-01-01', false],
    ['2023-1-01', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});

describe('readMapCamera', () => {
  it.each([
    ['#map=4/45.5/80', { zoom: 4, lat: 45.5, lng: 80 }],
    ['#country=KAZ&map=3.25/-10/-170.5', { zoom: 3.25, lat: -10, lng: -170.5 }],
    ['#map=4/45/80/30/10', { zoom: 4, lat: 45, lng: 80 }],
  ])('%s', (hash, expected) => expect(readMapCamera(hash)).toEqual(expected));
  it.each([
    [''],
    ['#country=KAZ'],
    ['#map=abc'],
    ['#map=4/45'],
    ['#map=4/95/80'],
    ['#map=4/45/200'],
    ['#map=99/45/80'],
    ['#map=-1/45/80'],
    ['#map=4/4e1/80'],
    ['#map=4/45/80%3Cimg%3E'],
    ['#map=<img src=x onerror=alert(1)>'],
  ])('ignores %s', (hash) => expect(readMapCamera(hash)).toBeNull());
});

describe('writeMapCamera', () => {
  it('writes map= first, rounded as MapLibre does, keeping the rest', () => {
    expect(
      writeMapCamera('#country=KAZ&map=1/2/3&lang=ja', { zoom: 3.14159, lat: 45.123456, lng: 80 }),
    ).toBe('#map=3.14/45.1235/80&country=KAZ&lang=ja');
  });
  it('adds map= to an empty hash', () => {
    expect(writeMapCamera('', { zoom: 2, lat: 0, lng: -0.00001 })).toBe('#map=2/0/0');
  });
  it('round-trips through readMapCamera', () => {
    const hash = writeMapCamera('#lang=en', { zoom: 5.5, lat: -33.8688, lng: 151.2093 });
    expect(readMapCamera(hash)).toEqual({ zoom: 5.5, lat: -33.8688, lng: 151.2093 });
  });
});

import { describe, expect, it } from 'vitest';
import type { Region, TourStep } from '../data/types';
import { stepEffects, validBounds, type StepEffects } from './step-effects';

const regions: Region[] = [
  { id: 'central-asia', name: { ja: '中央アジア', en: 'Central Asia' }, bounds: [46, 35, 88, 56] },
  { id: 'korea', name: { ja: '朝鮮半島', en: 'Korean Peninsula' }, bounds: [123, 33, 132, 43.5] },
  { id: 'broken', name: { ja: '壊れた', en: 'Broken' }, bounds: [10, 50, 0, 40] },
];

const step = (more: Partial<TourStep>): TourStep => ({
  id: 's',
  camera: {},
  caption: { ja: '見出し', en: 'Caption' },
  ...more,
});
const none: StepEffects = { bounds: null, country: null, link: null, date: null };

describe('stepEffects', () => {
  const tests: { name: string; step: TourStep; expected: StepEffects }[] = [
    {
      name: 'a region',
      step: step({ camera: { region: 'korea' } }),
      expected: { ...none, bounds: [123, 33, 132, 43.5] },
    },
    {
      name: 'explicit bounds',
      step: step({ camera: { bounds: [20, 43, 42, 53] } }),
      expected: { ...none, bounds: [20, 43, 42, 53] },
    },
    {
      name: 'bounds win over a region',
      step: step({ camera: { region: 'korea', bounds: [20, 43, 42, 53] } }),
      expected: { ...none, bounds: [20, 43, 42, 53] },
    },
    {
      name: 'bad bounds fall back to the region',
      step: step({ camera: { region: 'central-asia', bounds: [42, 43, 20, 53] } }),
      expected: { ...none, bounds: [46, 35, 88, 56] },
    },
    {
      name: 'an unknown region leaves the camera',
      step: step({ camera: { region: 'mars' } }),
      expected: none,
    },
    {
      name: 'a region with bad bounds leaves the camera',
      step: step({ camera: { region: 'broken' } }),
      expected: none,
    },
    { name: 'no camera at all', step: step({}), expected: none },
    {
      name: 'a country',
      step: step({ select: { country: 'KAZ' } }),
      expected: { ...none, country: 'KAZ' },
    },
    {
      name: 'a link',
      step: step({ select: { link: 'KAZ-KOR' } }),
      expected: { ...none, link: 'KAZ-KOR' },
    },
    {
      name: 'a country wins over a link',
      step: step({ select: { country: 'KAZ', link: 'KAZ-KOR' } }),
      expected: { ...none, country: 'KAZ' },
    },
    {
      name: 'empty ids select nothing',
      step: step({ select: { country: '', link: '' } }),
      expected: none,
    },
    {
      name: 'a date',
      step: step({ date: '2022-07-13' }),
      expected: { ...none, date: '2022-07-13' },
    },
    { name: 'an impossible date is dropped', step: step({ date: '2022-02-30' }), expected: none },
    { name: 'a year alone is dropped', step: step({ date: '2022' }), expected: none },
    {
      name: 'everything at once',
      step: step({
        camera: { region: 'central-asia' },
        select: { link: 'KAZ-KOR' },
        date: '1992-01-28',
      }),
      expected: { bounds: [46, 35, 88, 56], country: null, link: 'KAZ-KOR', date: '1992-01-28' },
    },
  ];

  it.each(tests)('$name', ({ step, expected }) => {
    expect(stepEffects(step, regions)).toEqual(expected);
  });

  it('returns bounds the caller may keep without touching the data', () => {
    const fx = stepEffects(step({ camera: { region: 'korea' } }), regions);
    fx.bounds![0] = 0;
    expect(regions[1]!.bounds[0]).toBe(123);
  });
});

describe('validBounds', () => {
  const tests: { value: unknown; expected: boolean }[] = [
    { value: [46, 35, 88, 56], expected: true },
    { value: [-180, -90, 180, 90], expected: true },
    { value: [46, 35, 88], expected: false },
    { value: [46, 35, 88, 56, 1], expected: false },
    { value: [88, 35, 46, 56], expected: false },
    { value: [46, 56, 88, 35], expected: false },
    { value: [46, 35, 46, 56], expected: false },
    { value: [46, -95, 88, 56], expected: false },
    { value: [46, 35, 88, Infinity], expected: false },
    { value: [46, NaN, 88, 56], expected: false },
    { value: ['46', 35, 88, 56], expected: false },
    { value: null, expected: false },
    { value: 'korea', expected: false },
  ];
  it.each(tests)('$value → $expected', ({ value, expected }) => {
    expect(validBounds(value)).toBe(expected);
  });
});

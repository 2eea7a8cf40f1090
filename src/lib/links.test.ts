import { describe, expect, it } from 'vitest';
import { arcsAt, firstEvidence, latestFigure, statusAt, styleOfKinds, widthValues } from './links';
import { fixture } from './fixture.test-data';

const data = fixture();
const link = (id: string) => data.links.find((l) => l.id === id)!;

describe('statusAt', () => {
  it.each([
    ['AAA-CCC', '1991-12-31', null],
    ['AAA-CCC', '1992-01-09', 'established'],
    ['AAA-CCC', '2021-06-01', 'established'],
    ['AAA-CCC', '2022-07-13', 'severed'],
    ['AAA-CCC', '2023-06-01', 'severed'],
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

describe('latestFigure', () => {
  const ab = data.figures.filter((f) => f.link === 'AAA-BBB');
  const total = (f: { measure: string }) => f.measure === 'total-trade';
  it.each([
    [null, 'f-ab-2023'], // the latest full year beats a later partial year
    ['2023-06-01', 'f-ab-2023'],
    ['2022-12-31', 'f-ab-2020'],
    ['2019-12-31', null],
  ])('as of %s → %s', (asOf, id) => {
    expect(latestFigure(ab, asOf, total)?.id ?? null).toBe(id);
  });
});

describe('arcsAt', () => {
  it('draws a trade link once, sized by its latest full-year total', () => {
    const arc = arcsAt(data, null).find((a) => a.link === 'AAA-BBB')!;
    expect(arc).toMatchObject({ id: 'AAA-BBB', style: 'trade', directed: false });
    expect(arc.figure?.id).toBe('f-ab-2023');
  });

  it('draws one arc per direction where flows are directional', () => {
    const arcs = arcsAt(data, null).filter((a) => a.link === 'AAA-CCC');
    expect(arcs.map((a) => [a.id, a.figure?.value])).toEqual([
      ['AAA-CCC:AAA>CCC', 7_710],
      ['AAA-CCC:CCC>AAA', 55_500],
    ]);
    expect(arcs.every((a) => a.directed && a.severed)).toBe(true);
  });

  it('styles a link without figures by its kind', () => {
    expect(arcsAt(data, null).find((a) => a.link === 'BBB-CCC')).toMatchObject({
      style: 'military',
      figure: null,
    });
  });

  it.each([
    ['1990-01-01', []],
    ['1992-01-10', ['AAA-CCC']],
    ['2021-06-01', ['AAA-BBB', 'AAA-CCC:AAA>CCC', 'AAA-CCC:CCC>AAA']],
    ['2023-11-01', ['AAA-BBB', 'AAA-CCC:AAA>CCC', 'AAA-CCC:CCC>AAA', 'BBB-CCC']],
  ])('as of %s shows %j', (asOf, ids) => {
    expect(arcsAt(data, asOf).map((a) => a.id)).toEqual(ids);
  });

  it('reports the status in force: active in 2021, severed after July 2022', () => {
    const at = (day: string) => arcsAt(data, day).find((a) => a.link === 'AAA-CCC' && a.directed)!;
    expect(at('2021-06-01').severed).toBe(false);
    expect(at('2023-06-01').severed).toBe(true);
  });
});

describe('firstEvidence / widthValues', () => {
  it('finds the earliest dated thing', () => {
    expect(firstEvidence(link('AAA-CCC'), data)).toBe('1992-01-09');
    expect(firstEvidence(link('BBB-CCC'), data)).toBe('2023-10-01');
    expect(firstEvidence({ ...link('BBB-CCC'), id: 'none' }, data)).toBeNull();
  });
  it('takes trade totals and exports only', () => {
    expect(widthValues(data).sort((a, b) => a - b)).toEqual([7_710, 55_500, 5.9e9, 2e10, 2.8e10]);
  });
});

import { describe, expect, it } from 'vitest';
import { arcLabel, countryName, figureText, kindsText, measureLabel } from './describe';
import { arcHistory, arcsAt } from './links';
import { fixture } from './fixture.test-data';

const data = fixture();
const names = new Map(
  data.countries.map((c) => [c.iso3, { ...c, name: { ja: `${c.iso3}国`, en: `${c.iso3}land` } }]),
);
const arcs = arcsAt(arcHistory(data), null);
const arc = (id: string) => arcs.find((a) => a.id === id)!;
const kinds = (link: string) => data.links.find((l) => l.id === link)!.kinds;

describe('arcLabel', () => {
  it.each([
    ['AAA-BBB', 'en', 'AAAland – BBBland: trade $28B (2023)'],
    ['AAA-BBB', 'ja', 'AAA国 – BBB国: 貿易 280億ドル(2023年)'],
    ['AAA-CCC:CCC>AAA', 'en', 'CCCland → AAAland: exports $55,500 (2020) (relations severed)'],
    ['BBB-CCC', 'en', 'BBBland – CCCland: military, diplomatic'],
    ['BBB-CCC', 'ja', 'BBB国 – CCC国: 軍事・外交'],
  ] as const)('%s in %s', (id, lang, expected) => {
    const a = arc(id);
    expect(arcLabel(a, kinds(a.link), names, lang)).toBe(expected);
  });
});

describe('helpers', () => {
  it('falls back to the code for an unknown country', () => {
    expect(countryName('ZZZ', names, 'en')).toBe('ZZZ');
  });
  it('writes a figure with its period', () => {
    expect(figureText(data.figures[0]!, 'en')).toBe('$5.9B (2020)');
    expect(figureText(data.figures[0]!, 'ja')).toBe('59億ドル(2020年)');
  });
  it('names measures', () => {
    expect(measureLabel('total-trade', 'en')).toBe('Total trade');
    expect(measureLabel('exports', 'ja')).toBe('輸出');
  });
});

describe('kindsText', () => {
  it.each([
    [['trade', 'investment'], 'ja', '貿易・投資'],
    [['trade', 'investment'], 'en', 'trade, investment'],
    [['conflict'], 'en', 'conflict'],
    [[], 'en', ''],
  ] as const)('%j in %s → %s', (kinds, lang, expected) => {
    expect(kindsText(kinds, lang).toLowerCase()).toBe(expected);
  });
});

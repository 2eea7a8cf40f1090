import { describe, expect, it } from 'vitest';
import {
  arcLabel,
  countryName,
  eventKindLabel,
  figureText,
  kindLabel,
  kindsText,
  measureLabel,
  proposedKindLabel,
  qualifierLabel,
  statusLabel,
} from './describe';
import { EVENT_KINDS, LINK_KINDS, LINK_STATUSES, MEASURES, QUALIFIERS } from '../data/schema';
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

// Every value of each closed list (src/data/schema.ts) has words in both languages: the keys are
// built from the lists and checked by the type checker; this checks the words are there at run time.
describe('every listed value has words in both languages', () => {
  const cases: [string, readonly string[], (v: never, lang: 'ja' | 'en') => string][] = [
    ['link kind', LINK_KINDS, kindLabel],
    ['status', LINK_STATUSES, statusLabel],
    ['measure', MEASURES, measureLabel],
    ['qualifier', QUALIFIERS, qualifierLabel],
    ['event kind', EVENT_KINDS, eventKindLabel],
    ['proposed kind', [...LINK_KINDS, 'severed'], proposedKindLabel],
  ];
  it.each(cases.flatMap(([list, values, label]) => values.map((v) => [list, v, label] as const)))(
    '%s %s',
    (_list, value, label) => {
      const ja = label(value as never, 'ja');
      const en = label(value as never, 'en');
      expect(ja).toMatch(/\S/);
      expect(en).toMatch(/\S/);
      expect(ja).not.toBe(en);
      expect(en).not.toMatch(/^(kind|status|measure|articleQual|articleEvent)_/);
    },
  );
  it('a proposed `severed` reads as the status, other kinds as the kind', () => {
    expect(proposedKindLabel('severed', 'en')).toBe(statusLabel('severed', 'en'));
    expect(proposedKindLabel('trade', 'ja')).toBe(kindLabel('trade', 'ja'));
  });
});

import { describe, expect, it } from 'vitest';
import {
  MAX_VALUE,
  MIN_VALUE,
  seededRandom,
  syntheticAtlas,
  withoutLinks,
  type GeoMeta,
} from './synthetic';

const CODES = ['AUS', 'BRA', 'CHN', 'DEU', 'EGY', 'FRA', 'IND', 'JPN', 'KAZ', 'KOR', 'USA'];
const meta: GeoMeta = Object.fromEntries(
  CODES.map((iso3, i) => [iso3, { name: { ja: `国${i}`, en: `Country ${i}` }, label: [i, -i] }]),
);
const possible = (CODES.length * (CODES.length - 1)) / 2;

describe('seededRandom', () => {
  it('repeats for a seed, differs between seeds, stays in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.slice(0, 5)).not.toEqual(Array.from({ length: 5 }, () => c()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe('syntheticAtlas', () => {
  for (const n of [0, 1, 10, possible]) {
    it(`${n} links: a valid atlas`, () => {
      const data = syntheticAtlas({ meta, links: n, seed: 1 });
      expect(data.links).toHaveLength(n);
      expect(data.figures).toHaveLength(n);
      expect(new Set(data.links.map((l) => l.id)).size).toBe(n);
      const countries = new Map(data.countries.map((c) => [c.iso3, c]));
      for (const l of data.links) {
        expect(l.a < l.b).toBe(true);
        expect(l.id).toBe(`${l.a}-${l.b}`);
        expect(countries.has(l.a) && countries.has(l.b)).toBe(true);
      }
      for (const c of data.countries) {
        expect(c.name).toEqual(meta[c.iso3]!.name);
        expect(c.label).toEqual(meta[c.iso3]!.label);
      }
      const linkIds = new Set(data.links.map((l) => l.id));
      for (const f of data.figures) {
        expect(linkIds.has(f.link)).toBe(true);
        expect(f.measure).toBe('total-trade');
        expect(f.value).toBeGreaterThanOrEqual(MIN_VALUE);
        expect(f.value).toBeLessThanOrEqual(MAX_VALUE);
      }
      const quoteIds = new Set(data.quotes.map((q) => q.id));
      const refs = [
        ...data.links.flatMap((l) => l.quotes),
        ...data.figures.map((f) => f.quote),
        ...data.events.flatMap((e) => e.quotes),
        ...data.countries.flatMap((c) => c.mentions),
      ];
      for (const r of refs) expect(quoteIds.has(r)).toBe(true);
      for (const q of data.quotes) {
        const doc = data.documents.find((d) => d.id === q.doc)!;
        expect(doc.text?.slice(q.start, q.end)).toBe(q.text);
      }
      expect(data.regions.map((r) => r.id)).toContain('all');
      expect(data.regions.some((r) => r.id === data.initialRegion)).toBe(true);
      expect(data.events.length).toBeGreaterThan(0);
    });
  }

  it('is deterministic for a seed and differs between seeds', () => {
    const a = syntheticAtlas({ meta, links: 20, seed: 42 });
    expect(syntheticAtlas({ meta, links: 20, seed: 42 })).toEqual(a);
    expect(syntheticAtlas({ meta, links: 20, seed: 43 }).links).not.toEqual(a.links);
  });

  it('spreads the values over several orders of magnitude', () => {
    const values = syntheticAtlas({ meta, links: possible, seed: 3 }).figures.map((f) => f.value);
    const decades = new Set(values.map((v) => Math.floor(Math.log10(v))));
    expect(decades.size).toBeGreaterThanOrEqual(5);
  });

  for (const n of [-1, 2.5, possible + 1]) {
    it(`throws for ${n} links`, () =>
      expect(() => syntheticAtlas({ meta, links: n, seed: 1 })).toThrow(/cannot make/));
  }
});

describe('withoutLinks', () => {
  it('keeps everything but the links and their figures', () => {
    const data = syntheticAtlas({ meta, links: 10, seed: 5 });
    const bare = withoutLinks(data);
    expect(bare.links).toEqual([]);
    expect(bare.figures).toEqual([]);
    expect(bare.countries).toEqual(data.countries);
    expect(bare.events).toEqual(data.events);
    expect(bare.regions).toEqual(data.regions);
  });
});

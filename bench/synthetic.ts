/**
 * A synthetic `AtlasData` for the frame-time bench: N links between random pairs of real
 * countries (from the geometry's `countries-meta.json`), each with a total-trade figure between
 * US$1e4 and 1e11 (log-uniform, so arc widths cover the whole scale). Deterministic for a seed.
 * It bypasses the data format entirely: the bench feeds it to the app through its own plugin.
 */
import type { AtlasData, Country, Figure, LangText, Link, Region } from '../src/data/types';

export interface CountryMeta {
  name: LangText;
  label: [number, number];
}
export type GeoMeta = Record<string, CountryMeta>;

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MIN_VALUE = 1e4;
export const MAX_VALUE = 1e11;
const QUOTE = 'Every figure here is random.';
const TEXT = `Synthetic data for the bench. ${QUOTE}`;
const YEAR = '2020';

const REGIONS: Region[] = [
  { id: 'all', name: { ja: '世界', en: 'World' }, bounds: [-175, -58, 179, 78] },
  { id: 'europe', name: { ja: 'ヨーロッパ', en: 'Europe' }, bounds: [-12, 34, 45, 70] },
  { id: 'asia', name: { ja: 'アジア', en: 'Asia' }, bounds: [60, -10, 150, 55] },
  { id: 'americas', name: { ja: '南北アメリカ', en: 'Americas' }, bounds: [-170, -56, -30, 72] },
];

export interface SyntheticOptions {
  meta: GeoMeta;
  links: number;
  seed: number;
}

export function syntheticAtlas({ meta, links: n, seed }: SyntheticOptions): AtlasData {
  const codes = Object.keys(meta).sort();
  const possible = (codes.length * (codes.length - 1)) / 2;
  if (!Number.isInteger(n) || n < 0 || n > possible) {
    throw new Error(
      `cannot make ${n} links between ${codes.length} countries (at most ${possible})`,
    );
  }
  const random = seededRandom(seed);
  const pick = () => codes[Math.floor(random() * codes.length)]!;
  const links: Link[] = [];
  const figures: Figure[] = [];
  const ids = new Set<string>();
  while (links.length < n) {
    const x = pick();
    const y = pick();
    if (x === y) continue;
    const [a, b] = x < y ? [x, y] : [y, x];
    const id = `${a}-${b}`;
    if (ids.has(id)) continue;
    ids.add(id);
    links.push({ id, a, b, kinds: ['trade'], statuses: [], quotes: ['q-synthetic'] });
    const value = Math.round(10 ** (Math.log10(MIN_VALUE) + random() * 7));
    figures.push({
      id: `f-${links.length}`,
      link: id,
      value,
      stated: `US$${value}`,
      measure: 'total-trade',
      qualifier: 'exact',
      period: {
        start: `${YEAR}-01-01`,
        end: `${YEAR}-12-31`,
        fullYear: true,
        label: { ja: `${YEAR}年`, en: YEAR },
      },
      quote: 'q-synthetic',
    });
  }
  const parties = [...new Set(links.flatMap((l) => [l.a, l.b]))].sort();
  // With no links, one country still stands in so the event below has somewhere to be.
  const present = parties.length ? parties : codes.slice(0, 1);
  const countries: Country[] = present.map((iso3) => ({
    iso3,
    name: meta[iso3]!.name,
    label: meta[iso3]!.label,
    role: 'party',
    mentions: ['q-synthetic'],
  }));
  const start = TEXT.indexOf(QUOTE);
  return {
    documents: [
      {
        id: 'synthetic',
        file: 'documents/synthetic.txt',
        title: { ja: 'ベンチ用の合成データ', en: 'Synthetic bench data' },
        lang: 'en',
        source: { credit: { ja: 'ベンチマーク', en: 'Benchmark' } },
        summary: { ja: '乱数による架空のデータ。', en: 'Made-up data from a random generator.' },
        text: TEXT,
      },
    ],
    quotes: [
      { id: 'q-synthetic', doc: 'synthetic', text: QUOTE, start, end: start + QUOTE.length },
    ],
    countries,
    links,
    figures,
    // One event over the figures' year: the timeline (and so the map's height) is the same
    // with and without links.
    events: [
      {
        id: 'e-synthetic',
        date: { iso: YEAR, precision: 'year' },
        countries: [present[0]!],
        kind: 'other',
        title: { ja: '合成データの年', en: 'The year of the synthetic data' },
        quotes: ['q-synthetic'],
      },
    ],
    regions: REGIONS,
    initialRegion: 'all',
    tour: [],
  };
}

/** The same atlas with no links: same countries, same map, same panels; no arcs. */
export function withoutLinks(data: AtlasData): AtlasData {
  return { ...data, links: [], figures: [] };
}

/**
 * Look-ups over the dataset, built once: by id, and what concerns each country or link, in the
 * order the panels show it (links by trade volume, events by date).
 */
import type {
  AtlasData,
  AtlasEvent,
  Country,
  Figure,
  Link,
  LinkKind,
  Quote,
  SourceDocument,
} from '../data/types';
import { comparePartialDates } from './dates';

export interface AtlasIndex {
  data: AtlasData;
  countries: Map<string, Country>;
  links: Map<string, Link>;
  kinds: Map<string, LinkKind[]>;
  quotes: Map<string, Quote>;
  documents: Map<string, SourceDocument>;
  figuresOf: (linkId: string) => Figure[];
  eventsOfLink: (linkId: string) => AtlasEvent[];
  eventsOfCountry: (iso3: string) => AtlasEvent[];
  /** Links of a country, the largest trade value first, then those without figures. */
  linksOf: (iso3: string) => Link[];
  /** Every quote id that backs something about a link (statuses, figures, events, the link). */
  quotesOfLink: (linkId: string) => string[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function buildIndex(data: AtlasData): AtlasIndex {
  const figures = groupBy(data.figures, (f) => f.link);
  const eventsByLink = groupBy(data.events, (e) => e.link);
  const byDate = (a: AtlasEvent, b: AtlasEvent) => comparePartialDates(a.date, b.date);
  const maxTrade = (linkId: string) =>
    Math.max(
      0,
      ...(figures.get(linkId) ?? [])
        .filter((f) => f.measure === 'total-trade' || f.measure === 'exports')
        .map((f) => f.value),
    );
  const unique = (ids: string[]) => [...new Set(ids)];

  return {
    data,
    countries: new Map(data.countries.map((c) => [c.iso3, c])),
    links: new Map(data.links.map((l) => [l.id, l])),
    kinds: new Map(data.links.map((l) => [l.id, l.kinds])),
    quotes: new Map(data.quotes.map((q) => [q.id, q])),
    documents: new Map(data.documents.map((d) => [d.id, d])),
    figuresOf: (id) =>
      [...(figures.get(id) ?? [])].sort((a, b) =>
        a.period.end < b.period.end ? -1 : a.period.end > b.period.end ? 1 : 0,
      ),
    eventsOfLink: (id) => [...(eventsByLink.get(id) ?? [])].sort(byDate),
    eventsOfCountry: (iso3) => data.events.filter((e) => e.countries.includes(iso3)).sort(byDate),
    linksOf: (iso3) =>
      data.links
        .filter((l) => l.a === iso3 || l.b === iso3)
        .sort((x, y) => maxTrade(y.id) - maxTrade(x.id) || x.id.localeCompare(y.id)),
    quotesOfLink: (id) => {
      const link = data.links.find((l) => l.id === id);
      if (!link) return [];
      return unique([
        ...link.quotes,
        ...link.statuses.flatMap((s) => s.quotes),
        ...(figures.get(id) ?? []).map((f) => f.quote),
        ...(eventsByLink.get(id) ?? []).flatMap((e) => e.quotes),
      ]);
    },
  };
}

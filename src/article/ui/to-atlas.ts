/**
 * The accepted part of the teacher's articles as atlas data, and that data merged into the
 * atlas: a link both have (China–Kazakhstan) gets the new figures, events and quotes, and its
 * kinds joined; nothing is duplicated. Pure. Only what passes the review's checks is kept (a
 * figure the quote does not state never reaches the map).
 */
import { periodLabel } from '../../../compiler/core/dates.ts';
import type {
  AtlasData,
  AtlasEvent,
  Country,
  Figure,
  FigurePeriod,
  LangText,
  Link,
  LinkKind,
  PartialDate,
  Quote,
  SourceDocument,
} from '../../data/types';
import { LINK_KINDS } from '../../data/schema';
import type { Period } from '../propose.ts';
import { eventProblem, figureProblem, type ArticleDraft } from './review.ts';

/** Names and label points of every country of the geometry (geo/out/countries-meta.json). */
export type CountryMeta = Record<string, { name: LangText; label: [number, number] }>;

function periodOf(p: Period): FigurePeriod {
  if (typeof p === 'number' || 'year' in p) {
    const y = typeof p === 'number' ? p : p.year;
    const start = `${y}-01-01`;
    const end = `${y}-12-31`;
    return {
      start,
      end,
      fullYear: true,
      label: periodLabel(start, end),
      ...(typeof p === 'object' ? { inferred: { ja: p.inferred, en: p.inferred } } : {}),
    };
  }
  const fullYear =
    p.start.endsWith('-01-01') &&
    p.end.endsWith('-12-31') &&
    p.start.slice(0, 4) === p.end.slice(0, 4);
  return { start: p.start, end: p.end, fullYear, label: periodLabel(p.start, p.end) };
}

function partialDate(iso: string, end?: string, inferred?: string): PartialDate {
  const precision = iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
  return {
    iso,
    precision,
    ...(end ? { end } : {}),
    ...(inferred ? { inferred: { ja: inferred, en: inferred } } : {}),
  };
}

const isLinkKind = (k: string): k is LinkKind => (LINK_KINDS as readonly string[]).includes(k);

/** Event titles name the pair and the kind in both languages. */
export type EventTitle = (kind: string, a: string, b: string) => LangText;

/** One article's accepted proposals as atlas data (its own document, quotes, links…). */
export function articleAtlas(
  draft: ArticleDraft,
  base: AtlasData,
  meta: CountryMeta,
  title: EventTitle,
): AtlasData {
  const id = draft.id;
  const quotes: Quote[] = [];
  const quoteIds = new Map<string, string>();
  const quoteOf = (text: string): string => {
    const known = quoteIds.get(text);
    if (known) return known;
    const start = draft.text.indexOf(text);
    const q: Quote = {
      id: `${id}-q${quotes.length + 1}`,
      doc: id,
      text,
      start,
      end: start + text.length,
    };
    quotes.push(q);
    quoteIds.set(text, q.id);
    return q.id;
  };
  const baseCountries = new Map(base.countries.map((c) => [c.iso3, c]));
  const countries = new Map<string, Country>();
  const links: Link[] = [];
  const figures: Figure[] = [];
  const events: AtlasEvent[] = [];
  for (const l of draft.links) {
    if (l.verdict !== 'accepted') continue;
    const [a, b] = [l.a, l.b].sort() as [string, string];
    if (a === b || (!baseCountries.has(a) && !meta[a]) || (!baseCountries.has(b) && !meta[b]))
      continue;
    const linkId = `${a}-${b}`;
    const linkQuotes = l.quotes.filter((q) => draft.text.includes(q)).map(quoteOf);
    for (const iso3 of [a, b]) {
      if (countries.has(iso3)) continue;
      const known = baseCountries.get(iso3);
      const m = meta[iso3];
      countries.set(iso3, {
        iso3,
        name: known?.name ?? m!.name,
        label: known?.label ?? m!.label,
        role: 'party',
        mentions: [],
      });
    }
    const link: Link = {
      id: linkId,
      a,
      b,
      kinds: [...new Set(l.kinds.filter(isLinkKind))],
      statuses: [],
      quotes: linkQuotes,
    };
    for (const f of l.figures) {
      if (f.verdict !== 'accepted' || figureProblem(f, draft.text, [l.a, l.b])) continue;
      figures.push({
        id: `${id}-f${figures.length + 1}`,
        link: linkId,
        value: f.value,
        stated: f.stated,
        measure: f.measure,
        ...(f.from && f.to ? { from: f.from, to: f.to } : {}),
        qualifier: f.qualifier,
        period: periodOf(f.period!),
        quote: quoteOf(f.quote),
      });
      const kind: LinkKind =
        f.measure === 'investment' || f.measure === 'acquisition' ? 'investment' : 'trade';
      if (f.measure !== 'target' && !link.kinds.includes(kind)) link.kinds.push(kind);
    }
    for (const e of l.events) {
      if (e.verdict !== 'accepted' || eventProblem(e, draft.text)) continue;
      events.push({
        id: `${id}-e${events.length + 1}`,
        date: partialDate(e.date, e.end, e.inferred),
        countries: [a, b],
        link: linkId,
        kind: e.kind,
        title: title(e.kind, a, b),
        quotes: [quoteOf(e.quote)],
      });
    }
    if (link.kinds.length === 0) link.kinds.push('cooperation');
    links.push(link);
  }
  const doc: SourceDocument = {
    id,
    file: `documents/${id}.txt`,
    title: { ja: draft.title, en: draft.title },
    lang: draft.lang,
    source: {
      ...(draft.url ? { url: draft.url } : {}),
      credit: { ja: draft.credit || draft.title, en: draft.credit || draft.title },
    },
    ...(draft.date ? { date: partialDate(draft.date) } : {}),
    summary: { ja: '', en: '' },
    text: draft.text,
  };
  return {
    documents: [doc],
    quotes,
    countries: [...countries.values()],
    links,
    figures,
    events,
    regions: [],
    initialRegion: base.initialRegion,
    tour: [],
  };
}

/**
 * `extra` joined to `base`: documents, quotes, figures and events added; a country or link both
 * have is kept once, with its kinds, quotes and statuses joined. Ids of `extra` must be new.
 */
export function mergeInto(base: AtlasData, extra: AtlasData): AtlasData {
  const countries = new Map(base.countries.map((c) => [c.iso3, c]));
  for (const c of extra.countries) {
    const old = countries.get(c.iso3);
    countries.set(
      c.iso3,
      old ? { ...old, role: 'party', mentions: [...old.mentions, ...c.mentions] } : c,
    );
  }
  const links = new Map(base.links.map((l) => [l.id, l]));
  for (const l of extra.links) {
    const old = links.get(l.id);
    links.set(
      l.id,
      old
        ? {
            ...old,
            kinds: [...new Set([...old.kinds, ...l.kinds])],
            statuses: [...old.statuses, ...l.statuses],
            quotes: [...old.quotes, ...l.quotes.filter((q) => !old.quotes.includes(q))],
          }
        : l,
    );
  }
  return {
    ...base,
    documents: [...base.documents, ...extra.documents],
    quotes: [...base.quotes, ...extra.quotes],
    countries: [...countries.values()],
    links: [...links.values()],
    figures: [...base.figures, ...extra.figures],
    events: [...base.events, ...extra.events],
  };
}

/** The atlas with every article's accepted proposals, and the links they touch (drawn "draft"). */
export function teacherAtlas(
  base: AtlasData,
  drafts: readonly ArticleDraft[],
  meta: CountryMeta,
  title: EventTitle,
): { atlas: AtlasData; draftLinks: Set<string> } {
  let atlas = base;
  const draftLinks = new Set<string>();
  for (const d of drafts) {
    const extra = articleAtlas(d, base, meta, title);
    extra.links.forEach((l) => draftLinks.add(l.id));
    atlas = mergeInto(atlas, extra);
  }
  return { atlas, draftLinks };
}

/**
 * The atlas with a teacher's extra data joined in (the compiled result of their articles, see
 * src/article/check.ts). Pure: the base is never changed, and merging the same extra again
 * changes nothing.
 *
 * New documents, quotes, countries, links, figures and events are added and marked
 * `origin: 'teacher'`; a pair the atlas already has keeps its own fields and gets the extra's
 * kinds, quotes and statuses joined (nothing repeated) and is marked `teacher-joined`; the kinds
 * it did not have are listed in `teacherKinds` as well. An item
 * whose id the base already has is the base's: it is not replaced. Always merge into the atlas
 * built from data/ (never into an earlier merge) so that removing an article removes its items.
 */
import type { AtlasData, Country, Link, LinkStatusChange } from './types';

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

function sameStatus(x: LinkStatusChange, y: LinkStatusChange): boolean {
  return x.status === y.status && x.date.iso === y.date.iso && x.date.end === y.date.end;
}

function joinLink(base: Link, extra: Link): Link {
  const statuses = [...base.statuses];
  for (const s of extra.statuses) {
    const same = statuses.findIndex((t) => sameStatus(s, t));
    if (same === -1) statuses.push(s);
    else {
      const t = statuses[same] as LinkStatusChange;
      statuses[same] = { ...t, quotes: union(t.quotes, s.quotes) };
    }
  }
  statuses.sort((x, y) => (x.date.iso < y.date.iso ? -1 : x.date.iso > y.date.iso ? 1 : 0));
  const added = extra.kinds.filter((k) => !base.kinds.includes(k));
  const teacherKinds = union(base.teacherKinds ?? [], added);
  return {
    ...base,
    kinds: union(base.kinds, extra.kinds),
    ...(teacherKinds.length > 0 ? { teacherKinds } : {}),
    statuses,
    quotes: union(base.quotes, extra.quotes),
    origin: base.origin ?? 'teacher-joined',
  };
}

/** `base` with `extra` joined in; see the module comment. */
export function mergeAtlas(base: AtlasData, extra: AtlasData): AtlasData {
  const docIds = new Set(base.documents.map((d) => d.id));
  const quoteIds = new Set(base.quotes.map((q) => q.id));
  const figureIds = new Set(base.figures.map((f) => f.id));
  const eventIds = new Set(base.events.map((e) => e.id));

  const links = [...base.links];
  for (const l of extra.links) {
    const at = links.findIndex((x) => x.id === l.id);
    if (at === -1) links.push({ ...l, origin: 'teacher' });
    else links[at] = joinLink(links[at] as Link, l);
  }
  const parties = new Set(links.flatMap((l) => [l.a, l.b]));

  const countries: Country[] = base.countries.map((c) => ({ ...c }));
  for (const c of extra.countries) {
    const known = countries.find((x) => x.iso3 === c.iso3);
    if (known) known.mentions = union(known.mentions, c.mentions);
    else countries.push({ ...c, origin: 'teacher' });
  }
  for (const c of countries) if (parties.has(c.iso3)) c.role = 'party';
  countries.sort((x, y) => (x.iso3 < y.iso3 ? -1 : x.iso3 > y.iso3 ? 1 : 0));

  const events = [
    ...base.events,
    ...extra.events
      .filter((e) => !eventIds.has(e.id))
      .map((e) => ({ ...e, origin: 'teacher' as const })),
  ];
  // A stable sort by start date, as the compiler orders them.
  events.sort((x, y) => (x.date.iso < y.date.iso ? -1 : x.date.iso > y.date.iso ? 1 : 0));

  return {
    ...base,
    documents: [
      ...base.documents,
      ...extra.documents
        .filter((d) => !docIds.has(d.id))
        .map((d) => ({ ...d, origin: 'teacher' as const })),
    ],
    quotes: [...base.quotes, ...extra.quotes.filter((q) => !quoteIds.has(q.id))],
    countries,
    links,
    figures: [
      ...base.figures,
      ...extra.figures
        .filter((f) => !figureIds.has(f.id))
        .map((f) => ({ ...f, origin: 'teacher' as const })),
    ],
    events,
  };
}

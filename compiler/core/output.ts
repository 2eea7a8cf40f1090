/**
 * The compiled `AtlasData`, from drafts that passed every check.
 */
import type { AtlasData, AtlasEvent, Country, Figure } from '../../src/data/types.ts';
import type { Ctx } from './context.ts';
import { compareDates } from './dates.ts';
import { metaOf } from './read-meta.ts';

export function output(ctx: Ctx): AtlasData {
  const parties = new Set(ctx.links.flatMap((l) => [l.link.a, l.link.b]));
  const countries: Country[] = [];
  for (const c of ctx.countries) {
    const meta = metaOf(ctx, c.iso3, { r: c.r, path: [...c.path, 'iso3'] });
    if (!meta) continue;
    countries.push({
      iso3: c.iso3,
      name: meta.name,
      label: meta.label,
      role: parties.has(c.iso3) ? 'party' : 'mentioned',
      mentions: [...new Set([...c.mentions, ...c.extra.flatMap((e) => e.mentions)])].filter(
        (m): m is string => m !== undefined,
      ),
    });
  }
  countries.sort((x, y) => (x.iso3 < y.iso3 ? -1 : 1));
  const events = ctx.events.map((e) => e.event as AtlasEvent);
  events.sort((x, y) => compareDates(x.date, y.date));
  const documents = [...ctx.docs.values()].map((d) => d.doc);
  const tours = ctx.tours.map(({ id, title }) => {
    const steps = ctx.steps.filter((s) => s.tour === id).map((s) => s.step);
    return title ? { id, title, steps } : { id, steps };
  });
  return {
    documents,
    quotes: [...ctx.quotes.values()],
    countries,
    links: ctx.links.map((l) => l.link),
    figures: ctx.figures.map((f) => f.figure as Figure),
    events,
    regions: ctx.regions.map((x) => x.region),
    initialRegion: ctx.initialRegion?.id ?? ctx.regions[0]?.region.id ?? '',
    tour: ctx.steps.filter((s) => s.tour === undefined).map((s) => s.step),
    // Only when the folder has `tour-<id>.yaml` files: a folder without keeps its exact output.
    ...(tours.length > 0 ? { tours } : {}),
  };
}

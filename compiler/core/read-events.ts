/**
 * Events: dated happenings between countries.
 */
import { EVENT_KINDS } from '../../src/data/schema.ts';
import type { AtlasEvent } from '../../src/data/types.ts';
import { claim, type Ctx } from './context.ts';
import { readDate } from './dates.ts';
import type { FieldPath } from './issues.ts';
import { quoteList } from './read-quotes.ts';
import { linkRef } from './read-relations.ts';
import { describe, type FileReader, type Obj } from './reader.ts';
import { ID_HELP, ID_RE, ISO3_RE } from './rules.ts';

export function readEvent(ctx: Ctx, r: FileReader, o: Obj, path: FieldPath): void {
  r.keys(o, path, ['id', 'date', 'countries', 'link', 'kind', 'title', 'quotes']);
  const id = r.string(o, 'id', path, {
    required: true,
    pattern: ID_RE,
    patternHelp: `is not a valid id (${ID_HELP})`,
    help: `add \`id: …\` (${ID_HELP})`,
  });
  const date = readDate(r, o, 'date', path, { required: true });
  const countries: string[] = [];
  r.list(o, 'countries', path, {
    required: true,
    nonEmpty: true,
    help: 'list the countries involved, e.g. [KAZ, KOR]',
  })?.forEach((v, i) => {
    const p = [...path, 'countries', i];
    if (typeof v !== 'string' || !ISO3_RE.test(v)) {
      r.error(
        p,
        `${describe(v)} is not an ISO 3166-1 alpha-3 code`,
        'use three capital letters, e.g. KAZ',
      );
    } else if (countries.includes(v)) {
      r.error(p, `${v} is listed twice`, 'remove the repeated entry');
    } else {
      countries.push(v);
      ctx.countryRefs.push({ id: v, r, path: p, what: 'event country' });
    }
  });
  const link = linkRef(ctx, r, o, 'link', path, false);
  const kind = r.oneOf(o, 'kind', path, EVENT_KINDS, { required: true });
  const title = r.langText(o, 'title', path, { required: true });
  const quotes = quoteList(ctx, r, o, 'quotes', path, id ?? 'event');
  if (!id || !claim(ctx, 'event', id, { r, path: [...path, 'id'] })) return;
  const event: Partial<AtlasEvent> & { id: string } = { id, countries };
  if (date) event.date = date;
  if (link) event.link = link;
  if (kind) event.kind = kind;
  if (title) event.title = title;
  if (quotes) event.quotes = quotes;
  ctx.events.push({ event, r, path });
}

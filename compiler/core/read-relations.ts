/**
 * `relations.yaml` and `relations-*.yaml`: the lists they hold, countries and links.
 */
import { LINK_KINDS, LINK_STATUSES } from '../../src/data/schema.ts';
import type { LangText, Link, LinkKind, LinkStatusChange } from '../../src/data/types.ts';
import {
  claim,
  type Ctx,
  fileError,
  fileLabel,
  type LinkDraft,
  type Origin,
  reader,
} from './context.ts';
import { readDate } from './dates.ts';
import type { FieldPath } from './issues.ts';
import { readEvent } from './read-events.ts';
import { readFigure } from './read-figures.ts';
import { quoteDef, quoteList, readQuoteRef } from './read-quotes.ts';
import { describe, type FileReader, type Obj } from './reader.ts';
import { ISO3_RE, normaliseLinkId } from './rules.ts';

export function readRelations(ctx: Ctx): void {
  const rels = [...ctx.input.files.keys()]
    .filter((f) => /^relations(?:-[^/]+)?\.ya?ml$/.test(f))
    .sort((a, b) =>
      a.startsWith('relations.') ? -1 : b.startsWith('relations.') ? 1 : a < b ? -1 : 1,
    );
  if (!rels.some((f) => /^relations\.ya?ml$/.test(f))) {
    fileError(
      ctx,
      'relations.yaml',
      'not found',
      'create relations.yaml with quotes, countries, links, figures and events (see data/README.md)',
    );
  }
  for (const f of ctx.input.files.keys()) {
    if (
      !f.includes('/') &&
      /\.ya?ml$/.test(f) &&
      !rels.includes(f) &&
      // gazetteer and keywords: the article extractor's word lists (src/article/lexicon.ts).
      !/^(regions|tour|gazetteer|keywords)\.ya?ml$/.test(f) &&
      // tour-<id>.yaml: more tours (read-tour.ts).
      !/^tour-[^/]*\.ya?ml$/.test(f)
    ) {
      ctx.warnings.push({
        file: fileLabel(ctx, f),
        path: '',
        message: 'ignored: not a file the atlas reads',
        fix: 'name extra relation files relations-<something>.yaml',
      });
    }
  }
  for (const rel of rels) {
    const r = reader(ctx, rel);
    if (!r) continue;
    const value = r.src.value ?? {};
    const obj = r.object(value, [], 'the relations (quotes, countries, links, figures, events)');
    if (!obj) continue;
    r.keys(obj, [], ['quotes', 'countries', 'links', 'figures', 'events']);
    const each = (key: string, fn: (o: Obj, path: FieldPath) => void, what: string): void => {
      const list = r.list(obj, key, []);
      list?.forEach((v, i) => {
        const o = r.object(v, [key, i], what);
        if (o) fn(o, [key, i]);
      });
    };
    each('quotes', (o, p) => quoteDef(ctx, r, o, p, undefined, true), 'a quote');
    each('countries', (o, p) => readCountry(ctx, r, o, p), 'a country');
    each('links', (o, p) => readLink(ctx, r, o, p), 'a link');
    each('figures', (o, p) => readFigure(ctx, r, o, p), 'a figure');
    each('events', (o, p) => readEvent(ctx, r, o, p), 'an event');
  }
}

export function readIso3(
  ctx: Ctx,
  r: FileReader,
  obj: Obj,
  key: string,
  path: FieldPath,
  what: string,
  required = true,
): string | undefined {
  const v = r.string(obj, key, path, {
    required,
    pattern: ISO3_RE,
    patternHelp: 'is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. KAZ)',
    help: 'use the three-letter code of a country, e.g. KAZ, KOR, PRK, RUS, UKR',
  });
  if (v !== undefined) ctx.countryRefs.push({ id: v, r, path: [...path, key], what });
  return v;
}

export function linkRef(
  ctx: Ctx,
  r: FileReader,
  obj: Obj,
  key: string,
  path: FieldPath,
  required: boolean,
): string | undefined {
  const v = r.string(obj, key, path, {
    required,
    help: 'write the link as the two country codes, e.g. KAZ-KOR',
  });
  if (v === undefined) return undefined;
  const id = normaliseLinkId(v);
  ctx.linkRefs.push({ id, r, path: [...path, key] });
  return id;
}

export function readCountry(ctx: Ctx, r: FileReader, o: Obj, path: FieldPath): void {
  r.keys(o, path, ['iso3', 'aliases', 'mentions']);
  const iso3 = r.string(o, 'iso3', path, {
    required: true,
    pattern: ISO3_RE,
    patternHelp: 'is not an ISO 3166-1 alpha-3 code (three capital letters, e.g. KAZ)',
    help: 'add `iso3: KAZ` (the ISO 3166-1 alpha-3 code)',
  });
  const aliases: string[] = [];
  r.list(o, 'aliases', path)?.forEach((v, i) => {
    if (typeof v === 'string' && v.trim() !== '') aliases.push(v);
    else
      r.error(
        [...path, 'aliases', i],
        `expected a word, found ${describe(v)}`,
        'list the words the documents use for the country, e.g. [韓国]',
      );
  });
  const mentions: (string | undefined)[] = [];
  const list = r.list(o, 'mentions', path, {
    required: true,
    nonEmpty: true,
    help: 'add at least one quote that names the country:\n      mentions:\n        - doc: <document id>\n          text: <words that name it>',
  });
  list?.forEach((v, i) =>
    mentions.push(
      readQuoteRef(ctx, r, v, [...path, 'mentions', i], `${iso3 ?? 'country'}-mention`),
    ),
  );
  if (!iso3) return;
  // A country may be listed again (e.g. in relations-<topic>.yaml for a new document): the
  // entries are merged.
  const earlier = ctx.countries.find((c) => c.iso3 === iso3);
  if (earlier) {
    for (const a of aliases) if (!earlier.aliases.includes(a)) earlier.aliases.push(a);
    earlier.extra.push({ r, path, mentions });
    return;
  }
  ctx.countries.push({ iso3, aliases, mentions, r, path, extra: [] });
}

export function readLink(ctx: Ctx, r: FileReader, o: Obj, path: FieldPath): void {
  r.keys(o, path, ['id', 'a', 'b', 'kinds', 'statuses', 'summary', 'quotes']);
  let a = readIso3(ctx, r, o, 'a', path, 'link end');
  let b = readIso3(ctx, r, o, 'b', path, 'link end');
  const pair = a && b ? (a < b ? `${a}-${b}` : `${b}-${a}`) : undefined;
  // A pair may be declared again (e.g. in relations-<topic>.yaml for a second article): the
  // declarations merge (kinds join), and a repeated one may leave `kinds` out.
  const earlier = pair ? ctx.links.find((l) => l.link.id === pair) : undefined;
  const kinds = r.oneOfList(o, 'kinds', path, LINK_KINDS, { required: !earlier, nonEmpty: true });
  const summary = r.langText(o, 'summary', path);
  if (summary) checkNoDocumentNumbers(r, summary, [...path, 'summary']);
  if (a && b && a === b) {
    r.error(
      [...path, 'b'],
      `a link joins two different countries, but both ends are ${a}`,
      'set `b` to the other country',
    );
    return;
  }
  if (a && b && a > b) [a, b] = [b, a];
  const id = a && b ? `${a}-${b}` : undefined;
  if (o.id !== undefined && id) {
    if (typeof o.id !== 'string' || normaliseLinkId(o.id) !== id) {
      r.error(
        [...path, 'id'],
        `${describe(o.id)} does not match the ends ${a} and ${b}`,
        `remove \`id\` (it is always ${id}) or fix a/b`,
      );
    }
  }
  const owner = id ?? 'link';
  const statuses: LinkStatusChange[] = [];
  const statusOrigins: Origin[] = [];
  r.list(o, 'statuses', path)?.forEach((v, i) => {
    const p = [...path, 'statuses', i];
    const s = r.object(
      v,
      p,
      'a status change',
      'write { status: established, date: 1992-01-28, quotes: [...] }',
    );
    if (!s) return;
    r.keys(s, p, ['status', 'date', 'quotes']);
    const status = r.oneOf(s, 'status', p, LINK_STATUSES, { required: true });
    const date = readDate(r, s, 'date', p, { required: true });
    const quotes = quoteList(ctx, r, s, 'quotes', p, `${owner}-${status ?? 'status'}`);
    if (status && date && quotes) {
      statuses.push({ status, date, quotes });
      statusOrigins.push({ r, path: p });
    }
  });
  const quotes = quoteList(ctx, r, o, 'quotes', path, owner);
  if (earlier && id) {
    mergeLink(earlier, { r, path }, kinds, summary, statuses, statusOrigins, quotes);
    return;
  }
  if (!id || !kinds || !quotes) return;
  if (!claim(ctx, 'link', id, { r, path })) return;
  const link: Link = { id, a: a as string, b: b as string, kinds, statuses, quotes };
  if (summary) link.summary = summary;
  ctx.links.push({ link, statusOrigins, r, path, extra: [] });
}

/**
 * A further declaration of a link joins the first: kinds, statuses and quotes add up (nothing
 * repeated). What cannot be joined is an error that names both places: two summaries, or two
 * different statuses at the same date.
 */
function mergeLink(
  first: LinkDraft,
  here: Origin,
  kinds: LinkKind[] | undefined,
  summary: LangText | undefined,
  statuses: LinkStatusChange[],
  statusOrigins: Origin[],
  quotes: string[] | undefined,
): void {
  const link = first.link;
  const there = first.r.where(first.path);
  for (const k of kinds ?? []) if (!link.kinds.includes(k)) link.kinds.push(k);
  if (summary) {
    if (link.summary && (link.summary.ja !== summary.ja || link.summary.en !== summary.en)) {
      here.r.error(
        [...here.path, 'summary'],
        `link ${link.id} already has a summary (at ${there})`,
        'keep one summary for the pair: merge the two texts into the first, and remove this one',
      );
    } else link.summary = summary;
  }
  statuses.forEach((s, i) => {
    const o = statusOrigins[i];
    const at = link.statuses.findIndex(
      (t) => t.date.iso === s.date.iso && (t.date.end ?? '') === (s.date.end ?? ''),
    );
    const same = link.statuses[at];
    if (same && same.status === s.status) {
      for (const q of s.quotes) if (!same.quotes.includes(q)) same.quotes.push(q);
      return;
    }
    if (same && o) {
      const other = first.statusOrigins[at];
      const where = other ? other.r.where(other.path) : there;
      o.r.error(
        [...o.path, 'status'],
        `link ${link.id} is ${s.status} on ${s.date.iso} here, but ${same.status} on the same date at ${where}`,
        `a pair has one status at a date: keep the one the quotes state and remove the other (at ${where} or here), or correct its date`,
      );
      return;
    }
    link.statuses.push(s);
    if (o) first.statusOrigins.push(o);
  });
  for (const q of quotes ?? []) if (!link.quotes.includes(q)) link.quotes.push(q);
  first.extra.push(here);
}

/**
 * A text shown to readers must not refer to a document by a number they never see ("(001)",
 * "Document 002", 「003は」): the documents are known to them by their titles.
 */
export function checkNoDocumentNumbers(r: FileReader, text: LangText, path: FieldPath): void {
  for (const lang of ['ja', 'en'] as const) {
    const m =
      /\((?:0\d\d)\)|\b(?:document|doc\.?)\s+0\d\d\b|(?<![\d,.])0\d\d(?=は|が|に|で|の|\b)/i.exec(
        text[lang],
      );
    if (m) {
      r.error(
        [...path, lang],
        `「${m[0]}」 refers to a document by a number the reader never sees`,
        'name the document by its title (e.g. 「プーチン大統領のカザフスタン訪問」によれば / according to "Putin\'s visit to Kazakhstan"), or leave the reference out: the quotes below the summary show their documents',
      );
      return;
    }
  }
}

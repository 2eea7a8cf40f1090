/**
 * Cross-checks, once everything is read: quotes located, references resolved, dates and amounts
 * against their quotes, unused entries.
 */
import type { PartialDate } from '../../src/data/types.ts';
import { type Ctx, fileLabel, type Origin, quoteOf } from './context.ts';
import { compareDates, dateStated, japaneseDate, rangeEndStated } from './dates.ts';
import { didYouMean } from './issues.ts';
import { checkMoney } from './money-check.ts';
import { parseMoney } from './money.ts';
import { locateQuote } from './quotes.ts';
import { metaOf, suggestCountry } from './read-meta.ts';
import { clip } from './reader.ts';
import { FUZZY_BUDGET, ISO3_RE } from './rules.ts';

export function checkQuotes(ctx: Ctx): void {
  const others = [...ctx.texts].map(([id, t]) => ({ id, text: t.text }));
  let fuzzyLeft = FUZZY_BUDGET;
  for (const q of ctx.quoteDrafts) {
    const d = ctx.texts.get(q.doc);
    if (!d) {
      ctx.badQuotes.add(q.id);
      q.r.error(
        [...q.path, 'doc'],
        `unknown document \`${q.doc}\`${didYouMean(q.doc, ctx.texts.keys())}`,
        `use one of: ${[...ctx.texts.keys()].join(', ')}`,
      );
      continue;
    }
    const loc = locateQuote(
      q.doc,
      fileLabel(ctx, d.file),
      d.text,
      q.text,
      q.occurrence,
      others,
      fuzzyLeft > 0,
    );
    if (!loc.ok) {
      if (loc.detail.some((l) => l.startsWith('closest') || l.startsWith('no similar')))
        fuzzyLeft--;
      ctx.badQuotes.add(q.id);
      const path =
        q.occurrence !== undefined && loc.message.startsWith('occurrence')
          ? [...q.path, 'occurrence']
          : [...q.path, 'text'];
      q.r.error(path, `quote ${q.id}: ${loc.message}`, loc.fix, loc.detail);
      continue;
    }
    ctx.quotes.set(q.id, { id: q.id, doc: q.doc, text: q.text, start: loc.start, end: loc.end });
  }
  for (const ref of ctx.quoteRefs) {
    if (ctx.quoteById.has(ref.id)) continue;
    ref.r.error(
      ref.path,
      `no quote with id \`${ref.id}\`${didYouMean(ref.id, ctx.quoteById.keys())}`,
      'define it under `quotes:` in relations.yaml, or write the quote here as { doc: …, text: … }',
    );
  }
}

export function listedCountries(ctx: Ctx): Set<string> {
  return new Set(ctx.countries.map((c) => c.iso3));
}

export function checkCountries(ctx: Ctx): void {
  const listed = listedCountries(ctx);
  for (const c of ctx.countries) {
    const meta = metaOf(ctx, c.iso3, { r: c.r, path: [...c.path, 'iso3'] });
    const names = [...c.aliases, ...(meta ? [meta.name.ja] : [])];
    const entries = [{ r: c.r, path: c.path, mentions: c.mentions }, ...c.extra];
    for (const entry of entries)
      entry.mentions.forEach((qid, i) => {
        const q = quoteOf(ctx, qid);
        if (!q || names.length === 0) return;
        if (!names.some((n) => q.text.includes(n))) {
          entry.r.error(
            [...entry.path, 'mentions', i],
            `quote ${q.id} 「${clip(q.text, 60)}」 does not name ${c.iso3}: it contains none of ${names.map((n) => `「${n}」`).join(', ')}`,
            'quote a passage that names the country, or add the word the text uses for it to `aliases`',
          );
        }
      });
  }
  const reported = new Set<string>();
  for (const ref of ctx.countryRefs) {
    if (listed.has(ref.id)) continue;
    const key = `${ref.r.file}|${ref.path.join('.')}`;
    if (reported.has(key)) continue;
    reported.add(key);
    if (ctx.meta && !ctx.meta.has(ref.id)) {
      ref.r.error(
        ref.path,
        `unknown country code ${ref.id} (${ref.what}): it is not in the geometry${suggestCountry(ctx, ref.id)}`,
        'use the ISO 3166-1 alpha-3 code of a country on the map (e.g. KAZ, KOR, PRK)',
      );
    } else {
      ref.r.error(
        ref.path,
        `${ref.id} (${ref.what}) is not listed under \`countries\``,
        `add it to countries: in relations.yaml with a quote that mentions it:\n      - iso3: ${ref.id}\n        mentions:\n          - { doc: …, text: … }`,
      );
    }
  }
}

export function linkIds(ctx: Ctx): Set<string> {
  return new Set(ctx.links.map((l) => l.link.id));
}

export function checkDateStated(
  ctx: Ctx,
  o: Origin,
  field: string,
  date: PartialDate | undefined,
  quoteIds: string[] | undefined,
): void {
  if (!date || date.inferred || !quoteIds) return;
  const quotes = quoteIds.map((id) => quoteOf(ctx, id));
  if (quotes.some((q) => q === undefined)) return; // a quote already failed: its error says enough
  const texts = quotes.map((q) => q?.text ?? '');
  const p = [...o.path, field];
  if (!texts.some((t) => dateStated(t, date.iso))) {
    o.r.error(
      p,
      `${date.iso} is not stated in its quotes (looked for 「${japaneseDate(date.iso)}」)`,
      `quote the sentence that gives the date, or explain where it comes from, in both languages:\n      ${field}: { iso: ${date.iso}, inferred: { ja: …, en: … } }`,
    );
    return;
  }
  if (date.end && !texts.some((t) => rangeEndStated(t, date.iso, date.end ?? ''))) {
    o.r.error(
      p,
      `the end of the range, ${date.end}, is not stated in its quotes`,
      'quote the words that give the end of the range, or mark the date `inferred` with the reason',
    );
  }
}

export function checkLinks(ctx: Ctx): void {
  const links = linkIds(ctx);
  for (const l of ctx.links) {
    l.link.statuses.forEach((s, i) => {
      const o = l.statusOrigins[i];
      if (o) checkDateStated(ctx, o, 'date', s.date, s.quotes);
    });
    l.link.statuses.sort((x, y) => compareDates(x.date, y.date));
  }
  // A pair whose end is an unknown code was reported there: references to it, or to the pair it
  // was meant to be, would only echo that error (and point at another pair).
  const reported = new Set([
    ...ctx.countryRefs.map((c) => c.id),
    ...ctx.countries.map((c) => c.iso3),
  ]);
  const unknown = (c: string): boolean =>
    ctx.meta !== undefined && !ctx.meta.has(c) && reported.has(c);
  const brokenEnds = new Set<string>();
  for (const l of ctx.links) {
    if (unknown(l.link.a)) brokenEnds.add(l.link.b);
    if (unknown(l.link.b)) brokenEnds.add(l.link.a);
  }
  for (const ref of ctx.linkRefs) {
    if (links.has(ref.id)) continue;
    const ends = ref.id.split('-');
    const pair = /^[A-Z]{3}-[A-Z]{3}$/.test(ref.id);
    if (pair && (ends.some(unknown) || ends.some((e) => brokenEnds.has(e)))) continue;
    const [x, y] = ref.id.split('-');
    const hint = didYouMean(ref.id, links);
    ref.r.error(
      ref.path,
      `no link ${ref.id}${hint}`,
      x && y && ISO3_RE.test(x) && ISO3_RE.test(y)
        ? `add it under links: (a: ${x}, b: ${y}, kinds, quotes), or correct the id`
        : 'write a link as the two country codes of an existing link, e.g. KAZ-KOR',
    );
  }
}

export function checkFigures(ctx: Ctx): void {
  const links = new Map(ctx.links.map((l) => [l.link.id, l.link]));
  for (const { figure: f, r, path } of ctx.figures) {
    const link = f.link ? links.get(f.link) : undefined;
    if (link) {
      for (const key of ['from', 'to'] as const) {
        const c = f[key];
        if (c && c !== link.a && c !== link.b) {
          r.error(
            [...path, key],
            `${c} is not an end of link ${link.id}`,
            `use ${link.a} or ${link.b}, or attach the figure to the link between ${f.from ?? '?'} and ${f.to ?? '?'}`,
          );
        }
      }
      if (f.from && f.to && f.from === f.to)
        r.error(
          [...path, 'to'],
          `from and to are both ${f.from}`,
          'a flow goes from one end of the link to the other',
        );
    }
    for (const s of f.sharedWith ?? []) {
      if (s === f.link)
        r.error(
          [...path, 'sharedWith'],
          `sharedWith repeats the figure's own link ${s}`,
          'list only the other links the amount also covers',
        );
    }
    const q = quoteOf(ctx, f.quote);
    if (!q || f.stated === undefined) continue;
    const problems = checkMoney(q.id, q.text, f.stated, f.value, f.qualifier);
    for (const problem of problems) {
      r.error([...path, problem.field], problem.message, problem.fix);
    }
    if (f.value === undefined && problems.length === 0) {
      const parsed = parseMoney(f.stated);
      if (parsed.ok) {
        f.value = parsed.value;
        ctx.computed.push({
          file: r.file,
          line: r.lineOf(path),
          id: f.id,
          stated: f.stated,
          value: parsed.value,
        });
      }
    }
    if (f.period && !f.period.inferred) {
      const year = f.period.start.slice(0, 4);
      if (!new RegExp(`(?<!\\d)${year}(?!\\d)`).test(q.text)) {
        r.error(
          [...path, 'period'],
          `the year ${year} is not in quote ${q.id} 「${clip(q.text, 60)}」`,
          'quote the sentence that gives the year, or add `inferred: { ja: …, en: … }` (the reason) to the period',
        );
      }
    }
  }
}

export function checkEvents(ctx: Ctx): void {
  const links = new Map(ctx.links.map((l) => [l.link.id, l.link]));
  for (const e of ctx.events) {
    const ev = e.event;
    checkDateStated(ctx, e, 'date', ev.date, ev.quotes);
    const link = ev.link ? links.get(ev.link) : undefined;
    if (link && ev.countries) {
      for (const end of [link.a, link.b]) {
        if (!ev.countries.includes(end)) {
          e.r.error(
            [...e.path, 'countries'],
            `the event belongs to link ${link.id} but its countries do not include ${end}`,
            `add ${end} to countries`,
          );
        }
      }
    }
  }
}

export function checkRegionsAndTour(ctx: Ctx): void {
  const regionIds = new Set(ctx.regions.map((x) => x.region.id));
  if (ctx.initialRegion && !regionIds.has(ctx.initialRegion.id) && ctx.regions.length > 0) {
    const { r, path, id } = ctx.initialRegion;
    r.error(
      path,
      `no region \`${id}\`${didYouMean(id, regionIds)}`,
      `use one of: ${[...regionIds].join(', ')}`,
    );
  }
  for (const ref of ctx.regionRefs) {
    if (regionIds.has(ref.id)) continue;
    ref.r.error(
      ref.path,
      `no region \`${ref.id}\`${didYouMean(ref.id, regionIds)}`,
      `use one of the ids in regions.yaml: ${[...regionIds].join(', ')}`,
    );
  }
}

export function warnUnused(ctx: Ctx): void {
  const used = new Set<string>();
  for (const c of ctx.countries) {
    for (const m of [...c.mentions, ...c.extra.flatMap((e) => e.mentions)]) if (m) used.add(m);
  }
  for (const l of ctx.links) {
    for (const q of l.link.quotes) used.add(q);
    for (const s of l.link.statuses) for (const q of s.quotes) used.add(q);
  }
  for (const f of ctx.figures) if (f.quoteRef) used.add(f.quoteRef);
  for (const e of ctx.events) for (const q of e.event.quotes ?? []) used.add(q);
  for (const s of ctx.steps) if (s.step.quote) used.add(s.step.quote);
  for (const q of ctx.quoteDrafts) {
    if (q.shared && !used.has(q.id)) {
      ctx.warnings.push({
        file: q.r.file,
        line: q.r.lineOf(q.path),
        path: `quote ${q.id}`,
        message: 'defined but never used',
      });
    }
  }
  const quotedDocs = new Set([...ctx.quotes.values()].map((q) => q.doc));
  for (const d of ctx.docs.values()) {
    if (!quotedDocs.has(d.doc.id)) {
      ctx.warnings.push({
        file: fileLabel(ctx, d.doc.file),
        path: '',
        message: 'no quote comes from this document yet',
      });
    }
  }
}

/**
 * Figures (amounts backed by a quote) and their periods.
 */
import { DIRECTIONAL_MEASURES, MEASURES, QUALIFIERS } from '../../src/data/schema.ts';
import type { Figure, FigurePeriod, LangText } from '../../src/data/types.ts';
import { claim, type Ctx, type FigureDraft } from './context.ts';
import { isFullYear, parseIso, periodLabel } from './dates.ts';
import type { FieldPath } from './issues.ts';
import { readQuoteRef } from './read-quotes.ts';
import { linkRef, readIso3 } from './read-relations.ts';
import { describe, type FileReader, type Obj } from './reader.ts';
import { ID_HELP, ID_RE, normaliseLinkId } from './rules.ts';

export function readPeriod(
  ctx: Ctx,
  r: FileReader,
  o: Obj,
  path: FieldPath,
): FigurePeriod | undefined {
  const help =
    'write `period: 2020` for a calendar year, or\n      period: { start: 2024-01-01, end: 2024-09-30, label: { ja: 2024年1〜9月, en: Jan–Sep 2024 } }';
  const v = o.period;
  const p = [...path, 'period'];
  if (v === undefined || v === null) {
    r.missing(o, 'period', path, help);
    return undefined;
  }
  let start: string | undefined;
  let end: string | undefined;
  let label: LangText | undefined;
  let inferred: LangText | undefined;
  const yearOf = (y: unknown, at: FieldPath): string | undefined => {
    const s = typeof y === 'number' ? String(y) : typeof y === 'string' ? y : undefined;
    if (s === undefined || !/^\d{4}$/.test(s)) {
      r.error(at, `expected a year (YYYY), found ${describe(y)}`, help);
      return undefined;
    }
    return s;
  };
  if (typeof v === 'number' || typeof v === 'string') {
    const y = yearOf(v, p);
    if (!y) return undefined;
    start = `${y}-01-01`;
    end = `${y}-12-31`;
  } else {
    const po = r.object(v, p, 'a period', help);
    if (!po) return undefined;
    r.keys(po, p, ['year', 'start', 'end', 'fullYear', 'label', 'inferred']);
    if (po.year !== undefined) {
      if (po.start !== undefined || po.end !== undefined) {
        r.error(p, 'give either `year` or `start`/`end`, not both', help);
        return undefined;
      }
      const y = yearOf(po.year, [...p, 'year']);
      if (!y) return undefined;
      start = `${y}-01-01`;
      end = `${y}-12-31`;
    } else {
      start = dayDate(ctx, r, po, 'start', p, help);
      end = dayDate(ctx, r, po, 'end', p, help);
      if (!start || !end) return undefined;
      if (end < start) {
        r.error([...p, 'end'], `end ${end} is before start ${start}`, 'swap them');
        return undefined;
      }
    }
    label = r.langText(po, 'label', p);
    inferred = r.langText(po, 'inferred', p);
    const fy = isFullYear(start, end);
    if (po.fullYear !== undefined && po.fullYear !== fy) {
      r.error(
        [...p, 'fullYear'],
        `${describe(po.fullYear)} is wrong: ${start}…${end} ${fy ? 'is' : 'is not'} a whole calendar year`,
        'remove `fullYear` (it is computed)',
      );
      return undefined;
    }
  }
  const period: FigurePeriod = {
    start,
    end,
    fullYear: isFullYear(start, end),
    label: label ?? periodLabel(start, end),
  };
  if (inferred) period.inferred = inferred;
  return period;
}

export function dayDate(
  ctx: Ctx,
  r: FileReader,
  o: Obj,
  key: string,
  path: FieldPath,
  help: string,
): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    r.missing(o, key, path, help);
    return undefined;
  }
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    r.error([...path, key], `expected a day (YYYY-MM-DD), found ${describe(v)}`, help);
    return undefined;
  }
  const parsed = parseIso(v);
  if ('error' in parsed) {
    r.error([...path, key], parsed.error, help);
    return undefined;
  }
  return v;
}

export function readFigure(ctx: Ctx, r: FileReader, o: Obj, path: FieldPath): void {
  r.keys(o, path, [
    'id',
    'link',
    'value',
    'stated',
    'measure',
    'from',
    'to',
    'qualifier',
    'period',
    'note',
    'quote',
    'sharedWith',
  ]);
  const id = r.string(o, 'id', path, {
    required: true,
    pattern: ID_RE,
    patternHelp: `is not a valid id (${ID_HELP})`,
    help: `add \`id: …\` (${ID_HELP})`,
  });
  const link = linkRef(ctx, r, o, 'link', path, true);
  // `value` may be left out: it is then computed from `stated` (and printed by npm run data).
  const value = r.number(o, 'value', path, {
    min: 0,
    help: 'write the amount in US dollars as a plain number, e.g. 5900000000, or leave `value` out: it is computed from `stated`',
  });
  const stated = r.string(o, 'stated', path, {
    required: true,
    help: 'add `stated:` with the amount exactly as the quote writes it, e.g. 59億ドル',
  });
  const measure = r.oneOf(o, 'measure', path, MEASURES, { required: true });
  const from = readIso3(ctx, r, o, 'from', path, 'figure direction', false);
  const to = readIso3(ctx, r, o, 'to', path, 'figure direction', false);
  const qualifier = r.oneOf(o, 'qualifier', path, QUALIFIERS, { required: true });
  const period = readPeriod(ctx, r, o, path);
  const note = r.langText(o, 'note', path);
  let quoteRef: string | undefined;
  if (o.quote === undefined || o.quote === null) {
    r.missing(
      o,
      'quote',
      path,
      'add `quote:` with the sentence that states the amount ({ doc: …, text: … } or a quote id)',
    );
  } else {
    quoteRef = readQuoteRef(ctx, r, o.quote, [...path, 'quote'], id ?? 'figure');
  }
  const sharedWith: string[] = [];
  r.list(o, 'sharedWith', path)?.forEach((v, i) => {
    if (typeof v !== 'string') {
      r.error(
        [...path, 'sharedWith', i],
        `expected a link id, found ${describe(v)}`,
        'e.g. KOR-UZB',
      );
      return;
    }
    const sid = normaliseLinkId(v);
    ctx.linkRefs.push({ id: sid, r, path: [...path, 'sharedWith', i] });
    sharedWith.push(sid);
  });
  if (measure && (DIRECTIONAL_MEASURES as readonly string[]).includes(measure) && (!from || !to)) {
    if (!from)
      r.missing(
        o,
        'from',
        path,
        `\`${measure}\` has a direction: add \`from:\` (the exporter / investor / buyer)`,
      );
    if (!to)
      r.missing(
        o,
        'to',
        path,
        `\`${measure}\` has a direction: add \`to:\` (the importer / recipient)`,
      );
  }
  if (measure === 'total-trade' && (from || to)) {
    r.error(
      [...path, from ? 'from' : 'to'],
      'total trade has no direction',
      'remove `from`/`to`, or use measure exports / imports',
    );
  }
  if (!id || !claim(ctx, 'figure', id, { r, path: [...path, 'id'] })) return;
  const figure: Partial<Figure> & { id: string } = { id };
  if (link) figure.link = link;
  if (value !== undefined) figure.value = value;
  if (stated) figure.stated = stated;
  if (measure) figure.measure = measure;
  if (from) figure.from = from;
  if (to) figure.to = to;
  if (qualifier) figure.qualifier = qualifier;
  if (period) figure.period = period;
  if (note) figure.note = note;
  if (quoteRef) figure.quote = quoteRef;
  if (sharedWith.length) figure.sharedWith = sharedWith;
  const draft: FigureDraft = { figure, r, path };
  if (quoteRef) draft.quoteRef = quoteRef;
  ctx.figures.push(draft);
}

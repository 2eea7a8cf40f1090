/**
 * Quotes as written in the data: shared quotes (`quotes:`), inline `{ doc, text }` and quote ids.
 */
import { claim, type Ctx, nextAutoId, type QuoteDraft } from './context.ts';
import type { FieldPath } from './issues.ts';
import { describe, type FileReader, isObj, type Obj } from './reader.ts';
import { MAX_QUOTE_LENGTH, QUOTE_ID_RE } from './rules.ts';

/**
 * A quote reference: a quote id (text), or an inline quote `{ doc, text, occurrence?, id? }`.
 * Returns the id (registered or referenced), or `undefined` after an error.
 */
export function readQuoteRef(
  ctx: Ctx,
  r: FileReader,
  v: unknown,
  path: FieldPath,
  owner: string,
): string | undefined {
  if (typeof v === 'string') {
    if (v.trim() === '') {
      r.error(
        path,
        'empty quote id',
        'write a quote id, or the quote itself as { doc: …, text: … }',
      );
      return undefined;
    }
    ctx.quoteRefs.push({ id: v, r, path });
    return v;
  }
  if (isObj(v)) return quoteDef(ctx, r, v, path, owner, false);
  r.error(
    path,
    `expected a quote (a quote id, or { doc, text }), found ${describe(v)}`,
    'write either a quote id, or\n      - doc: <document id>\n        text: <exact words from the document>',
  );
  return undefined;
}

export function quoteDef(
  ctx: Ctx,
  r: FileReader,
  q: Obj,
  path: FieldPath,
  owner: string | undefined,
  shared: boolean,
): string | undefined {
  r.keys(q, path, ['id', 'doc', 'text', 'occurrence']);
  let id: string | undefined;
  if (shared || (q.id !== undefined && q.id !== null)) {
    id = r.string(q, 'id', path, {
      required: true,
      pattern: QUOTE_ID_RE,
      patternHelp: 'is not a valid quote id (letters, digits, dashes)',
      help: 'add `id: some-quote-id` so that other entries can refer to this quote',
    });
    if (!id) return undefined;
  }
  const doc = r.string(q, 'doc', path, {
    required: true,
    help: `add \`doc: <document id>\` (one of: ${[...ctx.texts.keys()].join(', ') || 'the files in documents/'})`,
  });
  const text = quoteText(ctx, r, q, path);
  let occurrence: number | undefined;
  if (q.occurrence !== undefined && q.occurrence !== null) {
    occurrence = r.number(q, 'occurrence', path, {
      integer: true,
      min: 1,
      help: 'which occurrence of the text in the document: 1 for the first, 2 for the second…',
    });
    if (occurrence === undefined) return undefined;
  }
  id ??= nextAutoId(ctx, owner ?? 'quote');
  if (!claim(ctx, 'quote', id, { r, path: q.id !== undefined ? [...path, 'id'] : path }))
    return undefined;
  const draft: QuoteDraft = { id, doc: doc ?? '', text: text ?? '', r, path, shared };
  if (occurrence !== undefined) draft.occurrence = occurrence;
  ctx.quoteById.set(id, draft);
  if (doc === undefined || text === undefined) {
    ctx.badQuotes.add(id);
    return id;
  }
  ctx.quoteDrafts.push(draft);
  return id;
}

export function quoteText(ctx: Ctx, r: FileReader, q: Obj, path: FieldPath): string | undefined {
  const v = q.text;
  const help = 'copy a clause or a sentence exactly from the document';
  if (v === undefined || v === null) {
    r.missing(q, 'text', path, help);
    return undefined;
  }
  if (typeof v !== 'string') {
    r.error(
      [...path, 'text'],
      `expected the quoted words as text, found ${describe(v)}`,
      `${help} (put it in quotes if YAML reads it as something else)`,
    );
    return undefined;
  }
  if (v.trim() === '') {
    r.error([...path, 'text'], 'the quote is empty', help);
    return undefined;
  }
  if (v !== v.trim()) {
    r.error(
      [...path, 'text'],
      'the quote starts or ends with a space or line break',
      'remove the spaces around the quoted words',
    );
    return undefined;
  }
  if (v.includes('\n')) {
    r.error(
      [...path, 'text'],
      'a quote cannot span a line break',
      'quote words from one line of the document (in YAML, keep the quote on one line: a folded multi-line value gains spaces)',
    );
    return undefined;
  }
  if (v.length > MAX_QUOTE_LENGTH) {
    r.error(
      [...path, 'text'],
      `the quote is ${v.length} characters long: quotes are a clause or a sentence (at most ${MAX_QUOTE_LENGTH})`,
      'shorten it to the words that back the claim',
    );
    return undefined;
  }
  return v;
}

export function quoteList(
  ctx: Ctx,
  r: FileReader,
  obj: Obj,
  key: string,
  path: FieldPath,
  owner: string,
): string[] | undefined {
  const list = r.list(obj, key, path, {
    required: true,
    nonEmpty: true,
    help: `add at least one quote that backs it:\n      ${key}:\n        - doc: <document id>\n          text: <exact words>`,
  });
  if (!list) return undefined;
  const ids: string[] = [];
  list.forEach((v, i) => {
    const id = readQuoteRef(ctx, r, v, [...path, key, i], owner);
    if (id !== undefined) ids.push(id);
  });
  return ids;
}

/**
 * `documents/<id>.txt` + `documents/<id>.yaml`: the verbatim texts and their metadata.
 */
import type { SourceDocument, SourceInfo } from '../../src/data/types.ts';
import { type Ctx, fileError, reader } from './context.ts';
import { dateStated, japaneseDate, readDate } from './dates.ts';
import type { FieldPath } from './issues.ts';
import { clip, type FileReader, type Obj } from './reader.ts';
import { ID_HELP, ID_RE, LANG_RE, webAddressProblem } from './rules.ts';

export function readDocuments(ctx: Ctx): void {
  const byId = new Map<string, { txt?: string; yaml?: string }>();
  for (const rel of ctx.input.files.keys()) {
    const m = /^documents\/(.+)\.(txt|ya?ml)$/.exec(rel);
    if (!m) continue;
    const [, id = '', ext] = m;
    const entry = byId.get(id) ?? {};
    if (ext === 'txt') entry.txt = rel;
    else if (entry.yaml)
      fileError(ctx, rel, `a second metadata file for document ${id}`, `keep only ${entry.yaml}`);
    else entry.yaml = rel;
    byId.set(id, entry);
  }
  if (byId.size === 0) {
    fileError(
      ctx,
      'documents',
      'no documents',
      'add documents/<id>.txt (the verbatim text) and documents/<id>.yaml (its metadata)',
    );
  }
  for (const [id, { txt }] of byId) {
    const text = txt ? ctx.input.files.get(txt) : undefined;
    if (txt && text !== undefined && text.trim() !== '') ctx.texts.set(id, { file: txt, text });
  }
  for (const [id, { txt, yaml }] of [...byId].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!txt) {
      fileError(
        ctx,
        yaml ?? id,
        `no text for document ${id}`,
        `put the verbatim text next to it as documents/${id}.txt`,
      );
      continue;
    }
    if (!yaml) {
      fileError(
        ctx,
        txt,
        `no metadata for document ${id}`,
        `add documents/${id}.yaml with title, lang, source and summary (see data/README.md)`,
      );
      continue;
    }
    if (!ID_RE.test(id)) {
      fileError(
        ctx,
        txt,
        `document id 「${id}」 (the file name) must use ${ID_HELP}`,
        `rename documents/${id}.txt and .yaml`,
      );
      continue;
    }
    const text = ctx.input.files.get(txt) ?? '';
    if (text.trim() === '') {
      fileError(
        ctx,
        txt,
        'the document is empty',
        'paste the verbatim text of the document into this file',
      );
      continue;
    }
    const r = reader(ctx, yaml);
    if (!r) continue;
    const obj = r.object(r.src.value, [], 'the document metadata');
    if (!obj) continue;
    r.keys(obj, [], ['title', 'lang', 'source', 'date', 'summary']);
    const title = r.langText(obj, 'title', [], { required: true });
    const lang = r.string(obj, 'lang', [], {
      required: true,
      pattern: LANG_RE,
      patternHelp: 'is not a language code',
      help: 'write the language of the text, e.g. `lang: ja`',
    });
    const source = readSource(ctx, r, obj);
    const date = readDate(r, obj, 'date', []);
    const summary = r.langText(obj, 'summary', [], { required: true });
    if (!title || !lang || !source || !summary) continue;
    if (date && !date.inferred && !dateStated(text, date.iso)) {
      r.error(
        ['date'],
        `${date.iso} is not stated in the document (looked for 「${japaneseDate(date.iso)}」)`,
        'use the date the text gives, or explain where it comes from: date: { iso: …, inferred: { ja: …, en: … } }',
      );
    }
    const doc: SourceDocument = {
      id,
      file: `documents/${id}.txt`,
      title,
      lang,
      source,
      summary,
      text,
    };
    if (date) doc.date = date;
    ctx.docs.set(id, { doc, r });
  }
}

export function readSource(ctx: Ctx, r: FileReader, obj: Obj): SourceInfo | undefined {
  if (obj.source === undefined || obj.source === null) {
    r.missing(
      obj,
      'source',
      [],
      'add `source:` with at least `credit: { ja: …, en: … }` (and `url:` when the text names one)',
    );
    return undefined;
  }
  const s = r.object(obj.source, ['source'], 'the source');
  if (!s) return undefined;
  const p = ['source'];
  r.keys(s, p, ['url', 'credit', 'license', 'licenseUrl']);
  const url = readWebAddress(r, s, 'url', p);
  const credit = r.langText(s, 'credit', p, { required: true });
  const license = r.string(s, 'license', p);
  const licenseUrl = readWebAddress(r, s, 'licenseUrl', p);
  if (!credit) return undefined;
  for (const lang of ['ja', 'en'] as const) {
    const prefix = /^\s*(出典|ソース|source|credit)\s*[:：]?\s*/i.exec(credit[lang]);
    if (prefix) {
      r.error(
        [...p, 'credit', lang],
        `「${clip(credit[lang], 40)}」 starts with 「${prefix[0].trim()}」: the app already prints 「出典: 」 / "Source: " before the credit`,
        `write the credit alone: ${lang}: ${credit[lang].slice(prefix[0].length) || '…'}`,
      );
      return undefined;
    }
  }
  const out: SourceInfo = { credit };
  if (url) out.url = url;
  if (license) out.license = license;
  if (licenseUrl) out.licenseUrl = licenseUrl;
  return out;
}

/** A `url`-like field: text that `webAddressProblem` accepts, or an error with a Fix. */
function readWebAddress(r: FileReader, s: Obj, key: string, p: FieldPath): string | undefined {
  const help =
    'write the full address as the browser shows it, e.g. https://ja.wikipedia.org/wiki/…';
  const v = r.string(s, key, p, { help });
  if (v === undefined) return undefined;
  const problem = webAddressProblem(v);
  if (problem) {
    r.error([...p, key], `「${clip(v, 60)}」 ${problem}`, help);
    return undefined;
  }
  return v;
}

/**
 * A large data folder for the data-build bench, made from the real one: every document copied
 * `copies` times under new ids (`<id>-c<k>`), with its quotes, figures and events copied along and
 * pointing at the copy; links and countries gain the copies' quotes and mentions. Pure: files in,
 * files out (paths relative to the data folder, as the compiler reads them).
 *
 * It only assumes the broad shape of `relations*.yaml` (lists `quotes`, `countries`, `links`,
 * `figures`, `events`; quotes referenced by id or inline as `{ doc, text }`); anything else is kept
 * as it is, once.
 */
import { parse, stringify } from 'yaml';

export type DataFiles = Map<string, string>;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function documentIds(files: DataFiles): string[] {
  const ids = new Set<string>();
  for (const path of files.keys()) {
    const m = /^documents\/(.+)\.txt$/.exec(path);
    if (m) ids.add(m[1]!);
  }
  return [...ids].sort();
}

export const copyId = (id: string, k: number): string => (k === 0 ? id : `${id}-c${k}`);

function copyRelations(rel: Obj, copies: number, docs: ReadonlySet<string>): Obj {
  const quoteIds = new Set(
    list(rel.quotes)
      .filter(isObj)
      .map((q) => q.id)
      .filter((id): id is string => typeof id === 'string'),
  );
  const ref =
    (k: number) =>
    (v: unknown): unknown => {
      if (typeof v === 'string') return quoteIds.has(v) ? copyId(v, k) : v;
      if (isObj(v) && typeof v.doc === 'string' && docs.has(v.doc)) {
        return { ...v, doc: copyId(v.doc, k) };
      }
      return v;
    };
  const refs = (k: number, v: unknown) => list(v).map(ref(k));
  const ks = Array.from({ length: copies - 1 }, (_, i) => i + 1);
  const out: Obj = { ...rel };
  const quotes = rel.quotes;
  if (Array.isArray(quotes)) {
    out.quotes = [
      ...quotes,
      ...ks.flatMap((k) =>
        quotes.filter(isObj).map((q) => ({
          ...q,
          id: typeof q.id === 'string' ? copyId(q.id, k) : q.id,
          doc: typeof q.doc === 'string' && docs.has(q.doc) ? copyId(q.doc, k) : q.doc,
        })),
      ),
    ];
  }
  for (const [key, field] of [
    ['countries', 'mentions'],
    ['links', 'quotes'],
  ] as const) {
    if (!Array.isArray(rel[key])) continue;
    out[key] = rel[key].map((item) =>
      isObj(item) && Array.isArray(item[field])
        ? { ...item, [field]: [...item[field], ...ks.flatMap((k) => refs(k, item[field]))] }
        : item,
    );
  }
  for (const [key, fields] of [
    ['figures', ['quote']],
    ['events', ['quotes']],
  ] as const) {
    const items = rel[key];
    if (!Array.isArray(items)) continue;
    out[key] = [
      ...items,
      ...ks.flatMap((k) =>
        items.filter(isObj).map((item) => {
          const copy: Obj = {
            ...item,
            id: typeof item.id === 'string' ? copyId(item.id, k) : item.id,
          };
          for (const f of fields) {
            const v = item[f];
            if (v !== undefined) copy[f] = Array.isArray(v) ? refs(k, v) : ref(k)(v);
          }
          return copy;
        }),
      ),
    ];
  }
  return out;
}

/** The data folder with every document present `copies` times (1: the folder as it is). */
export function multiplyDataFiles(files: DataFiles, copies: number): DataFiles {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be ≥ 1, not ${copies}`);
  const docs = new Set(documentIds(files));
  if (docs.size === 0) throw new Error('the data folder has no documents/<id>.txt');
  const out: DataFiles = new Map();
  for (const [path, text] of files) {
    if (/^relations(-[^/]*)?\.ya?ml$/.test(path) && copies > 1) {
      const rel: unknown = parse(text);
      if (!isObj(rel)) throw new Error(`${path} is not a mapping`);
      out.set(
        path,
        stringify(copyRelations(rel, copies, docs), { lineWidth: 0, aliasDuplicateObjects: false }),
      );
      continue;
    }
    out.set(path, text);
    const m = /^documents\/(.+)\.(txt|ya?ml)$/.exec(path);
    if (!m || !docs.has(m[1]!)) continue;
    for (let k = 1; k < copies; k++) {
      const copy = `documents/${copyId(m[1]!, k)}.${m[2]}`;
      // The texts differ a little, as real documents do; every quote stays where it was.
      out.set(copy, m[2] === 'txt' ? `${text.replace(/\s*$/, '')}\n\n(${k})\n` : text);
    }
  }
  return out;
}

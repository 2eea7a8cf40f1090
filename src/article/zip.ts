/**
 * "Download as data files" and its way back: a `.zip` of the articles' data files, exactly as
 * they go into data/ (unzipped there, `npm run data` reads them), plus a small manifest
 * (`bilateral-atlas-articles.json`: each article's metadata, proposals and decisions, without its
 * text, which is `documents/<id>.txt`) so that the same zip opens in the app on another computer.
 *
 * fflate is imported only here: the interface loads this module when it is needed.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { LangText } from '../data/types.ts';
import { teacherFiles } from './files.ts';
import type { TeacherArticle } from './model.ts';
import { parseTeacherArticle } from './validate.ts';

export const MANIFEST = 'bilateral-atlas-articles.json';
export const MANIFEST_FORMAT = 'bilateral-atlas-articles';
/** Largest zip read (bytes), and largest total of its files once unpacked. */
export const MAX_ZIP_BYTES = 5 * 1024 * 1024;
export const MAX_UNZIPPED_BYTES = 20 * 1024 * 1024;

interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  articles: Omit<TeacherArticle, 'text'>[];
}

/**
 * The zip of every article's data files (`documents/<id>.txt|yaml`, `relations-<id>.yaml`) and
 * the manifest. A pair data/ has is declared again with the article's kinds: the compiler joins
 * the declarations (kinds, quotes, statuses), so the map built from data/ shows the same kinds.
 */
export function articlesToZip(
  articles: readonly TeacherArticle[],
  names?: Readonly<Record<string, LangText>>,
): Uint8Array {
  const files: Zippable = {};
  for (const f of teacherFiles(articles, names)) files[f.path] = strToU8(f.text);
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    version: 1,
    articles: articles.map((a) => {
      const rest: Partial<TeacherArticle> = { ...a };
      delete rest.text;
      return rest as Omit<TeacherArticle, 'text'>;
    }),
  };
  files[MANIFEST] = strToU8(JSON.stringify(manifest, null, 1));
  // A fixed date keeps the same articles' zip byte for byte the same.
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

export type ZipResult = { ok: true; articles: TeacherArticle[] } | { ok: false; error: LangText };

const fail = (ja: string, en: string): ZipResult => ({ ok: false, error: { ja, en } });

const ALLOWED =
  /^(?:documents\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:txt|yaml)|relations-[a-z0-9]+(?:-[a-z0-9]+)*\.yaml)$/;

/** Strict UTF-8, or `undefined`. */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The articles of a zip made by `articlesToZip`, or why it cannot be read (ja/en). Never throws. */
export function zipToArticles(bytes: Uint8Array): ZipResult {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
    return fail('ファイルが空です。', 'The file is empty.');
  }
  if (bytes.length > MAX_ZIP_BYTES) {
    return fail(
      `ファイルが大きすぎます(${(bytes.length / 1048576).toFixed(1)} MB、上限 5 MB)。`,
      `The file is too large (${(bytes.length / 1048576).toFixed(1)} MB; at most 5 MB).`,
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    return fail(
      'zip ファイルではありません。「データファイルとしてダウンロード」で作った .zip を選んでください。',
      'This is not a zip file: choose a .zip made with "Download as data files".',
    );
  }
  let names: string[] = [];
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(f) {
        names.push(f.name);
        total += f.originalSize;
        return total <= MAX_UNZIPPED_BYTES;
      },
    });
  } catch (e) {
    return fail(
      'zip ファイルが壊れていて読めません。',
      `The zip file is broken and cannot be read (${e instanceof Error ? e.message : String(e)}).`,
    );
  }
  if (total > MAX_UNZIPPED_BYTES) {
    return fail(
      'zip の中身が大きすぎます(展開後 20 MB まで)。',
      'The zip holds too much (at most 20 MB unpacked).',
    );
  }
  names = names.filter((n) => !n.endsWith('/'));
  for (const n of names) {
    if (
      n.split(/[\\/]/).includes('..') ||
      n.startsWith('/') ||
      n.includes('\\') ||
      /^[A-Za-z]:/.test(n)
    ) {
      return fail(
        `zip に危険なファイル名があります: ${n}(フォルダの外を指しています)。`,
        `The zip holds a dangerous file name: ${n} (it points outside its folder).`,
      );
    }
    if (n !== MANIFEST && !ALLOWED.test(n)) {
      return fail(
        `zip に想定外のファイルがあります: ${n}。記事の zip には documents/ と relations-*.yaml だけが入ります。`,
        `The zip holds an unexpected file: ${n}. An articles zip holds only documents/ and relations-*.yaml.`,
      );
    }
  }
  const raw = entries[MANIFEST];
  if (!raw) {
    return fail(
      `zip に ${MANIFEST} がありません。このアプリで作った zip ではないようです。`,
      `The zip has no ${MANIFEST}: it was not made by this app.`,
    );
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(strFromU8(raw));
  } catch {
    return fail(
      `${MANIFEST} が壊れています(JSON として読めません)。`,
      `${MANIFEST} is broken (not valid JSON).`,
    );
  }
  const m = manifest as Partial<Manifest> | null;
  if (!m || m.format !== MANIFEST_FORMAT || m.version !== 1 || !Array.isArray(m.articles)) {
    return fail(`${MANIFEST} の形式が違います。`, `${MANIFEST} is not in the expected format.`);
  }
  const articles: TeacherArticle[] = [];
  for (const a of m.articles as unknown[]) {
    const id = (a as { id?: unknown } | null)?.id;
    const file = typeof id === 'string' ? entries[`documents/${id}.txt`] : undefined;
    const text = file ? utf8(file) : undefined;
    if (text === undefined) {
      return fail(
        `記事 ${String(id)} の本文(documents/${String(id)}.txt)が zip にないか、UTF-8 ではありません。`,
        `The text of article ${String(id)} (documents/${String(id)}.txt) is missing from the zip or is not UTF-8.`,
      );
    }
    const parsed = parseTeacherArticle({ ...(a as object), text });
    if (!parsed.ok) {
      return fail(`${MANIFEST}: ${parsed.error.ja}`, `${MANIFEST}: ${parsed.error.en}`);
    }
    articles.push(parsed.article);
  }
  return { ok: true, articles };
}

/**
 * A teacher's tour as a file: `tour-<id>.yaml`, in the format of `data/tour.yaml` (plus an
 * optional `title:`), so that placed in `data/` it is checked by `npm run data` and becomes one
 * of the atlas's tours. Export fills each empty language from the other (the format needs both);
 * import reads such a file back and marks a text given identically in both languages as written
 * in one (the one whose script it is in), so the editor shows it as a fallback again.
 */
import { parseDocument } from 'yaml';
import type { LangText } from '../../data/types';
import {
  filled,
  MAX_STEPS,
  MAX_TEXT,
  problems,
  TOUR_ID_RE,
  tourIdFrom,
  type EditorStep,
  type Known,
  type StepProblem,
  type TeacherTour,
} from './model';

/** Largest file read: a long tour is a few dozen KB. */
export const MAX_FILE_BYTES = 256 * 1024;

/** Looks up a quote of the atlas (for quotes the data gave inline, which have no id of their own). */
export interface QuoteSource {
  doc: string;
  text: string;
}

/** Quote ids the compiler makes for inline quotes (`tour-x.1`): not referable from another file. */
const AUTO_QUOTE_ID = /\.\d+$/;

export const fileNameOf = (tour: Pick<TeacherTour, 'id'>): string => `tour-${tour.id}.yaml`;

/** Words YAML would read as something other than text. */
const NOT_TEXT =
  /^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\.inf|\.nan)|[-+]?[\d.][\d._:eE+-]*|0x[\da-f]+|0o[0-7]+)$/i;

/** A scalar as YAML: plain where a person would write it so, JSON-quoted otherwise. */
export function scalar(text: string): string {
  const plain =
    text !== '' &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
    !/\s$/.test(text) &&
    !/: |:$| #|[\t\n\r]/.test(text) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text) &&
    !NOT_TEXT.test(text.trim());
  return plain ? text : JSON.stringify(text);
}

function langBlock(key: string, text: LangText, indent: string): string[] {
  const both = filled(text);
  return [
    `${indent}${key}:`,
    `${indent}  ja: ${scalar(both.ja)}`,
    `${indent}  en: ${scalar(both.en)}`,
  ];
}

/** The file's text. Quotes the data gave inline are written inline (`{ doc, text }`). */
export function exportTour(
  tour: TeacherTour,
  quoteOf: (id: string) => QuoteSource | undefined = () => undefined,
): string {
  const lines = [
    `# ${tour.title.en || tour.title.ja || tour.id}: a tour made in Bilateral Atlas.`,
    '# Place it in data/ and run `npm run data` to check it (see data/README.md, "Regions and the tour").',
    ...langBlock('title', tour.title, ''),
    'steps:',
  ];
  tour.steps.forEach((s, i) => {
    if (i > 0) lines.push('');
    lines.push(`  - id: ${s.id}`);
    lines.push(
      s.camera.bounds
        ? `    camera: { bounds: [${s.camera.bounds.join(', ')}] }`
        : `    camera: { region: ${scalar(s.camera.region ?? '')} }`,
    );
    if (s.select?.country) lines.push(`    select: { country: ${s.select.country} }`);
    else if (s.select?.link) lines.push(`    select: { link: ${s.select.link} }`);
    if (s.date) lines.push(`    date: ${s.date}`);
    if (s.quote) {
      const inline = AUTO_QUOTE_ID.test(s.quote) ? quoteOf(s.quote) : undefined;
      if (inline) {
        lines.push(
          '    quote:',
          `      doc: ${scalar(inline.doc)}`,
          `      text: ${scalar(inline.text)}`,
        );
      } else lines.push(`    quote: ${scalar(s.quote)}`);
    }
    lines.push(...langBlock('caption', s.caption, '    '));
    if (s.notes.ja.trim() || s.notes.en.trim()) lines.push(...langBlock('notes', s.notes, '    '));
  });
  return `${lines.join('\n')}\n`;
}

/** Why a file could not be read, for the interface to say in the reader's language. */
export type ImportError =
  | { code: 'tooLarge'; max: number }
  | { code: 'syntax'; line?: number; detail: string }
  | { code: 'notTour'; detail: string }
  | { code: 'badStep'; step: number; field: string }
  | { code: 'unknownInlineQuote'; step: number }
  | { code: 'problem'; problem: StepProblem };

export type ImportResult = { ok: true; tour: TeacherTour } | { ok: false; errors: ImportError[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** A text given identically in both languages was written in one: the other is a fallback. */
function unfilled(text: LangText): LangText {
  if (text.ja !== text.en || text.ja === '') return text;
  return JAPANESE.test(text.ja) ? { ja: text.ja, en: '' } : { ja: '', en: text.en };
}

function readLang(v: unknown): LangText | undefined {
  if (v === undefined || v === null) return { ja: '', en: '' };
  if (!isObj(v)) return undefined;
  const ja = v.ja === undefined || v.ja === null ? '' : str(v.ja);
  const en = v.en === undefined || v.en === null ? '' : str(v.en);
  if (ja === undefined || en === undefined) return undefined;
  return unfilled({ ja: ja.slice(0, MAX_TEXT), en: en.slice(0, MAX_TEXT) });
}

/** The tour id a file name gives (`tour-lesson-3.yaml` → `lesson-3`), or undefined. */
export function idFromFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? '';
  const m = /^tour-(.+)\.ya?ml$/i.exec(base);
  return m && TOUR_ID_RE.test(m[1]!) ? m[1] : undefined;
}

/**
 * Reads a tour file. `known` is what the atlas holds (references outside it are refused),
 * `quotes` finds the id of an inline quote, `taken` are the ids already in use (an import never
 * overwrites: a clash gets a new id).
 */
export function importTour(
  text: string,
  fileName: string,
  known: Known,
  quotes: ReadonlyMap<string, QuoteSource>,
  taken: Iterable<string> = [],
): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES)
    return { ok: false, errors: [{ code: 'tooLarge', max: MAX_FILE_BYTES }] };
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 5).map((e) => {
        const line = e.linePos?.[0]?.line;
        const detail = e.message.split('\n')[0] ?? e.message;
        return line === undefined ? { code: 'syntax', detail } : { code: 'syntax', line, detail };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return { ok: false, errors: [{ code: 'syntax', detail: (e as Error).message }] };
  }
  if (!isObj(value) || !Array.isArray(value.steps)) {
    return { ok: false, errors: [{ code: 'notTour', detail: 'no `steps:` list' }] };
  }
  if (value.steps.length > MAX_STEPS) {
    const problem: StepProblem = { step: 0, code: 'tooManySteps', value: String(MAX_STEPS) };
    return { ok: false, errors: [{ code: 'problem', problem }] };
  }
  const errors: ImportError[] = [];
  const inlineIds = new Map<string, string>();
  for (const [id, q] of quotes) inlineIds.set(`${q.doc}\u0000${q.text}`, id);
  const steps: EditorStep[] = [];
  value.steps.forEach((raw, k) => {
    const n = k + 1;
    if (!isObj(raw)) {
      errors.push({ code: 'badStep', step: n, field: 'step' });
      return;
    }
    const bad = (field: string) => errors.push({ code: 'badStep', step: n, field });
    const id = str(raw.id);
    if (id === undefined) return bad('id');
    const step: EditorStep = {
      id,
      camera: {},
      caption: { ja: '', en: '' },
      notes: { ja: '', en: '' },
    };
    if (!isObj(raw.camera)) return bad('camera');
    if (raw.camera.region !== undefined) step.camera.region = str(raw.camera.region) ?? '';
    if (raw.camera.bounds !== undefined) {
      const b = raw.camera.bounds;
      if (!Array.isArray(b) || b.length !== 4 || !b.every((x) => typeof x === 'number')) {
        return bad('camera');
      }
      step.camera.bounds = [b[0], b[1], b[2], b[3]] as [number, number, number, number];
    }
    if (raw.select !== undefined && raw.select !== null) {
      if (!isObj(raw.select)) return bad('select');
      const country = str(raw.select.country);
      const link = str(raw.select.link);
      step.select = {};
      if (country) step.select.country = country;
      if (link) step.select.link = link;
    }
    if (raw.date !== undefined && raw.date !== null) {
      // YAML reads an unquoted 2020-12-31 as text (core schema), but a Date is possible too.
      const d = raw.date instanceof Date ? raw.date.toISOString().slice(0, 10) : str(raw.date);
      if (d === undefined) return bad('date');
      step.date = d;
    }
    if (raw.quote !== undefined && raw.quote !== null) {
      if (isObj(raw.quote)) {
        const found = inlineIds.get(`${str(raw.quote.doc)}\u0000${str(raw.quote.text)}`);
        if (!found) {
          errors.push({ code: 'unknownInlineQuote', step: n });
          return;
        }
        step.quote = found;
      } else {
        const q = str(raw.quote);
        if (q === undefined) return bad('quote');
        step.quote = q;
      }
    }
    const caption = readLang(raw.caption);
    const notes = readLang(raw.notes);
    if (!caption) return bad('caption');
    if (!notes) return bad('notes');
    step.caption = caption;
    step.notes = notes;
    steps.push(step);
  });
  if (errors.length > 0) return { ok: false, errors };
  const title = readLang(value.title) ?? { ja: '', en: '' };
  const used = new Set(taken);
  const given = idFromFileName(fileName);
  const id = given && !used.has(given) ? given : tourIdFrom(given ?? (title.en || fileName), used);
  const tour: TeacherTour = { id, title, steps };
  const found = problems(tour, known);
  if (found.length > 0) {
    return { ok: false, errors: found.map((problem) => ({ code: 'problem' as const, problem })) };
  }
  return { ok: true, tour };
}

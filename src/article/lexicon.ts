/**
 * The word lists the extractor reads: countries (data/gazetteer.yaml) and keywords
 * (data/keywords.yaml), checked and indexed once. The YAML is parsed by the caller (the CLI with
 * `yaml`, the app at build time), so this module stays free of parsers, Node and the DOM.
 */

import {
  MEASURES,
  type EventKind as AtlasEventKind,
  type FigureMeasure,
  type LinkKind,
} from '../data/schema';

export type { LinkKind };
/** `severed` is a status rather than a kind; it travels with the kinds of a proposal. */
export type ProposedKind = LinkKind | 'severed';
export type Measure = FigureMeasure;
/** The event kinds that data/keywords.yaml has words for (a subset of the atlas's). */
export type EventKind = Extract<
  AtlasEventKind,
  'visit' | 'summit' | 'meeting' | 'agreement' | 'establishment' | 'rupture'
>;

export interface Words {
  ja: string[];
  en: string[];
}

/** One searchable form of a country name. */
export interface NameForm {
  form: string;
  iso3: string;
  /** `name`: whole name; `abbr`: one character that needs neighbours; `joint`: only in compounds. */
  type: 'name' | 'abbr' | 'joint';
  latin: boolean;
}

export interface Lexicon {
  iso3s: Set<string>;
  /** Name forms by first character, longest first. */
  byFirst: Map<string, NameForm[]>;
  /** Single-character forms. */
  short: Map<string, NameForm>;
  abbrAfter: string[];
  abbrBefore: string[];
  kanjiBefore: string[];
  /** Short forms that, after another kanji or a digit, count only behind `kanjiBefore`. */
  strict: string[];
  abbrNot: string[];
  notPhrases: string[];
  notFollowedBy: string[];
  kinds: [ProposedKind, Words][];
  measures: [Measure, Words][];
  events: [EventKind, Words][];
  both: Words;
}

export type LexiconResult = { ok: true; lexicon: Lexicon } | { ok: false; error: string };

const KINDS: readonly ProposedKind[] = [
  'trade',
  'investment',
  'diplomatic',
  'severed',
  'alliance',
  'military',
  'conflict',
  'sanctions',
  'cooperation',
];
const EVENTS: readonly EventKind[] = [
  'visit',
  'summit',
  'meeting',
  'agreement',
  'establishment',
  'rupture',
];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function strings(x: unknown, where: string): string[] {
  if (x === undefined || x === null) return [];
  if (!Array.isArray(x) || !x.every((s) => typeof s === 'string' && s.trim() !== '')) {
    throw new Error(`${where}: expected a list of words, e.g. [貿易, 輸出]`);
  }
  return x.map((s: string) => s.trim());
}

function words(x: unknown, where: string): Words {
  if (!isRecord(x)) throw new Error(`${where}: expected { ja: [...], en: [...] }`);
  return { ja: strings(x.ja, `${where}.ja`), en: strings(x.en, `${where}.en`) };
}

function table<K extends string>(x: unknown, keys: readonly K[], where: string): [K, Words][] {
  if (!isRecord(x)) throw new Error(`${where}: expected a mapping`);
  const out: [K, Words][] = [];
  for (const [k, v] of Object.entries(x)) {
    if (!(keys as readonly string[]).includes(k)) {
      throw new Error(`${where}.${k}: unknown name; expected one of ${keys.join(', ')}`);
    }
    out.push([k as K, words(v, `${where}.${k}`)]);
  }
  return out;
}

const LATIN = /^[\x20-\x7e\u00c0-\u024f\u2019]+$/u;

/**
 * Checks the parsed gazetteer and keyword documents and indexes them. Never throws: a mistake in
 * a file comes back as `{ ok: false, error }` naming the entry.
 */
export function buildLexicon(gazetteer: unknown, keywords: unknown): LexiconResult {
  try {
    if (!isRecord(gazetteer) || !isRecord(gazetteer.countries)) {
      throw new Error('gazetteer.yaml: expected a `countries:` mapping');
    }
    const forms: NameForm[] = [];
    const iso3s = new Set<string>();
    for (const [iso3, entry] of Object.entries(gazetteer.countries)) {
      if (!/^[A-Z]{3}$/.test(iso3))
        throw new Error(`gazetteer.yaml countries.${iso3}: not an ISO3 code`);
      if (!isRecord(entry))
        throw new Error(`gazetteer.yaml countries.${iso3}: expected { ja, en }`);
      iso3s.add(iso3);
      const w = `gazetteer.yaml countries.${iso3}`;
      for (const form of [...strings(entry.ja, `${w}.ja`), ...strings(entry.en, `${w}.en`)]) {
        forms.push({ form, iso3, type: 'name', latin: LATIN.test(form) });
      }
      for (const type of ['abbr', 'joint'] as const) {
        for (const form of strings(entry[type], `${w}.${type}`)) {
          if ([...form].length !== 1) {
            throw new Error(
              `${w}.${type}: 「${form}」 must be one character (longer forms go under ja)`,
            );
          }
          forms.push({ form, iso3, type, latin: false });
        }
      }
    }
    const byFirst = new Map<string, NameForm[]>();
    const short = new Map<string, NameForm>();
    for (const f of forms) {
      if (f.type !== 'name') {
        short.set(f.form, f);
        continue;
      }
      const first = f.form.charAt(0);
      const list = byFirst.get(first) ?? [];
      list.push(f);
      byFirst.set(first, list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
    const ab = isRecord(gazetteer.abbreviations) ? gazetteer.abbreviations : {};
    const not = isRecord(gazetteer.not) ? gazetteer.not : {};
    if (!isRecord(keywords)) throw new Error('keywords.yaml: expected a mapping');
    const lexicon: Lexicon = {
      iso3s,
      byFirst,
      short,
      abbrAfter: strings(ab.after, 'gazetteer.yaml abbreviations.after'),
      abbrBefore: strings(ab.before, 'gazetteer.yaml abbreviations.before'),
      kanjiBefore: strings(ab.kanjiBefore, 'gazetteer.yaml abbreviations.kanjiBefore'),
      strict: strings(ab.strict, 'gazetteer.yaml abbreviations.strict'),
      abbrNot: strings(ab.not, 'gazetteer.yaml abbreviations.not'),
      notPhrases: [
        ...strings(not.ja, 'gazetteer.yaml not.ja'),
        ...strings(not.en, 'gazetteer.yaml not.en'),
      ],
      notFollowedBy: strings(gazetteer.notFollowedBy, 'gazetteer.yaml notFollowedBy'),
      kinds: table(keywords.kinds, KINDS, 'keywords.yaml kinds'),
      measures: table(keywords.measures, MEASURES, 'keywords.yaml measures'),
      events: table(keywords.events, EVENTS, 'keywords.yaml events'),
      both: words(keywords.bothCountries, 'keywords.yaml bothCountries'),
    };
    return { ok: true, lexicon };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

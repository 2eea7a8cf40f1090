/**
 * `data/` (as text) → `AtlasData`, with every problem collected. Pure: no disk, no clock.
 *
 * Files read (see data/README.md for the format):
 *   documents/<id>.txt + documents/<id>.yaml   verbatim text + metadata, one pair per document
 *   relations.yaml (+ relations-*.yaml)          quotes, countries, links, figures, events
 *   regions.yaml                                 camera presets and the initial one
 *   tour.yaml                                    the guided tour
 * plus the geometry's country list (`geo/out/countries-meta.json`) for names and label points.
 */
import type {
  AtlasData,
  AtlasEvent,
  Country,
  EventKind,
  Figure,
  FigureMeasure,
  FigurePeriod,
  FigureQualifier,
  LangText,
  Link,
  LinkKind,
  LinkStatusChange,
  LinkStatusValue,
  PartialDate,
  Quote,
  Region,
  SourceDocument,
  SourceInfo,
  TourStep,
} from '../../src/data/types.ts';
import { didYouMean, type AtlasIssue, type FieldPath } from './errors.ts';
import { parseYaml, type DataFiles } from './load.ts';
import {
  checkMoney,
  clip,
  daysInMonth,
  describe,
  FileReader,
  isObj,
  japaneseDate,
  locateQuote,
  parseIso,
  rangeEndStated,
  dateStated,
  readDate,
  type Obj,
} from './validate.ts';

export interface CompileInput {
  /** The data folder's files: path relative to the folder → text. */
  files: DataFiles;
  /** How the folder is named in messages, e.g. `data`. */
  dirLabel: string;
  /** The geometry's country list: its name in messages and its text (`undefined`: missing). */
  meta: { file: string; text?: string; error?: string };
}

export interface CompileResult {
  /** Present only when there are no errors. */
  data?: AtlasData;
  errors: AtlasIssue[];
  warnings: AtlasIssue[];
}

export const LINK_KINDS: readonly LinkKind[] = [
  'trade',
  'investment',
  'diplomatic',
  'alliance',
  'military',
  'conflict',
  'sanctions',
  'cooperation',
];
export const LINK_STATUSES: readonly LinkStatusValue[] = [
  'established',
  'active',
  'suspended',
  'severed',
];
export const MEASURES: readonly FigureMeasure[] = [
  'total-trade',
  'exports',
  'imports',
  'investment',
  'acquisition',
  'target',
];
const DIRECTIONAL: readonly FigureMeasure[] = ['exports', 'imports', 'investment', 'acquisition'];
export const QUALIFIERS: readonly FigureQualifier[] = ['exact', 'at-least', 'more-than', 'about'];
export const EVENT_KINDS: readonly EventKind[] = [
  'establishment',
  'rupture',
  'visit',
  'summit',
  'meeting',
  'agreement',
  'recognition',
  'deployment',
  'combat',
  'statement',
  'other',
];

/** Longest quote, in UTF-16 units: a clause or a sentence, not a paragraph. */
export const MAX_QUOTE_LENGTH = 200;
/** How many failed quotes get a closest-passage search (each costs |doc|·|quote|). */
const FUZZY_BUDGET = 25;

const ID_RE = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const ID_HELP = 'lowercase letters, digits and dashes, e.g. kaz-kor-trade-2020';
const QUOTE_ID_RE = /^[A-Za-z0-9]+(?:[-_.:][A-Za-z0-9]+)*$/;
const ISO3_RE = /^[A-Z]{3}$/;
const URL_RE = /^https?:\/\/\S+$/;
const LANG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** "KOR-KAZ" → "KAZ-KOR"; other text unchanged. */
export function normaliseLinkId(id: string): string {
  const m = /^([A-Z]{3})-([A-Z]{3})$/.exec(id);
  if (!m) return id;
  const [, x = '', y = ''] = m;
  return x <= y ? `${x}-${y}` : `${y}-${x}`;
}

interface Origin {
  r: FileReader;
  path: FieldPath;
}

interface QuoteDraft extends Origin {
  id: string;
  doc: string;
  text: string;
  occurrence?: number;
  /** Declared under top-level `quotes:` (so an unused one is worth a warning). */
  shared: boolean;
}

interface Ref extends Origin {
  id: string;
}

interface DocDraft {
  doc: SourceDocument;
  r?: FileReader;
}

interface CountryDraft extends Origin {
  iso3: string;
  aliases: string[];
  mentions: (string | undefined)[];
  /** Further entries for the same country (merged). */
  extra: (Origin & { mentions: (string | undefined)[] })[];
}

interface LinkDraft extends Origin {
  link: Link;
  statusOrigins: Origin[];
}

interface FigureDraft extends Origin {
  figure: Partial<Figure> & { id: string };
  quoteRef?: string;
}

interface EventDraft extends Origin {
  event: Partial<AtlasEvent> & { id: string };
}

interface RegionDraft extends Origin {
  region: Region;
}

interface StepDraft extends Origin {
  step: TourStep;
}

interface CountryMetaEntry {
  name: LangText;
  label: [number, number];
}

class Compiler {
  readonly errors: AtlasIssue[] = [];
  readonly warnings: AtlasIssue[] = [];
  private readonly input: CompileInput;

  private readonly docs = new Map<string, DocDraft>();
  /** Every document text, even when its metadata has problems (so its quotes can be checked). */
  private readonly texts = new Map<string, { file: string; text: string }>();
  private readonly quoteDrafts: QuoteDraft[] = [];
  private readonly quoteById = new Map<string, QuoteDraft>();
  private readonly quoteRefs: Ref[] = [];
  private readonly quotes = new Map<string, Quote>();
  /** Quote ids that failed their own checks (so references to them do not repeat the error). */
  private readonly badQuotes = new Set<string>();
  private readonly autoIds = new Map<string, number>();

  private readonly countries: CountryDraft[] = [];
  private readonly links: LinkDraft[] = [];
  private readonly figures: FigureDraft[] = [];
  private readonly events: EventDraft[] = [];
  private readonly regions: RegionDraft[] = [];
  private initialRegion: (Origin & { id: string }) | undefined;
  private readonly steps: StepDraft[] = [];

  private readonly linkRefs: Ref[] = [];
  private readonly regionRefs: Ref[] = [];
  private readonly countryRefs: (Ref & { what: string })[] = [];
  private readonly ids = new Map<string, Map<string, Origin>>();

  private meta: Map<string, unknown> | undefined;
  private metaFileOk = false;

  constructor(input: CompileInput) {
    this.input = input;
  }

  private label(rel: string): string {
    return `${this.input.dirLabel}/${rel}`;
  }

  private fileError(rel: string, message: string, fix?: string): void {
    const issue: AtlasIssue = { file: this.label(rel), path: '', message };
    if (fix) issue.fix = fix;
    this.errors.push(issue);
  }

  private reader(rel: string): FileReader | undefined {
    const text = this.input.files.get(rel);
    if (text === undefined) return undefined;
    const { source, issues } = parseYaml(this.label(rel), text);
    this.errors.push(...issues);
    if (issues.length > 0) return undefined;
    return new FileReader(source, this.errors);
  }

  /** Records an id of a kind; reports a duplicate with the line of the first one. */
  private claim(kind: string, id: string, o: Origin): boolean {
    let map = this.ids.get(kind);
    if (!map) this.ids.set(kind, (map = new Map()));
    const first = map.get(id);
    if (first) {
      o.r.error(
        o.path,
        `duplicate ${kind} id \`${id}\``,
        `give each ${kind} its own id (the first \`${id}\` is at ${first.r.where(first.path)})`,
      );
      return false;
    }
    map.set(id, o);
    return true;
  }

  run(): CompileResult {
    this.readMeta();
    this.readDocuments();
    this.readRelations();
    this.readRegions();
    this.readTour();
    this.checkQuotes();
    this.checkCountries();
    this.checkLinks();
    this.checkFigures();
    this.checkEvents();
    this.checkRegionsAndTour();
    this.warnUnused();
    if (this.errors.length > 0) return { errors: sortIssues(this.errors), warnings: this.warnings };
    return { data: this.output(), errors: [], warnings: this.warnings };
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Geometry meta                                                                            */

  private readMeta(): void {
    const { file, text, error } = this.input.meta;
    if (error !== undefined) {
      this.errors.push({
        file,
        path: '',
        message: error,
        fix: 'run npm run geo again to rewrite it',
      });
      return;
    }
    if (text === undefined) {
      this.errors.push({
        file,
        path: '',
        message: 'not found: the atlas needs the country names and label points of the geometry',
        fix: 'run npm run geo first (it writes this file), then try again',
      });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      this.errors.push({
        file,
        path: '',
        message: `not valid JSON (${e instanceof Error ? e.message : String(e)})`,
        fix: 'run npm run geo again to rewrite it',
      });
      return;
    }
    if (!isObj(parsed)) {
      this.errors.push({
        file,
        path: '',
        message: `expected an object of countries keyed by ISO alpha-3 code, found ${describe(parsed)}`,
        fix: 'run npm run geo again to rewrite it',
      });
      return;
    }
    this.meta = new Map(Object.entries(parsed));
    this.metaFileOk = true;
  }

  /** The meta entry of a country, checked; `undefined` (with an error) when unusable. */
  private metaOf(iso3: string, o: Origin): CountryMetaEntry | undefined {
    if (!this.meta) return undefined;
    const e = this.meta.get(iso3);
    if (e === undefined) {
      o.r.error(
        o.path,
        `unknown country code ${iso3}: it is not in the geometry (${this.input.meta.file})${didYouMean(iso3, this.meta.keys())}`,
        'use the ISO 3166-1 alpha-3 code of a country on the map (e.g. KAZ, KOR, PRK)',
      );
      return undefined;
    }
    const name = isObj(e) && isObj(e.name) ? e.name : undefined;
    const label = isObj(e) ? e.label : undefined;
    if (
      !name ||
      typeof name.en !== 'string' ||
      typeof name.ja !== 'string' ||
      !Array.isArray(label) ||
      label.length !== 2 ||
      !label.every((x) => typeof x === 'number' && Number.isFinite(x))
    ) {
      this.errors.push({
        file: this.input.meta.file,
        path: iso3,
        message: 'the entry lacks name.en, name.ja or a [lon, lat] label',
        fix: 'run npm run geo again to rewrite it',
      });
      return undefined;
    }
    return { name: { en: name.en, ja: name.ja }, label: [label[0] as number, label[1] as number] };
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Documents                                                                                */

  private readDocuments(): void {
    const byId = new Map<string, { txt?: string; yaml?: string }>();
    for (const rel of this.input.files.keys()) {
      const m = /^documents\/(.+)\.(txt|ya?ml)$/.exec(rel);
      if (!m) continue;
      const [, id = '', ext] = m;
      const entry = byId.get(id) ?? {};
      if (ext === 'txt') entry.txt = rel;
      else if (entry.yaml)
        this.fileError(rel, `a second metadata file for document ${id}`, `keep only ${entry.yaml}`);
      else entry.yaml = rel;
      byId.set(id, entry);
    }
    if (byId.size === 0) {
      this.fileError(
        'documents',
        'no documents',
        'add documents/<id>.txt (the verbatim text) and documents/<id>.yaml (its metadata)',
      );
    }
    for (const [id, { txt }] of byId) {
      const text = txt ? this.input.files.get(txt) : undefined;
      if (txt && text !== undefined && text.trim() !== '') this.texts.set(id, { file: txt, text });
    }
    for (const [id, { txt, yaml }] of [...byId].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (!txt) {
        this.fileError(
          yaml ?? id,
          `no text for document ${id}`,
          `put the verbatim text next to it as documents/${id}.txt`,
        );
        continue;
      }
      if (!yaml) {
        this.fileError(
          txt,
          `no metadata for document ${id}`,
          `add documents/${id}.yaml with title, lang, source and summary (see data/README.md)`,
        );
        continue;
      }
      if (!ID_RE.test(id)) {
        this.fileError(
          txt,
          `document id 「${id}」 (the file name) must use ${ID_HELP}`,
          `rename documents/${id}.txt and .yaml`,
        );
        continue;
      }
      const text = this.input.files.get(txt) ?? '';
      if (text.trim() === '') {
        this.fileError(
          txt,
          'the document is empty',
          'paste the verbatim text of the document into this file',
        );
        continue;
      }
      const r = this.reader(yaml);
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
      const source = this.readSource(r, obj);
      const date = readDate(r, obj, 'date', []);
      const summary = r.langText(obj, 'summary', [], { required: true });
      if (!title || !lang || !source || !summary) continue;
      if (date && !date.inferred && !dateStated(text, date.iso)) {
        r.error(
          ['date'],
          `${date.iso} is not stated in the document (looked for 「${japaneseDate(date.iso)}」)`,
          'use the date the text gives, or explain where it comes from: date: { iso: …, inferred: "…" }',
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
      this.docs.set(id, { doc, r });
    }
  }

  private readSource(r: FileReader, obj: Obj): SourceInfo | undefined {
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
    const urlOpts = { pattern: URL_RE, patternHelp: 'is not a web address (http:// or https://)' };
    const url = r.string(s, 'url', p, urlOpts);
    const credit = r.langText(s, 'credit', p, { required: true });
    const license = r.string(s, 'license', p);
    const licenseUrl = r.string(s, 'licenseUrl', p, urlOpts);
    if (!credit) return undefined;
    const out: SourceInfo = { credit };
    if (url) out.url = url;
    if (license) out.license = license;
    if (licenseUrl) out.licenseUrl = licenseUrl;
    return out;
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Quotes                                                                                   */

  private nextAutoId(owner: string): string {
    const n = (this.autoIds.get(owner) ?? 0) + 1;
    this.autoIds.set(owner, n);
    return `${owner}.${n}`;
  }

  /**
   * A quote reference: a quote id (text), or an inline quote `{ doc, text, occurrence?, id? }`.
   * Returns the id (registered or referenced), or `undefined` after an error.
   */
  private quoteRef(r: FileReader, v: unknown, path: FieldPath, owner: string): string | undefined {
    if (typeof v === 'string') {
      if (v.trim() === '') {
        r.error(
          path,
          'empty quote id',
          'write a quote id, or the quote itself as { doc: …, text: … }',
        );
        return undefined;
      }
      this.quoteRefs.push({ id: v, r, path });
      return v;
    }
    if (isObj(v)) return this.quoteDef(r, v, path, owner, false);
    r.error(
      path,
      `expected a quote (a quote id, or { doc, text }), found ${describe(v)}`,
      'write either a quote id, or\n      - doc: <document id>\n        text: <exact words from the document>',
    );
    return undefined;
  }

  private quoteDef(
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
      help: `add \`doc: <document id>\` (one of: ${[...this.texts.keys()].join(', ') || 'the files in documents/'})`,
    });
    const text = this.quoteText(r, q, path);
    let occurrence: number | undefined;
    if (q.occurrence !== undefined && q.occurrence !== null) {
      occurrence = r.number(q, 'occurrence', path, {
        integer: true,
        min: 1,
        help: 'which occurrence of the text in the document: 1 for the first, 2 for the second…',
      });
      if (occurrence === undefined) return undefined;
    }
    id ??= this.nextAutoId(owner ?? 'quote');
    if (!this.claim('quote', id, { r, path: q.id !== undefined ? [...path, 'id'] : path }))
      return undefined;
    const draft: QuoteDraft = { id, doc: doc ?? '', text: text ?? '', r, path, shared };
    if (occurrence !== undefined) draft.occurrence = occurrence;
    this.quoteById.set(id, draft);
    if (doc === undefined || text === undefined) {
      this.badQuotes.add(id);
      return id;
    }
    this.quoteDrafts.push(draft);
    return id;
  }

  private quoteText(r: FileReader, q: Obj, path: FieldPath): string | undefined {
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

  private checkQuotes(): void {
    const others = [...this.texts].map(([id, t]) => ({ id, text: t.text }));
    let fuzzyLeft = FUZZY_BUDGET;
    for (const q of this.quoteDrafts) {
      const d = this.texts.get(q.doc);
      if (!d) {
        this.badQuotes.add(q.id);
        q.r.error(
          [...q.path, 'doc'],
          `unknown document \`${q.doc}\`${didYouMean(q.doc, this.texts.keys())}`,
          `use one of: ${[...this.texts.keys()].join(', ')}`,
        );
        continue;
      }
      const loc = locateQuote(
        q.doc,
        this.label(d.file),
        d.text,
        q.text,
        q.occurrence,
        others,
        fuzzyLeft > 0,
      );
      if (!loc.ok) {
        if (loc.detail.some((l) => l.startsWith('closest') || l.startsWith('no similar')))
          fuzzyLeft--;
        this.badQuotes.add(q.id);
        const path =
          q.occurrence !== undefined && loc.message.startsWith('occurrence')
            ? [...q.path, 'occurrence']
            : [...q.path, 'text'];
        q.r.error(path, `quote ${q.id}: ${loc.message}`, loc.fix, loc.detail);
        continue;
      }
      this.quotes.set(q.id, { id: q.id, doc: q.doc, text: q.text, start: loc.start, end: loc.end });
    }
    for (const ref of this.quoteRefs) {
      if (this.quoteById.has(ref.id)) continue;
      ref.r.error(
        ref.path,
        `no quote with id \`${ref.id}\`${didYouMean(ref.id, this.quoteById.keys())}`,
        'define it under `quotes:` in relations.yaml, or write the quote here as { doc: …, text: … }',
      );
    }
  }

  /** The quote of an id when it exists and passed its checks. */
  private quote(id: string | undefined): Quote | undefined {
    return id === undefined ? undefined : this.quotes.get(id);
  }

  private quoteList(
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
      const id = this.quoteRef(r, v, [...path, key, i], owner);
      if (id !== undefined) ids.push(id);
    });
    return ids;
  }

  /* ---------------------------------------------------------------------------------------- */
  /* relations.yaml                                                                           */

  private readRelations(): void {
    const rels = [...this.input.files.keys()]
      .filter((f) => /^relations(?:-[^/]+)?\.ya?ml$/.test(f))
      .sort((a, b) =>
        a.startsWith('relations.') ? -1 : b.startsWith('relations.') ? 1 : a < b ? -1 : 1,
      );
    if (!rels.some((f) => /^relations\.ya?ml$/.test(f))) {
      this.fileError(
        'relations.yaml',
        'not found',
        'create relations.yaml with quotes, countries, links, figures and events (see data/README.md)',
      );
    }
    for (const f of this.input.files.keys()) {
      if (
        !f.includes('/') &&
        /\.ya?ml$/.test(f) &&
        !rels.includes(f) &&
        !/^(regions|tour)\.ya?ml$/.test(f)
      ) {
        this.warnings.push({
          file: this.label(f),
          path: '',
          message: 'ignored: not a file the atlas reads',
          fix: 'name extra relation files relations-<something>.yaml',
        });
      }
    }
    for (const rel of rels) {
      const r = this.reader(rel);
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
      each('quotes', (o, p) => this.quoteDef(r, o, p, undefined, true), 'a quote');
      each('countries', (o, p) => this.readCountry(r, o, p), 'a country');
      each('links', (o, p) => this.readLink(r, o, p), 'a link');
      each('figures', (o, p) => this.readFigure(r, o, p), 'a figure');
      each('events', (o, p) => this.readEvent(r, o, p), 'an event');
    }
  }

  private iso3(
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
    if (v !== undefined) this.countryRefs.push({ id: v, r, path: [...path, key], what });
    return v;
  }

  private readCountry(r: FileReader, o: Obj, path: FieldPath): void {
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
      mentions.push(this.quoteRef(r, v, [...path, 'mentions', i], `${iso3 ?? 'country'}-mention`)),
    );
    if (!iso3) return;
    // A country may be listed again (e.g. in relations-<topic>.yaml for a new document): the
    // entries are merged.
    const earlier = this.countries.find((c) => c.iso3 === iso3);
    if (earlier) {
      for (const a of aliases) if (!earlier.aliases.includes(a)) earlier.aliases.push(a);
      earlier.extra.push({ r, path, mentions });
      return;
    }
    this.countries.push({ iso3, aliases, mentions, r, path, extra: [] });
  }

  private readLink(r: FileReader, o: Obj, path: FieldPath): void {
    r.keys(o, path, ['id', 'a', 'b', 'kinds', 'statuses', 'summary', 'quotes']);
    let a = this.iso3(r, o, 'a', path, 'link end');
    let b = this.iso3(r, o, 'b', path, 'link end');
    const kinds = r.oneOfList(o, 'kinds', path, LINK_KINDS, { required: true, nonEmpty: true });
    const summary = r.langText(o, 'summary', path);
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
      const quotes = this.quoteList(r, s, 'quotes', p, `${owner}-${status ?? 'status'}`);
      if (status && date && quotes) {
        statuses.push({ status, date, quotes });
        statusOrigins.push({ r, path: p });
      }
    });
    const quotes = this.quoteList(r, o, 'quotes', path, owner);
    if (!id || !kinds || !quotes) return;
    if (!this.claim('link', id, { r, path })) return;
    const link: Link = { id, a: a as string, b: b as string, kinds, statuses, quotes };
    if (summary) link.summary = summary;
    this.links.push({ link, statusOrigins, r, path });
  }

  private linkRef(
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
    this.linkRefs.push({ id, r, path: [...path, key] });
    return id;
  }

  private readPeriod(r: FileReader, o: Obj, path: FieldPath): FigurePeriod | undefined {
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
    let inferred: string | undefined;
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
        start = this.dayDate(r, po, 'start', p, help);
        end = this.dayDate(r, po, 'end', p, help);
        if (!start || !end) return undefined;
        if (end < start) {
          r.error([...p, 'end'], `end ${end} is before start ${start}`, 'swap them');
          return undefined;
        }
      }
      label = r.langText(po, 'label', p);
      inferred = r.string(po, 'inferred', p, { help: 'say in words where the period comes from' });
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

  private dayDate(
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

  private readFigure(r: FileReader, o: Obj, path: FieldPath): void {
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
    const link = this.linkRef(r, o, 'link', path, true);
    const value = r.number(o, 'value', path, {
      required: true,
      min: 0,
      help: 'add `value:` with the amount in US dollars as a plain number, e.g. 5900000000',
    });
    const stated = r.string(o, 'stated', path, {
      required: true,
      help: 'add `stated:` with the amount exactly as the quote writes it, e.g. 59億ドル',
    });
    const measure = r.oneOf(o, 'measure', path, MEASURES, { required: true });
    const from = this.iso3(r, o, 'from', path, 'figure direction', false);
    const to = this.iso3(r, o, 'to', path, 'figure direction', false);
    const qualifier = r.oneOf(o, 'qualifier', path, QUALIFIERS, { required: true });
    const period = this.readPeriod(r, o, path);
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
      quoteRef = this.quoteRef(r, o.quote, [...path, 'quote'], id ?? 'figure');
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
      this.linkRefs.push({ id: sid, r, path: [...path, 'sharedWith', i] });
      sharedWith.push(sid);
    });
    if (measure && DIRECTIONAL.includes(measure) && (!from || !to)) {
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
    if (!id || !this.claim('figure', id, { r, path: [...path, 'id'] })) return;
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
    this.figures.push(draft);
  }

  private readEvent(r: FileReader, o: Obj, path: FieldPath): void {
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
        this.countryRefs.push({ id: v, r, path: p, what: 'event country' });
      }
    });
    const link = this.linkRef(r, o, 'link', path, false);
    const kind = r.oneOf(o, 'kind', path, EVENT_KINDS, { required: true });
    const title = r.langText(o, 'title', path, { required: true });
    const quotes = this.quoteList(r, o, 'quotes', path, id ?? 'event');
    if (!id || !this.claim('event', id, { r, path: [...path, 'id'] })) return;
    const event: Partial<AtlasEvent> & { id: string } = { id, countries };
    if (date) event.date = date;
    if (link) event.link = link;
    if (kind) event.kind = kind;
    if (title) event.title = title;
    if (quotes) event.quotes = quotes;
    this.events.push({ event, r, path });
  }

  /* ---------------------------------------------------------------------------------------- */
  /* regions.yaml, tour.yaml                                                                  */

  private bounds(
    r: FileReader,
    v: unknown,
    path: FieldPath,
  ): [number, number, number, number] | undefined {
    const help = 'write [west, south, east, north] in degrees, e.g. [20, 30, 135, 60]';
    if (
      !Array.isArray(v) ||
      v.length !== 4 ||
      !v.every((x) => typeof x === 'number' && Number.isFinite(x))
    ) {
      r.error(path, `expected four numbers [west, south, east, north], found ${describe(v)}`, help);
      return undefined;
    }
    const [w, s, e, n] = v as [number, number, number, number];
    if (w < -180 || e > 180 || s < -90 || n > 90 || w >= e || s >= n) {
      r.error(
        path,
        `[${v.join(', ')}] is not a box: need −180 ≤ west < east ≤ 180 and −90 ≤ south < north ≤ 90`,
        help,
      );
      return undefined;
    }
    return [w, s, e, n];
  }

  private readRegions(): void {
    const rel = this.input.files.has('regions.yaml')
      ? 'regions.yaml'
      : this.input.files.has('regions.yml')
        ? 'regions.yml'
        : undefined;
    if (!rel) {
      this.fileError(
        'regions.yaml',
        'not found',
        'create regions.yaml with `initialRegion:` and `regions:` (see data/README.md)',
      );
      return;
    }
    const r = this.reader(rel);
    if (!r) return;
    const obj = r.object(r.src.value, [], 'the regions');
    if (!obj) return;
    r.keys(obj, [], ['initialRegion', 'regions']);
    const initial = r.string(obj, 'initialRegion', [], {
      required: true,
      help: 'add `initialRegion: all` (the id of the region shown first)',
    });
    if (initial) this.initialRegion = { id: initial, r, path: ['initialRegion'] };
    r.list(obj, 'regions', [], {
      required: true,
      nonEmpty: true,
      help: 'add `regions:` with at least one region',
    })?.forEach((v, i) => {
      const p = ['regions', i];
      const o = r.object(v, p, 'a region');
      if (!o) return;
      r.keys(o, p, ['id', 'name', 'bounds']);
      const id = r.string(o, 'id', p, {
        required: true,
        pattern: ID_RE,
        patternHelp: `is not a valid id (${ID_HELP})`,
        help: `add \`id: …\` (${ID_HELP})`,
      });
      const name = r.langText(o, 'name', p, { required: true });
      let bounds: [number, number, number, number] | undefined;
      if (o.bounds === undefined || o.bounds === null)
        r.missing(o, 'bounds', p, 'add `bounds: [west, south, east, north]`');
      else bounds = this.bounds(r, o.bounds, [...p, 'bounds']);
      if (!id || !name || !bounds || !this.claim('region', id, { r, path: [...p, 'id'] })) return;
      this.regions.push({ region: { id, name, bounds }, r, path: p });
    });
  }

  private readTour(): void {
    const rel = this.input.files.has('tour.yaml')
      ? 'tour.yaml'
      : this.input.files.has('tour.yml')
        ? 'tour.yml'
        : undefined;
    if (!rel) {
      this.warnings.push({
        file: this.label('tour.yaml'),
        path: '',
        message: 'not found: the atlas will have no guided tour',
      });
      return;
    }
    const r = this.reader(rel);
    if (!r) return;
    const obj = r.object(r.src.value, [], 'the tour');
    if (!obj) return;
    r.keys(obj, [], ['steps']);
    r.list(obj, 'steps', [], {
      required: true,
      nonEmpty: true,
      help: 'add `steps:` with the steps of the tour',
    })?.forEach((v, i) => {
      const p = ['steps', i];
      const o = r.object(v, p, 'a tour step');
      if (!o) return;
      r.keys(o, p, ['id', 'camera', 'select', 'caption', 'quote', 'date', 'notes']);
      const id = r.string(o, 'id', p, {
        required: true,
        pattern: ID_RE,
        patternHelp: `is not a valid id (${ID_HELP})`,
        help: `add \`id: …\` (${ID_HELP})`,
      });
      const camera: TourStep['camera'] = {};
      let cameraOk = false;
      if (o.camera === undefined || o.camera === null) {
        r.missing(
          o,
          'camera',
          p,
          'add `camera: { region: <region id> }` or `camera: { bounds: [w, s, e, n] }`',
        );
      } else {
        const c = r.object(
          o.camera,
          [...p, 'camera'],
          'the camera',
          'write `camera: { region: all }` or `camera: { bounds: [w, s, e, n] }`',
        );
        if (c) {
          r.keys(c, [...p, 'camera'], ['region', 'bounds']);
          const region = r.string(c, 'region', [...p, 'camera']);
          const bounds =
            c.bounds !== undefined
              ? this.bounds(r, c.bounds, [...p, 'camera', 'bounds'])
              : undefined;
          if (region) camera.region = region;
          if (bounds) camera.bounds = bounds;
          if ((c.region === undefined) === (c.bounds === undefined)) {
            r.error(
              [...p, 'camera'],
              'give exactly one of `region` or `bounds`',
              'write `camera: { region: all }` or `camera: { bounds: [w, s, e, n] }`',
            );
          } else cameraOk = region !== undefined || bounds !== undefined;
          if (region) this.regionRefs.push({ id: region, r, path: [...p, 'camera', 'region'] });
        }
      }
      let select: TourStep['select'];
      if (o.select !== undefined && o.select !== null) {
        const s = r.object(
          o.select,
          [...p, 'select'],
          'the selection',
          'write `select: { country: KAZ }` or `select: { link: KAZ-KOR }`',
        );
        if (s) {
          r.keys(s, [...p, 'select'], ['country', 'link']);
          select = {};
          const country = this.iso3(r, s, 'country', [...p, 'select'], 'tour selection', false);
          const link = this.linkRef(r, s, 'link', [...p, 'select'], false);
          if (country) select.country = country;
          if (link) select.link = link;
        }
      }
      const caption = r.langText(o, 'caption', p, { required: true });
      const notes = r.langText(o, 'notes', p);
      let quote: string | undefined;
      if (o.quote !== undefined && o.quote !== null)
        quote = this.quoteRef(r, o.quote, [...p, 'quote'], `tour-${id ?? i}`);
      let date: string | undefined;
      if (o.date !== undefined && o.date !== null) {
        const help = 'write the "as of" date as YYYY-MM-DD, e.g. 2020-12-31';
        if (typeof o.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) {
          r.error([...p, 'date'], `expected a day (YYYY-MM-DD), found ${describe(o.date)}`, help);
        } else {
          const parsed = parseIso(o.date);
          if ('error' in parsed) r.error([...p, 'date'], parsed.error, help);
          else date = o.date;
        }
      }
      if (!id || !caption || !cameraOk || !this.claim('tour step', id, { r, path: [...p, 'id'] }))
        return;
      const step: TourStep = { id, camera, caption };
      if (select && (select.country || select.link)) step.select = select;
      if (quote) step.quote = quote;
      if (date) step.date = date;
      if (notes) step.notes = notes;
      this.steps.push({ step, r, path: p });
    });
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Cross-checks                                                                             */

  private listed(): Set<string> {
    return new Set(this.countries.map((c) => c.iso3));
  }

  private checkCountries(): void {
    const listed = this.listed();
    for (const c of this.countries) {
      const meta = this.metaOf(c.iso3, { r: c.r, path: [...c.path, 'iso3'] });
      const names = [...c.aliases, ...(meta ? [meta.name.ja] : [])];
      const entries = [{ r: c.r, path: c.path, mentions: c.mentions }, ...c.extra];
      for (const entry of entries)
        entry.mentions.forEach((qid, i) => {
          const q = this.quote(qid);
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
    for (const ref of this.countryRefs) {
      if (listed.has(ref.id)) continue;
      const key = `${ref.r.file}|${ref.path.join('.')}`;
      if (reported.has(key)) continue;
      reported.add(key);
      if (this.meta && !this.meta.has(ref.id)) {
        ref.r.error(
          ref.path,
          `unknown country code ${ref.id} (${ref.what}): it is not in the geometry${didYouMean(ref.id, this.meta.keys())}`,
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

  private linkIds(): Set<string> {
    return new Set(this.links.map((l) => l.link.id));
  }

  private checkDateStated(
    o: Origin,
    field: string,
    date: PartialDate | undefined,
    quoteIds: string[] | undefined,
  ): void {
    if (!date || date.inferred || !quoteIds) return;
    const quotes = quoteIds.map((id) => this.quote(id));
    if (quotes.some((q) => q === undefined)) return; // a quote already failed: its error says enough
    const texts = quotes.map((q) => q?.text ?? '');
    const p = [...o.path, field];
    if (!texts.some((t) => dateStated(t, date.iso))) {
      o.r.error(
        p,
        `${date.iso} is not stated in its quotes (looked for 「${japaneseDate(date.iso)}」)`,
        `quote the sentence that gives the date, or explain where it comes from:\n      ${field}: { iso: ${date.iso}, inferred: "…reason…" }`,
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

  private checkLinks(): void {
    const links = this.linkIds();
    for (const l of this.links) {
      l.link.statuses.forEach((s, i) => {
        const o = l.statusOrigins[i];
        if (o) this.checkDateStated(o, 'date', s.date, s.quotes);
      });
      l.link.statuses.sort((x, y) => compareDates(x.date, y.date));
    }
    for (const ref of this.linkRefs) {
      if (links.has(ref.id)) continue;
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

  private checkFigures(): void {
    const links = new Map(this.links.map((l) => [l.link.id, l.link]));
    for (const { figure: f, r, path } of this.figures) {
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
      const q = this.quote(f.quote);
      if (!q || f.stated === undefined) continue;
      for (const problem of checkMoney(q.id, q.text, f.stated, f.value, f.qualifier)) {
        r.error([...path, problem.field], problem.message, problem.fix);
      }
      if (f.period && !f.period.inferred) {
        const year = f.period.start.slice(0, 4);
        if (!new RegExp(`(?<!\\d)${year}(?!\\d)`).test(q.text)) {
          r.error(
            [...path, 'period'],
            `the year ${year} is not in quote ${q.id} 「${clip(q.text, 60)}」`,
            'quote the sentence that gives the year, or add `inferred: "…reason…"` to the period',
          );
        }
      }
    }
  }

  private checkEvents(): void {
    const links = new Map(this.links.map((l) => [l.link.id, l.link]));
    for (const e of this.events) {
      const ev = e.event;
      this.checkDateStated(e, 'date', ev.date, ev.quotes);
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

  private checkRegionsAndTour(): void {
    const regionIds = new Set(this.regions.map((x) => x.region.id));
    if (this.initialRegion && !regionIds.has(this.initialRegion.id) && this.regions.length > 0) {
      const { r, path, id } = this.initialRegion;
      r.error(
        path,
        `no region \`${id}\`${didYouMean(id, regionIds)}`,
        `use one of: ${[...regionIds].join(', ')}`,
      );
    }
    for (const ref of this.regionRefs) {
      if (regionIds.has(ref.id)) continue;
      ref.r.error(
        ref.path,
        `no region \`${ref.id}\`${didYouMean(ref.id, regionIds)}`,
        `use one of the ids in regions.yaml: ${[...regionIds].join(', ')}`,
      );
    }
  }

  private warnUnused(): void {
    const used = new Set<string>();
    for (const c of this.countries) {
      for (const m of [...c.mentions, ...c.extra.flatMap((e) => e.mentions)]) if (m) used.add(m);
    }
    for (const l of this.links) {
      for (const q of l.link.quotes) used.add(q);
      for (const s of l.link.statuses) for (const q of s.quotes) used.add(q);
    }
    for (const f of this.figures) if (f.quoteRef) used.add(f.quoteRef);
    for (const e of this.events) for (const q of e.event.quotes ?? []) used.add(q);
    for (const s of this.steps) if (s.step.quote) used.add(s.step.quote);
    for (const q of this.quoteDrafts) {
      if (q.shared && !used.has(q.id)) {
        this.warnings.push({
          file: q.r.file,
          line: q.r.lineOf(q.path),
          path: `quote ${q.id}`,
          message: 'defined but never used',
        });
      }
    }
    const quotedDocs = new Set([...this.quotes.values()].map((q) => q.doc));
    for (const d of this.docs.values()) {
      if (!quotedDocs.has(d.doc.id)) {
        this.warnings.push({
          file: this.label(d.doc.file),
          path: '',
          message: 'no quote comes from this document yet',
        });
      }
    }
  }

  /* ---------------------------------------------------------------------------------------- */

  private output(): AtlasData {
    const parties = new Set(this.links.flatMap((l) => [l.link.a, l.link.b]));
    const countries: Country[] = [];
    for (const c of this.countries) {
      const meta = this.metaOf(c.iso3, { r: c.r, path: [...c.path, 'iso3'] });
      if (!meta) continue;
      countries.push({
        iso3: c.iso3,
        name: meta.name,
        label: meta.label,
        role: parties.has(c.iso3) ? 'party' : 'mentioned',
        mentions: [...new Set([...c.mentions, ...c.extra.flatMap((e) => e.mentions)])].filter(
          (m): m is string => m !== undefined,
        ),
      });
    }
    countries.sort((x, y) => (x.iso3 < y.iso3 ? -1 : 1));
    const events = this.events.map((e) => e.event as AtlasEvent);
    events.sort((x, y) => compareDates(x.date, y.date));
    const documents = [...this.docs.values()].map((d) => d.doc);
    return {
      documents,
      quotes: [...this.quotes.values()],
      countries,
      links: this.links.map((l) => l.link),
      figures: this.figures.map((f) => f.figure as Figure),
      events,
      regions: this.regions.map((x) => x.region),
      initialRegion: this.initialRegion?.id ?? this.regions[0]?.region.id ?? '',
      tour: this.steps.map((s) => s.step),
    };
  }
}

/** By file, then line (stable: problems on one line keep the order they were found in). */
function sortIssues(issues: AtlasIssue[]): AtlasIssue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((x, y) =>
      x.issue.file !== y.issue.file
        ? x.issue.file < y.issue.file
          ? -1
          : 1
        : (x.issue.line ?? 0) - (y.issue.line ?? 0) || x.i - y.i,
    )
    .map((x) => x.issue);
}

function compareDates(a: PartialDate, b: PartialDate): number {
  return a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0;
}

function isFullYear(start: string, end: string): boolean {
  return (
    start.slice(5) === '01-01' && end.slice(5) === '12-31' && start.slice(0, 4) === end.slice(0, 4)
  );
}

const EN_MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2020-01-01…2020-12-31 → 2020年 / 2020; 2024-01-01…2024-09-30 → 2024年1〜9月 / Jan–Sep 2024. */
export function periodLabel(start: string, end: string): LangText {
  const [sy = '', sm = '', sd = ''] = start.split('-');
  const [ey = '', em = '', ed = ''] = end.split('-');
  if (isFullYear(start, end)) return { ja: `${sy}年`, en: sy };
  const wholeMonths = sd === '01' && Number(ed) === daysInMonth(Number(ey), Number(em));
  if (sy === ey && wholeMonths) {
    const m1 = Number(sm);
    const m2 = Number(em);
    if (m1 === m2) return { ja: `${sy}年${m1}月`, en: `${EN_MON[m1 - 1]} ${sy}` };
    return { ja: `${sy}年${m1}〜${m2}月`, en: `${EN_MON[m1 - 1]}–${EN_MON[m2 - 1]} ${sy}` };
  }
  return { ja: `${start}〜${end}`, en: `${start} – ${end}` };
}

/** Compile the data folder. Never throws: an unexpected failure becomes an `internal` issue. */
export function compileAtlas(input: CompileInput): CompileResult {
  try {
    return new Compiler(input).run();
  } catch (e) {
    return {
      errors: [
        {
          file: input.dirLabel,
          path: '',
          message: `internal error in the atlas compiler: ${e instanceof Error ? e.message : String(e)}`,
          fix: 'this is a bug in build/atlas, not in the data: report it with the data that caused it',
          internal: true,
        },
      ],
      warnings: [],
    };
  }
}

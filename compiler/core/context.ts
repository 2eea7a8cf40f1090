/**
 * The state of one compile, shared by the readers and the checks: what has been read so far
 * (drafts with the file and path they came from), the ids claimed, the references to resolve
 * later, and the problems found.
 */
import type {
  AtlasEvent,
  Figure,
  LangText,
  Link,
  Quote,
  Region,
  SourceDocument,
  TourStep,
} from '../../src/data/types.ts';
import type { AtlasIssue, FieldPath } from './issues.ts';
import { FileReader } from './reader.ts';
import { parseYaml } from './yaml.ts';

/** Where an entry was written: its file (through its reader) and its path in that file. */
export interface Origin {
  r: FileReader;
  path: FieldPath;
}

export interface QuoteDraft extends Origin {
  id: string;
  doc: string;
  text: string;
  occurrence?: number;
  /** Declared under top-level `quotes:` (so an unused one is worth a warning). */
  shared: boolean;
}

export interface Ref extends Origin {
  id: string;
}

export interface DocDraft {
  doc: SourceDocument;
  r?: FileReader;
}

export interface CountryDraft extends Origin {
  iso3: string;
  aliases: string[];
  mentions: (string | undefined)[];
  /** Further entries for the same country (merged). */
  extra: (Origin & { mentions: (string | undefined)[] })[];
}

export interface LinkDraft extends Origin {
  link: Link;
  statusOrigins: Origin[];
  /** Further declarations of the same pair, in other places (merged into `link`). */
  extra: Origin[];
}

export interface FigureDraft extends Origin {
  figure: Partial<Figure> & { id: string };
  quoteRef?: string;
  /** True when `value` was computed from `stated` (not written in the data). */
  computed?: boolean;
}

export interface EventDraft extends Origin {
  event: Partial<AtlasEvent> & { id: string };
}

export interface RegionDraft extends Origin {
  region: Region;
}

export interface StepDraft extends Origin {
  step: TourStep;
  /** The id of the extra tour (`tour-<id>.yaml`) it belongs to; none for `tour.yaml`. */
  tour?: string;
}

export interface CountryMetaEntry {
  name: LangText;
  label: [number, number];
}

/** What a caller may tune. */
export interface CompileOptions {
  /** Largest document text, in UTF-8 bytes (default `MAX_DOCUMENT_BYTES`, 1 MB). */
  maxDocumentBytes?: number;
}

/** The input of one compile: file texts by path relative to the data folder, and options. */
export interface CompileInput extends CompileOptions {
  files: ReadonlyMap<string, string>;
  dirLabel: string;
  meta: { file: string; text?: string; error?: string };
}

export interface Ctx {
  readonly input: CompileInput;
  readonly errors: AtlasIssue[];
  readonly warnings: AtlasIssue[];
  /** A reader for each YAML file that parsed (filled by the intake, before anything is read). */
  readonly readers: Map<string, FileReader>;

  readonly docs: Map<string, DocDraft>;
  /** Every document text, even when its metadata has problems (so its quotes can be checked). */
  readonly texts: Map<string, { file: string; text: string }>;
  readonly quoteDrafts: QuoteDraft[];
  readonly quoteById: Map<string, QuoteDraft>;
  readonly quoteRefs: Ref[];
  readonly quotes: Map<string, Quote>;
  /** Quote ids that failed their own checks (so references to them do not repeat the error). */
  readonly badQuotes: Set<string>;
  readonly autoIds: Map<string, number>;

  readonly countries: CountryDraft[];
  readonly links: LinkDraft[];
  readonly figures: FigureDraft[];
  readonly events: EventDraft[];
  readonly regions: RegionDraft[];
  initialRegion: (Origin & { id: string }) | undefined;
  readonly steps: StepDraft[];
  /** The extra tours (`tour-<id>.yaml`), in file order; their steps are in `steps`. */
  readonly tours: { id: string; title?: LangText }[];

  readonly linkRefs: Ref[];
  readonly regionRefs: Ref[];
  readonly countryRefs: (Ref & { what: string })[];
  /** Country codes that were reported unknown (references to them are not reported again). */
  readonly badCountries: Set<string>;
  readonly ids: Map<string, Map<string, Origin>>;

  meta: Map<string, unknown> | undefined;
  /** Figure values computed from `stated` (reported by `npm run data`). */
  readonly computed: ComputedValue[];
}

/** A figure whose `value` was left out and computed from its `stated` amount. */
export interface ComputedValue {
  file: string;
  line: number | undefined;
  id: string;
  stated: string;
  value: number;
}

export function createContext(input: CompileInput): Ctx {
  return {
    input,
    errors: [],
    warnings: [],
    readers: new Map(),
    docs: new Map(),
    texts: new Map(),
    quoteDrafts: [],
    quoteById: new Map(),
    quoteRefs: [],
    quotes: new Map(),
    badQuotes: new Set(),
    autoIds: new Map(),
    countries: [],
    links: [],
    figures: [],
    events: [],
    regions: [],
    initialRegion: undefined,
    steps: [],
    tours: [],
    linkRefs: [],
    regionRefs: [],
    countryRefs: [],
    badCountries: new Set(),
    ids: new Map(),
    meta: undefined,
    computed: [],
  };
}

/** The YAML file `rel`, when it parsed (its syntax errors were reported by the intake). */
export function reader(ctx: Ctx, rel: string): FileReader | undefined {
  const known = ctx.readers.get(rel);
  if (known) return known;
  const text = ctx.input.files.get(rel);
  if (text === undefined) return undefined;
  const { source, issues } = parseYaml(fileLabel(ctx, rel), text);
  ctx.errors.push(...issues);
  if (issues.length > 0) return undefined;
  const r = new FileReader(source, ctx.errors);
  ctx.readers.set(rel, r);
  return r;
}

export function fileLabel(ctx: Ctx, rel: string): string {
  return `${ctx.input.dirLabel}/${rel}`;
}

export function fileError(ctx: Ctx, rel: string, message: string, fix: string): void {
  ctx.errors.push({ file: fileLabel(ctx, rel), path: '', message, fix });
}

/** Records an id of a kind; reports a duplicate with the line of the first one. */
export function claim(ctx: Ctx, kind: string, id: string, o: Origin): boolean {
  let map = ctx.ids.get(kind);
  if (!map) ctx.ids.set(kind, (map = new Map()));
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

export function nextAutoId(ctx: Ctx, owner: string): string {
  const n = (ctx.autoIds.get(owner) ?? 0) + 1;
  ctx.autoIds.set(owner, n);
  return `${owner}.${n}`;
}

/** The quote of an id when it exists and passed its checks. */
export function quoteOf(ctx: Ctx, id: string | undefined): Quote | undefined {
  return id === undefined ? undefined : ctx.quotes.get(id);
}

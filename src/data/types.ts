/**
 * The shape of the compiled dataset: what `compiler/` produces from `data/` after validation,
 * and what every component reads (through `virtual:atlas-data`). Nothing in `src/` names a
 * country, figure or date: it all arrives through these types.
 */

import type {
  DatePrecision,
  EventKind,
  FigureMeasure,
  FigureQualifier,
  LinkKind,
  LinkStatusValue,
} from './schema';

export type {
  DatePrecision,
  EventKind,
  FigureMeasure,
  FigureQualifier,
  LinkKind,
  LinkStatusValue,
} from './schema';

/**
 * Where an item comes from, when not from data/: `teacher` for what a teacher added in the app
 * ("Add an article", drawn in a draft style); a link of data/ that received a teacher's figures,
 * events or quotes is `teacher-joined`. Absent for everything built from data/.
 */
export type DataOrigin = 'teacher' | 'teacher-joined';

/** A text in both interface languages. */
export interface LangText {
  ja: string;
  en: string;
}

/** ISO 3166-1 alpha-3 code, as in the geometry (`static/geo`). */
export type Iso3 = string;

/**
 * A date as precise as the document states it. `iso` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * matching `precision`. `inferred` holds the reason, in both languages, when part of the date is not in the text
 * (e.g. the year of "11月27日から28日" taken from the article's context).
 */
export interface PartialDate {
  iso: string;
  precision: DatePrecision;
  /** End of a range ("18~19日", "2021年8月16~17日"), same format as `iso`. */
  end?: string;
  inferred?: LangText;
}

export interface SourceInfo {
  /** Where the text names its source. */
  url?: string;
  /** Shown as the credit line, e.g. "Wikipedia (CC BY-SA 4.0)". */
  credit: LangText;
  license?: string;
  licenseUrl?: string;
}

export interface SourceDocument {
  id: string;
  /** Path of the verbatim text, relative to the data folder. */
  file: string;
  title: LangText;
  lang: string;
  source: SourceInfo;
  /** Publication date or, failing that, the date of the event it reports. */
  date?: PartialDate;
  summary: LangText;
  /**
   * The verbatim text. Absent from the first view's dataset (`virtual:atlas-data`) for the
   * documents of data/: theirs are loaded on first use (`src/data/texts.svelte.ts`, issue 14); a
   * teacher's article carries its own. Read it with `textOf()`.
   */
  text?: string;
  /** Set for a teacher's article (see `DataOrigin`). */
  origin?: DataOrigin;
}

/** An exact passage of a document. `start`/`end` are UTF-16 offsets into `text` of its document. */
export interface Quote {
  id: string;
  doc: string;
  text: string;
  start: number;
  end: number;
}

export type CountryRole = 'party' | 'mentioned';

export interface Country {
  iso3: Iso3;
  name: LangText;
  /** One label point per country, inside it: [lon, lat]. */
  label: [number, number];
  /** 'party' when the country is one end of a link; 'mentioned' when the documents only name it. */
  role: CountryRole;
  /** Quote ids that name the country. */
  mentions: string[];
  /** Set for a country only a teacher's article names. */
  origin?: DataOrigin;
}

export interface LinkStatusChange {
  status: LinkStatusValue;
  date: PartialDate;
  quotes: string[];
}

/** An unordered pair of countries. `a` < `b` alphabetically; `id` is `${a}-${b}`. */
export interface Link {
  id: string;
  a: Iso3;
  b: Iso3;
  kinds: LinkKind[];
  /** In date order. The status at a date is the last change on or before it. */
  statuses: LinkStatusChange[];
  summary?: LangText;
  quotes: string[];
  /** `teacher`: a pair only a teacher's article gives; `teacher-joined`: a pair of data/ it adds to. */
  origin?: DataOrigin;
  /**
   * Of `kinds`, those only a teacher's article gives to a pair of data/, shown as the article's
   * (once its downloaded files are in data/, the compiler joins them and they are data).
   */
  teacherKinds?: LinkKind[];
}

export interface FigurePeriod {
  /** First and last day covered, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** True when the period covers a whole calendar year. */
  fullYear: boolean;
  label: LangText;
  /** Why the period is not (fully) stated in the figure's quote, e.g. "year from the previous sentence". */
  inferred?: LangText;
}

export interface Figure {
  id: string;
  link: string;
  /** Value in US dollars. */
  value: number;
  /** The money expression exactly as the quote states it, e.g. `59億ドル`. */
  stated: string;
  measure: FigureMeasure;
  /** For directional measures (exports, investment): from → to. */
  from?: Iso3;
  to?: Iso3;
  qualifier: FigureQualifier;
  period: FigurePeriod;
  /** What exactly is measured, when it is narrower than the measure (e.g. "energy and technology"). */
  note?: LangText;
  quote: string;
  /**
   * Other link ids this same amount also covers, when the text gives one combined total
   * (e.g. Korea's investment in Kazakhstan and Uzbekistan together). Do not add it to their totals.
   */
  sharedWith?: string[];
  /** Set for a teacher's figure. */
  origin?: DataOrigin;
}

export interface AtlasEvent {
  id: string;
  date: PartialDate;
  countries: Iso3[];
  /** The link it belongs to, when it concerns a pair. */
  link?: string;
  kind: EventKind;
  title: LangText;
  quotes: string[];
  /** Set for a teacher's event. */
  origin?: DataOrigin;
}

/** A camera preset, e.g. "Central Asia". Keys 1–9 follow their order. */
export interface Region {
  id: string;
  name: LangText;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
}

export interface TourStep {
  id: string;
  /** A region id, or explicit bounds. */
  camera: { region?: string; bounds?: [number, number, number, number] };
  select?: { country?: Iso3; link?: string };
  caption: LangText;
  quote?: string;
  /** "As of" date for the timeline, `YYYY-MM-DD`. */
  date?: string;
  notes?: LangText;
}

/** A tour besides the guided one: `data/tour-<id>.yaml`. */
export interface NamedTour {
  id: string;
  title?: LangText;
  steps: TourStep[];
}

export interface AtlasData {
  documents: SourceDocument[];
  quotes: Quote[];
  countries: Country[];
  links: Link[];
  figures: Figure[];
  events: AtlasEvent[];
  regions: Region[];
  /** The region shown first. */
  initialRegion: string;
  tour: TourStep[];
  /** More tours (`tour-<id>.yaml`), absent when there are none. */
  tours?: NamedTour[];
}

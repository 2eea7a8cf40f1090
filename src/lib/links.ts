/**
 * What the data says was true of each link at a given "as of" day, and nothing the documents
 * only tell about later: which kinds of tie are in force, its status (established, severed…),
 * the figures known by then, and the figure that sets its arc width. Pure: the timeline, the
 * arcs, the panels and the relations table all read this.
 *
 * When something counts ("known from"): from the LAST day its stated date can mean, the first
 * day by which the document says it had happened. An event or status dated "2022" counts from
 * 31 December 2022, one dated "July 2022" from 31 July, one dated to the day from that day. A
 * figure counts from the end of the period it covers: the 2023 trade total is known from
 * 31 December 2023, not on 1 January 2023. data/README.md ("When things count on the timeline")
 * says the same.
 *
 * Each kind of tie has its own start (and, for diplomatic relations, end):
 * - diplomatic: statuses `established`/`active` and events (establishment, visits, summits,
 *   meetings, statements) start it; `suspended`/`severed` statuses and ruptures end it;
 * - trade / investment: the first figure of that measure known;
 * - conflict: combat events; military or alliance: deployments; cooperation (or investment):
 *   agreements;
 * - a kind with no dated evidence of its own counts from the date of the earliest dated document
 *   that the link's quotes come from (a document describes what is true when it is written);
 * - a kind with neither is "undated": it is drawn only when no date is chosen (the whole
 *   picture), never on the timeline, because nothing says when it began.
 *
 * `arcHistory` builds, once, every link's sorted list of the days its arcs change; `arcsAt` then
 * only looks up each link's state in force (a binary search), so a timeline tick costs little
 * whatever the number of events and figures.
 */
import type {
  AtlasData,
  EventKind,
  Figure,
  FigureMeasure,
  Link,
  LinkKind,
  LinkStatusChange,
  PartialDate,
} from '../data/types';
import { comparePartialDates, lastDay } from './dates';

/** Drawing style of an arc: trade arcs are sized by value, the others styled by kind. */
export type ArcStyle =
  'trade' | 'conflict' | 'military' | 'sanctions' | 'diplomatic' | 'cooperation';

/** Which kind shows when a link has no trade figure: the most consequential first. */
const STYLE_ORDER: { kinds: LinkKind[]; style: ArcStyle }[] = [
  { kinds: ['conflict'], style: 'conflict' },
  { kinds: ['alliance', 'military'], style: 'military' },
  { kinds: ['sanctions'], style: 'sanctions' },
  { kinds: ['diplomatic'], style: 'diplomatic' },
  { kinds: ['cooperation', 'investment', 'trade'], style: 'cooperation' },
];

export function styleOfKinds(kinds: readonly LinkKind[]): ArcStyle {
  for (const { kinds: group, style } of STYLE_ORDER) {
    if (group.some((k) => kinds.includes(k))) return style;
  }
  return 'cooperation';
}

/** The first day something dated `date` is known to have happened (see the file comment). */
export function knownFrom(date: PartialDate): string {
  return lastDay(date.iso);
}

/** The status change in force on `asOf` (null: none stated yet). `asOf` null means "today". */
export function statusAt(link: Link, asOf: string | null): LinkStatusChange | null {
  const sorted = [...link.statuses].sort((a, b) => comparePartialDates(a.date, b.date));
  let current: LinkStatusChange | null = null;
  for (const change of sorted) {
    if (asOf === null || knownFrom(change.date) <= asOf) current = change;
  }
  return current;
}

export function isSevered(status: LinkStatusChange | null): boolean {
  return status?.status === 'severed' || status?.status === 'suspended';
}

/** A figure is known from the end of the period it covers (a 2020 total from 31 Dec 2020). */
export function figureKnown(figure: Figure, asOf: string | null): boolean {
  return asOf === null || figure.period.end <= asOf;
}

/** The latest figure of a measure, preferring whole calendar years, among those known `asOf`. */
export function latestFigure(
  figures: readonly Figure[],
  asOf: string | null,
  accept: (f: Figure) => boolean,
): Figure | null {
  const known = figures.filter((f) => accept(f) && figureKnown(f, asOf));
  const rank = (f: Figure) => `${f.period.fullYear ? 1 : 0}|${f.period.end}`;
  known.sort((a, b) => (rank(a) < rank(b) ? 1 : rank(a) > rank(b) ? -1 : 0));
  return known[0] ?? null;
}

/** The kinds of tie an event is evidence of, in order of preference (the first the link has). */
const EVENT_KINDS: Record<EventKind, LinkKind[]> = {
  establishment: ['diplomatic'],
  visit: ['diplomatic'],
  summit: ['diplomatic'],
  meeting: ['diplomatic'],
  statement: ['diplomatic'],
  agreement: ['cooperation', 'investment'],
  deployment: ['military', 'alliance'],
  combat: ['conflict'],
  rupture: [],
  recognition: [],
  other: [],
};

const MEASURE_KIND: Record<FigureMeasure, LinkKind | null> = {
  'total-trade': 'trade',
  exports: 'trade',
  imports: 'trade',
  investment: 'investment',
  acquisition: 'investment',
  // A goal is not a tie.
  target: null,
};

/** One dated change of a kind of tie: it starts (`on`) or ends. */
export interface KindMark {
  day: string;
  kind: LinkKind;
  on: boolean;
}

/** Everything the data dates about one link. */
export interface LinkEvidence {
  link: Link;
  /** Its own figures and those it shares (`sharedWith`). */
  figures: Figure[];
  events: AtlasData['events'];
  /** Days of the dated documents its quotes come from. */
  documentDays: string[];
}

/**
 * When each kind of the link starts and ends, sorted by day (the later mark wins on a day).
 * Kinds missing from the result are undated.
 */
export function kindMarks(ev: LinkEvidence): KindMark[] {
  const { link } = ev;
  const has = (k: LinkKind) => link.kinds.includes(k);
  const marks: KindMark[] = [];
  for (const s of link.statuses) {
    if (!has('diplomatic')) continue;
    const on = s.status === 'established' || s.status === 'active';
    marks.push({ day: knownFrom(s.date), kind: 'diplomatic', on });
  }
  for (const e of ev.events) {
    if (e.kind === 'rupture' && has('diplomatic')) {
      marks.push({ day: knownFrom(e.date), kind: 'diplomatic', on: false });
      continue;
    }
    const kind = EVENT_KINDS[e.kind].find(has);
    if (kind) marks.push({ day: knownFrom(e.date), kind, on: true });
  }
  for (const f of ev.figures) {
    const kind = MEASURE_KIND[f.measure];
    if (kind && has(kind)) marks.push({ day: f.period.end, kind, on: true });
  }
  const firstDocument = [...ev.documentDays].sort()[0];
  if (firstDocument) {
    for (const kind of link.kinds) {
      if (!marks.some((m) => m.kind === kind)) marks.push({ day: firstDocument, kind, on: true });
    }
  }
  // On one day, an end after a start (a link established and severed the same day is severed).
  return marks.sort((a, b) =>
    a.day !== b.day ? (a.day < b.day ? -1 : 1) : Number(b.on) - Number(a.on),
  );
}

/** The kinds in force on `asOf` (null: every kind of the link, dated or not). */
export function kindsAt(
  link: Link,
  marks: readonly KindMark[],
  asOf: string | null,
): { kinds: LinkKind[]; ended: LinkKind[] } {
  if (asOf === null) return { kinds: [...link.kinds], ended: [] };
  const state = new Map<LinkKind, boolean>();
  for (const m of marks) {
    if (m.day > asOf) break;
    state.set(m.kind, m.on);
  }
  const kinds = link.kinds.filter((k) => state.get(k) === true);
  const ended = link.kinds.filter((k) => state.get(k) === false);
  return { kinds, ended };
}

/** One drawn arc: a whole link, or one direction of it where the data has directional flows. */
export interface ArcSpec {
  id: string;
  link: string;
  from: string;
  to: string;
  directed: boolean;
  style: ArcStyle;
  /** The kinds of tie in force at the date (all of the link's when no date is chosen). */
  kinds: LinkKind[];
  severed: boolean;
  status: LinkStatusChange | null;
  /** The figure that sets the width (null: styled by kind, fixed width). */
  figure: Figure | null;
  /** Signed curvature, as a share of the chord (see arcShape). */
  bend: number;
}

const BEND = 0.18;

/** The arcs of one link as of `asOf`: the slow, direct reading `arcHistory` precomputes. */
export function linkArcsAt(
  ev: LinkEvidence,
  marks: readonly KindMark[],
  asOf: string | null,
): ArcSpec[] {
  const { link, figures } = ev;
  const own = figures.filter((f) => f.link === link.id);
  const status = statusAt(link, asOf);
  const severed = isSevered(status);
  const { kinds, ended } = kindsAt(link, marks, asOf);
  const base = { link: link.id, status, severed, kinds, bend: BEND };
  const total = latestFigure(own, asOf, (f) => f.measure === 'total-trade');
  if (total) {
    return [
      {
        ...base,
        id: link.id,
        from: link.a,
        to: link.b,
        directed: false,
        style: 'trade',
        figure: total,
      },
    ];
  }
  const directed: ArcSpec[] = [];
  for (const [from, to] of [
    [link.a, link.b],
    [link.b, link.a],
  ] as const) {
    const figure = latestFigure(
      own,
      asOf,
      (f) => f.measure === 'exports' && f.from === from && f.to === to,
    );
    if (figure) {
      directed.push({
        ...base,
        id: `${link.id}:${from}>${to}`,
        from,
        to,
        directed: true,
        style: 'trade',
        figure,
      });
    }
  }
  if (directed.length) return directed;
  // Nothing in force: not drawn, unless a tie has ended (a severed relation stays, dashed).
  const shown = kinds.length ? kinds : severed ? ended : [];
  if (!shown.length) return [];
  return [
    {
      ...base,
      id: link.id,
      from: link.a,
      to: link.b,
      directed: false,
      style: styleOfKinds(shown),
      figure: null,
    },
  ];
}

/** Each link's evidence, grouped once (figures, events and documents by link). */
export function linkEvidence(data: AtlasData): LinkEvidence[] {
  const figures = new Map<string, Figure[]>();
  const add = (id: string, f: Figure) => figures.set(id, [...(figures.get(id) ?? []), f]);
  for (const f of data.figures) {
    add(f.link, f);
    for (const other of f.sharedWith ?? []) add(other, f);
  }
  const events = new Map<string, AtlasData['events']>();
  for (const e of data.events) {
    if (e.link) events.set(e.link, [...(events.get(e.link) ?? []), e]);
  }
  const docDay = new Map<string, string>();
  for (const d of data.documents) if (d.date) docDay.set(d.id, lastDay(d.date.end ?? d.date.iso));
  const quoteDoc = new Map(data.quotes.map((q) => [q.id, q.doc]));
  return data.links.map((link) => {
    const quotes = [...link.quotes, ...link.statuses.flatMap((s) => s.quotes)];
    const documentDays = quotes
      .map((q) => docDay.get(quoteDoc.get(q) ?? ''))
      .filter((d): d is string => d !== undefined);
    return {
      link,
      figures: figures.get(link.id) ?? [],
      events: events.get(link.id) ?? [],
      documentDays,
    };
  });
}

/** One link's arcs through time: `arcs[i]` is in force from `days[i]` to the next day. */
export interface LinkHistory {
  days: string[];
  arcs: ArcSpec[][];
  /** With no date chosen: everything the data holds, undated kinds included. */
  whole: ArcSpec[];
}

export type ArcHistory = LinkHistory[];

/** Every link's history, built once from the data (sorted change days, the state after each). */
export function arcHistory(data: AtlasData): ArcHistory {
  return linkEvidence(data).map((ev) => {
    const marks = kindMarks(ev);
    const candidates = new Set<string>(marks.map((m) => m.day));
    for (const s of ev.link.statuses) candidates.add(knownFrom(s.date));
    for (const f of ev.figures) candidates.add(f.period.end);
    const days: string[] = [];
    const arcs: ArcSpec[][] = [];
    let last = '';
    for (const day of [...candidates].sort()) {
      const state = linkArcsAt(ev, marks, day);
      const key = JSON.stringify(
        state.map((a) => [a.id, a.style, a.severed, a.figure?.id, a.kinds]),
      );
      if (key === last) continue;
      last = key;
      days.push(day);
      arcs.push(state);
    }
    return { days, arcs, whole: linkArcsAt(ev, marks, null) };
  });
}

/** Index of the last of the sorted `days` on or before `day` (-1: none). */
function lastOnOrBefore(days: readonly string[], day: string): number {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The arcs to draw as of `asOf` (null: everything the data holds). Reads each link's
 * precomputed history: a binary search per link, nothing rescanned.
 */
export function arcsAt(history: ArcHistory, asOf: string | null): ArcSpec[] {
  const out: ArcSpec[] = [];
  for (const h of history) {
    if (asOf === null) {
      out.push(...h.whole);
      continue;
    }
    const i = lastOnOrBefore(h.days, asOf);
    if (i >= 0) out.push(...h.arcs[i]!);
  }
  return out;
}

/** Every value that can set a width, for the fixed scale. */
export function widthValues(data: AtlasData): number[] {
  return data.figures
    .filter((f) => f.measure === 'total-trade' || f.measure === 'exports')
    .map((f) => f.value);
}

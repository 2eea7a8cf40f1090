/**
 * What the data says about each link at a given "as of" day: whether it is known yet, its status
 * (established, severed…), the figures known by then, and the figure that sets its arc width.
 * Pure: the timeline, the arcs, the panels and the relations table all read this.
 */
import type { AtlasData, Figure, Link, LinkKind, LinkStatusChange } from '../data/types';
import { comparePartialDates, firstDay } from './dates';

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

/** The status change in force on `asOf` (null: none stated yet). `asOf` null means "today". */
export function statusAt(link: Link, asOf: string | null): LinkStatusChange | null {
  const sorted = [...link.statuses].sort((a, b) => comparePartialDates(a.date, b.date));
  let current: LinkStatusChange | null = null;
  for (const change of sorted) {
    if (asOf === null || firstDay(change.date.iso) <= asOf) current = change;
  }
  return current;
}

export function isSevered(status: LinkStatusChange | null): boolean {
  return status?.status === 'severed' || status?.status === 'suspended';
}

/** A figure is known from the start of its period (a 2020 total shows from 2020 on). */
export function figureKnown(figure: Figure, asOf: string | null): boolean {
  return asOf === null || figure.period.start <= asOf;
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

/** The earliest day the data dates anything about a link (status, event or figure). */
export function firstEvidence(
  link: Link,
  data: Pick<AtlasData, 'events' | 'figures'>,
): string | null {
  const days = [
    ...link.statuses.map((s) => firstDay(s.date.iso)),
    ...data.events.filter((e) => e.link === link.id).map((e) => firstDay(e.date.iso)),
    ...data.figures.filter((f) => f.link === link.id).map((f) => f.period.start),
  ].sort();
  return days[0] ?? null;
}

/** One drawn arc: a whole link, or one direction of it where the data has directional flows. */
export interface ArcSpec {
  id: string;
  link: string;
  from: string;
  to: string;
  directed: boolean;
  style: ArcStyle;
  severed: boolean;
  status: LinkStatusChange | null;
  /** The figure that sets the width (null: styled by kind, fixed width). */
  figure: Figure | null;
  /** Signed curvature, as a share of the chord (see arcShape). */
  bend: number;
}

const BEND = 0.18;

/**
 * The arcs to draw as of `asOf` (null: everything the data holds). A link appears once the data
 * dates something about it; links the data never dates always show.
 */
export function arcsAt(data: AtlasData, asOf: string | null): ArcSpec[] {
  const arcs: ArcSpec[] = [];
  for (const link of data.links) {
    const start = firstEvidence(link, data);
    if (asOf !== null && start !== null && start > asOf) continue;
    const status = statusAt(link, asOf);
    const severed = isSevered(status);
    const figures = data.figures.filter((f) => f.link === link.id);
    const total = latestFigure(figures, asOf, (f) => f.measure === 'total-trade');
    const base = { link: link.id, status, severed };
    if (total) {
      arcs.push({
        ...base,
        id: link.id,
        from: link.a,
        to: link.b,
        directed: false,
        style: 'trade',
        figure: total,
        bend: BEND,
      });
      continue;
    }
    const directions = [
      [link.a, link.b],
      [link.b, link.a],
    ] as const;
    const directed = directions
      .map(([from, to]) => ({
        from,
        to,
        figure: latestFigure(
          figures,
          asOf,
          (f) => f.measure === 'exports' && f.from === from && f.to === to,
        ),
      }))
      .filter((d): d is { from: string; to: string; figure: Figure } => d.figure !== null);
    if (directed.length) {
      for (const d of directed) {
        arcs.push({
          ...base,
          id: `${link.id}:${d.from}>${d.to}`,
          from: d.from,
          to: d.to,
          directed: true,
          style: 'trade',
          figure: d.figure,
          bend: BEND,
        });
      }
      continue;
    }
    arcs.push({
      ...base,
      id: link.id,
      from: link.a,
      to: link.b,
      directed: false,
      style: styleOfKinds(link.kinds),
      figure: null,
      bend: BEND,
    });
  }
  return arcs;
}

/** Every value that can set a width, for the fixed scale. */
export function widthValues(data: AtlasData): number[] {
  return data.figures
    .filter((f) => f.measure === 'total-trade' || f.measure === 'exports')
    .map((f) => f.value);
}

/**
 * One exported image as a flat list of shapes in output pixels: the countries, the arcs (one path
 * each), the labels, and the title, legend and credits from `layout`. The SVG writer and the
 * canvas painter draw the same list, so the PNG and the SVG show the same thing. Pure.
 */
import { arcAnchors, HEAD, toScreen, type DrawnArc } from '../map/arc-drawing';
import { SEVERED_DASH } from '../map/arc-style';
import type { ScreenTransform } from '../map/camera';
import { labelVisible, textWidth } from '../map/svg/labels';
import {
  anchorRadius,
  borderOf,
  fillOf,
  labelColor,
  labelSize,
  ROLE_ORDER,
  type Role,
} from '../map/svg/paint';
import type { CountryShape, LabelPoint } from '../map/svg/project';
import type { Size } from '../map/svg/view';
import type { MapTheme } from '../map/theme';
import type { Lang } from '../i18n/messages';
import { nearestWorldCopy, WORLD_SIZE, type Point } from '../lib/arc-geometry';
import {
  creditsBand,
  fitClear,
  legendLayout,
  titleBlock,
  type Box,
  type LegendInput,
  type TextLine,
} from './layout';

export interface Transform {
  k: number;
  tx: number;
  ty: number;
}

export type Shape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      opacity?: number;
      stroke?: string;
      strokeWidth?: number;
    }
  | {
      kind: 'path';
      d: string;
      fill?: string;
      stroke?: string;
      /** In output pixels, whatever the transform. */
      strokeWidth?: number;
      dash?: number[];
      opacity?: number;
      round?: boolean;
      /** `d` is in world pixels, drawn through this transform (the countries). */
      transform?: Transform;
      /** Marks for the SVG (`data-*` attributes): what a teacher editing it is looking at. */
      data?: Record<string, string>;
    }
  | {
      kind: 'text';
      text: string;
      x: number;
      /** Baseline. */
      y: number;
      size: number;
      bold: boolean;
      fill: string;
      anchor: 'start' | 'middle';
      halo?: { color: string; width: number };
    };

export interface Scene {
  width: number;
  height: number;
  background: string;
  font: string;
  shapes: Shape[];
  /** Where the overlays went (for the caller to report, and for tests to look at the pixels). */
  boxes: { title: Box; asOf: Box; legend: Box; credits: Box };
}

export interface SceneInput {
  out: Size;
  /** World pixels → output pixels (refitted when `screen` is given). */
  view: ScreenTransform;
  /**
   * What the screen shows (its view and the map's size there). Given, the map is refitted so that
   * all of it lies clear of the title, legend and credits (`fitClear`), and the labels are those
   * the screen's zoom shows.
   */
  screen?: { view: ScreenTransform; size: Size };
  /** How many times larger than on screen (type, strokes). */
  f: number;
  theme: MapTheme;
  font: string;
  lang: Lang;
  countries: readonly CountryShape[];
  labels: readonly LabelPoint[];
  roleOf: (iso3: string) => Role;
  selectedCountry: string | null;
  arcs: readonly DrawnArc[];
  selectedLink: string | null;
  title: string;
  asOf: string;
  legend: LegendInput;
  credits: string[];
  colors: { trade: string; ink: string };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Which copies of the world (…, -1, 0, 1, …) the output shows, as MapLibre repeats it. */
export function worldCopies(view: Transform, width: number): number[] {
  const span = WORLD_SIZE * view.k;
  const first = Math.floor(-view.tx / span);
  const last = Math.floor((width - view.tx) / span);
  const copies: number[] = [];
  // `|| 0`: no -0 (Math.floor of a negative zero).
  for (let i = Math.max(first, -2); i <= Math.min(last, 2); i++) copies.push(i || 0);
  return copies;
}

/**
 * A screen wider than one world (a wide window zoomed out, as in a presentation) is cut to the one
 * world around its middle: the image shows the world once, as large as fits.
 */
export function oneWorld(screen: { view: Transform; size: Size }): {
  view: Transform;
  size: Size;
} {
  const { view, size } = screen;
  const width = WORLD_SIZE * view.k;
  if (!(size.width > width)) return screen;
  return {
    view: { ...view, tx: view.tx - (size.width - width) / 2 },
    size: { width, height: size.height },
  };
}

/**
 * Of `copies`, those that the screen's own rectangle reaches. A view refitted beside the legend
 * may show more than one world; the copies the screen did not show would repeat its countries
 * (a second Russia under the legend), so the map ends there, in open sea.
 */
export function copiesOf(
  copies: readonly number[],
  screen: { view: Transform; size: Size },
): number[] {
  const { view, size } = screen;
  const west = -view.tx / view.k;
  const east = (size.width - view.tx) / view.k;
  const kept = copies.filter((n) => (n + 1) * WORLD_SIZE > west && n * WORLD_SIZE < east);
  return kept.length ? kept : [...copies];
}

/** One arc as SVG path data in output pixels, and its arrowhead (grown by `f`) if directed. */
export function arcPaths(
  d: DrawnArc,
  view: Transform,
  f: number,
): { d: string; head: string | null } {
  const s = toScreen(d, view);
  const path = `M${round(s.start[0])} ${round(s.start[1])}Q${round(s.control[0])} ${round(s.control[1])} ${round(s.end[0])} ${round(s.end[1])}`;
  if (!d.arc.directed) return { d: path, head: null };
  const [mx, my]: Point = [d.shape.mid[0] * view.k + view.tx, d.shape.mid[1] * view.k + view.ty];
  const scale = (1 + d.width / 6) * f;
  const a = (d.shape.angle * Math.PI) / 180;
  const pts = HEAD.map(([x, y]) => [
    mx + scale * (x * Math.cos(a) - y * Math.sin(a)),
    my + scale * (x * Math.sin(a) + y * Math.cos(a)),
  ]);
  return { d: path, head: `M${pts.map(([x, y]) => `${round(x!)} ${round(y!)}`).join('L')}Z` };
}

function textShapes(lines: TextLine[], fill: string): Shape[] {
  return lines.map((l) => ({
    kind: 'text',
    text: l.text,
    x: l.x,
    y: l.y,
    size: l.size,
    bold: l.bold,
    fill,
    anchor: 'start',
  }));
}

export function buildScene(input: SceneInput): Scene {
  const { out, f, theme } = input;
  const shapes: Shape[] = [];
  // The panels first: where they go decides the map's frame.
  const title = titleBlock(input.title, input.asOf, out, f);
  const credits = creditsBand(input.credits, out, f);
  const legend = legendLayout(input.legend, credits.box.y, f, input.colors.trade, input.colors.ink);
  const screen = input.screen && oneWorld(input.screen);
  const view = screen
    ? fitClear(screen.view, screen.size, out, [title.box, legend.box, credits.box], 12 * f)
    : input.view;
  // The labels are those of the screen's own zoom.
  const screenK = input.screen ? input.screen.view.k : view.k / f;
  const zoom = Math.log2(screenK);
  const copies = screen
    ? copiesOf(worldCopies(view, out.width), screen)
    : worldCopies(view, out.width);

  // Countries, the documents' countries last (their borders on top), once per visible world copy.
  const ordered = [...input.countries].sort(
    (a, b) => ROLE_ORDER[input.roleOf(a.iso3)] - ROLE_ORDER[input.roleOf(b.iso3)],
  );
  for (const copy of copies) {
    const transform = { k: view.k, tx: view.tx + copy * WORLD_SIZE * view.k, ty: view.ty };
    for (const c of ordered) {
      const role = input.roleOf(c.iso3);
      const border = borderOf(role, theme);
      shapes.push({
        kind: 'path',
        d: c.d,
        transform,
        fill: fillOf(c.iso3, role, theme, { selected: input.selectedCountry, hovered: null }),
        stroke: border.color,
        strokeWidth: border.width * f,
        data: { country: c.iso3 },
      });
    }
  }

  // Arcs: one path each (and a separate arrowhead); the selected link's on top.
  const dash = SEVERED_DASH.split(/[\s,]+/).map((n) => Number(n) * f);
  const arcs = [...input.arcs].sort(
    (a, b) => Number(a.arc.link === input.selectedLink) - Number(b.arc.link === input.selectedLink),
  );
  // Drawn once, on the copy of the world that holds most of them within what the screen showed
  // (as the screen's overlay does): never on a copy whose countries are not drawn.
  const [west, east] = screen
    ? [-screen.view.tx / screen.view.k, (screen.size.width - screen.view.tx) / screen.view.k]
    : [-view.tx / view.k, (out.width - view.tx) / view.k];
  const shift = nearestWorldCopy(west, east, arcAnchors(arcs)) * WORLD_SIZE * view.k;
  const arcView = { ...view, tx: view.tx + shift };
  for (const d of arcs) {
    const p = arcPaths(d, arcView, f);
    shapes.push({
      kind: 'path',
      d: p.d,
      stroke: d.color,
      strokeWidth: d.width * f,
      dash: d.arc.severed ? dash : undefined,
      round: true,
      data: { arc: d.arc.id, link: d.arc.link },
    });
    if (p.head) shapes.push({ kind: 'path', d: p.head, fill: d.color, data: { head: d.arc.id } });
  }

  // Labels, as the SVG map shows them: below the point where arcs end.
  const widths = new Map(input.countries.map((c) => [c.iso3, c.width]));
  const ordLabels = [...input.labels].sort(
    (a, b) => ROLE_ORDER[input.roleOf(a.iso3)] - ROLE_ORDER[input.roleOf(b.iso3)],
  );
  for (const [copy, l] of copies.flatMap((c) => ordLabels.map((l) => [c, l] as const))) {
    const role = input.roleOf(l.iso3);
    const name = l.name[input.lang];
    const screenSize = labelSize(role, zoom) * theme.labelScale;
    if (!labelVisible(role, name, screenSize, widths.get(l.iso3) ?? 0, screenK)) continue;
    const x = (l.at[0] + copy * WORLD_SIZE) * view.k + view.tx;
    const y = l.at[1] * view.k + view.ty;
    if (x < -200 * f || x > out.width + 200 * f || y < -50 * f || y > out.height + 50 * f) continue;
    const size = screenSize * f;
    if (role === 'party') {
      const r = anchorRadius(zoom) * f;
      shapes.push({
        kind: 'path',
        d: `M${round(x - r)} ${round(y)}a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0Z`,
        fill: theme.borderParty,
        stroke: theme.halo,
        strokeWidth: 1.5 * f,
      });
    }
    shapes.push({
      kind: 'text',
      text: name,
      x,
      y: y + 0.7 * size + 0.85 * size,
      size,
      bold: role === 'party',
      fill: labelColor(role, theme),
      anchor: 'middle',
      halo: { color: theme.halo, width: 4 * f },
    });
  }

  // Title, credits, legend: on pale panels over the map.
  const panel = (
    b: { x: number; y: number; width: number; height: number },
    opacity = 0.92,
  ): Shape => ({
    kind: 'rect',
    ...b,
    fill: '#ffffff',
    opacity,
    stroke: '#d4d0c8',
    strokeWidth: 1 * f,
  });
  shapes.push(panel(title.box), ...textShapes(title.lines, input.colors.ink));
  shapes.push(panel(credits.box, 0.94), ...textShapes(credits.lines, input.colors.ink));
  shapes.push(panel(legend.box));
  for (const s of legend.samples) {
    if (s.kind === 'line') {
      shapes.push({
        kind: 'path',
        d: `M${round(s.x1)} ${round(s.y)}H${round(s.x2)}`,
        stroke: s.color,
        strokeWidth: s.width,
        dash: s.dashed ? dash : undefined,
        round: !s.dashed,
        data: { legend: 'sample' },
      });
    } else {
      const z = s.size;
      shapes.push({
        kind: 'path',
        d: `M${round(s.x - z)} ${round(s.y - z)}L${round(s.x + z)} ${round(s.y)}L${round(s.x - z)} ${round(s.y + z)}Z`,
        fill: s.color,
        data: { legend: 'sample' },
      });
    }
  }
  shapes.push(...textShapes(legend.lines, input.colors.ink));

  const date = title.lines[title.lines.length - 1]!;
  const asOf = {
    x: date.x,
    y: date.y - date.size,
    width: textWidth(date.text, date.size),
    height: date.size * 1.25,
  };
  return {
    width: out.width,
    height: out.height,
    background: theme.sea,
    font: input.font,
    shapes,
    boxes: { title: title.box, asOf, legend: legend.box, credits: credits.box },
  };
}

/**
 * Where things go in an exported image: the output sizes, the map's view fitted to them, the
 * title block, the legend and the credits band, and the file name. Pure; text widths are
 * estimated the way the SVG map estimates them (`textWidth`), with room to spare.
 */
import { centerOf, type Size } from '../map/svg/view';
import { freePadding } from '../lib/framing';
import { textWidth } from '../map/svg/labels';
import type { ScreenTransform } from '../map/camera';

export const SLIDE: Size = { width: 1920, height: 1080 };
/** Canvas limits of common browsers stay far above this; a 4K screen at 2× is 7680 wide. */
const MAX_SIDE = 8192;

export type ExportKind = 'slide' | 'screen' | 'svg';

/** Pixel size of each export for a map shown at `screen` CSS pixels. */
export function outputSize(kind: ExportKind, screen: Size): Size {
  if (!(screen.width > 0 && screen.height > 0)) throw new Error('the map has no size on screen');
  if (kind === 'slide' || kind === 'svg') return SLIDE;
  return {
    width: Math.min(MAX_SIDE, Math.round(screen.width * 2)),
    height: Math.min(MAX_SIDE, Math.round(screen.height * 2)),
  };
}

/**
 * The screen's view drawn `f` times larger, centred on the same point: everything the screen
 * shows is inside the output (whose other side shows more map), and `f` scales type and strokes.
 */
export function fitOutput(
  view: ScreenTransform,
  screen: Size,
  out: Size,
): { view: ScreenTransform; f: number } {
  if (!(screen.width > 0 && screen.height > 0)) throw new Error('the map has no size on screen');
  const f = Math.min(out.width / screen.width, out.height / screen.height);
  const [cx, cy] = centerOf(view, screen);
  const k = view.k * f;
  return { view: { k, tx: out.width / 2 - cx * k, ty: out.height / 2 - cy * k }, f };
}

/**
 * The screen's view refitted into the part of the output that `covers` (the title, the legend,
 * the credits band) leave free: everything the screen showed, drawn as large as fits there and
 * centred in it, so that no country or arc of the view lies under a panel. The sides each cover
 * is cleared from are chosen together, for the largest map (`freePadding`, as the app frames its
 * camera around the side panel and the tour's caption).
 */
export function fitClear(
  view: ScreenTransform,
  screen: Size,
  out: Size,
  covers: readonly Box[],
  margin: number,
): ScreenTransform {
  if (!(screen.width > 0 && screen.height > 0)) throw new Error('the map has no size on screen');
  const pad = freePadding(
    { left: 0, top: 0, right: out.width, bottom: out.height },
    covers.map((b) => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height })),
    { margin },
  );
  const roomX = Math.max(1, out.width - pad.left - pad.right);
  const roomY = Math.max(1, out.height - pad.top - pad.bottom);
  // The screen's rectangle in world pixels, and the scale that fits it in the room.
  const k = Math.min((roomX * view.k) / screen.width, (roomY * view.k) / screen.height);
  const [cx, cy] = centerOf(view, screen);
  const at = [pad.left + roomX / 2, pad.top + roomY / 2] as const;
  return { k, tx: at[0] - cx * k, ty: at[1] - cy * k };
}

/** Greedy line breaking at spaces (Latin) or anywhere (CJK), to `maxWidth` pixels. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // Tokens: words with their following space, or single wide characters.
    const tokens = paragraph.match(/[\u1100-\uffff]|[^\s\u1100-\uffff]+\s*|\s+/g) ?? [];
    let line = '';
    for (const token of tokens) {
      const next = line + token;
      if (line && textWidth(next.trimEnd(), size) > maxWidth) {
        lines.push(line.trimEnd());
        line = token.trimStart();
      } else line = next;
    }
    if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  }
  return lines;
}

/** Base sizes in CSS pixels, multiplied by the export's `f`. */
export const TYPE = { title: 26, subtitle: 17, legendTitle: 15, legend: 13, credit: 12, pad: 14 };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextLine {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

/** Title and date in the top-left corner. */
export function titleBlock(
  title: string,
  asOf: string,
  out: Size,
  f: number,
): { box: Box; lines: TextLine[] } {
  const pad = TYPE.pad * f;
  const t = TYPE.title * f;
  const s = TYPE.subtitle * f;
  const maxWidth = out.width * 0.6;
  const titleLines = wrapText(title, t, maxWidth);
  const lines: TextLine[] = [];
  let y = pad;
  for (const text of titleLines) {
    y += t;
    lines.push({ text, x: 2 * pad, y, size: t, bold: true });
    y += t * 0.25;
  }
  y += s * 1.05;
  lines.push({ text: asOf, x: 2 * pad, y, size: s, bold: false });
  const width = Math.max(...lines.map((l) => textWidth(l.text, l.size))) * 1.1 + 2 * pad;
  return { box: { x: pad, y: pad, width, height: y + s * 0.45 }, lines };
}

/** The credits band along the bottom edge: sources, then the map's credit. */
export function creditsBand(
  lines: string[],
  out: Size,
  f: number,
): { box: Box; lines: TextLine[] } {
  const pad = TYPE.pad * f;
  const size = TYPE.credit * f;
  const wrapped = lines.flatMap((l) => wrapText(l, size, out.width - 4 * pad));
  const height = wrapped.length * size * 1.4 + pad;
  const top = out.height - height;
  return {
    box: { x: 0, y: top, width: out.width, height },
    lines: wrapped.map((text, i) => ({
      text,
      x: 2 * pad,
      y: top + pad * 0.5 + size * (1.1 + 1.4 * i),
      size,
      bold: false,
    })),
  };
}

export interface LegendInput {
  title: string;
  note: string;
  /** Reference widths: a trade stroke of `width` CSS px labelled `label`. */
  widths: { width: number; label: string }[];
  /** Arc styles other than trade, each a coloured stroke. */
  styles: { color: string; label: string }[];
  severed: string;
  directed: string;
}

export type LegendSample =
  | {
      kind: 'line';
      x1: number;
      x2: number;
      y: number;
      width: number;
      color: string;
      dashed: boolean;
    }
  | { kind: 'arrow'; x: number; y: number; size: number; color: string };

export interface LegendLayout {
  box: Box;
  lines: TextLine[];
  samples: LegendSample[];
}

export const LEGEND_WIDTH = 300;

/** The legend in the bottom-left corner, above the credits band (`bottom` is its top). */
export function legendLayout(
  legend: LegendInput,
  bottom: number,
  f: number,
  tradeColor: string,
  inkColor: string,
): LegendLayout {
  const pad = TYPE.pad * f * 0.8;
  const size0 = TYPE.legend * f;
  // Wide enough for its longest one-line label (estimated generously), never narrower than 300.
  const longest = Math.max(
    0,
    ...[...legend.styles.map((s) => s.label), legend.severed, legend.directed].map((t) =>
      textWidth(t, size0),
    ),
  );
  const width = Math.max(LEGEND_WIDTH * f, (longest * 1.15 + 50 * f + 2 * pad) | 0);
  const inner = width - 2 * pad;
  const size = size0;
  const row = size * 1.6;
  const sample = 40 * f;
  const lines: TextLine[] = [];
  const samples: LegendSample[] = [];
  let y = 0;
  const text = (t: string, x: number, s: number, bold = false) => {
    y += s;
    lines.push({ text: t, x, y, size: s, bold });
    y += s * 0.35;
  };
  text(legend.title, pad, TYPE.legendTitle * f, true);
  for (const l of wrapText(legend.note, size, inner)) text(l, pad, size);
  y += size * 0.3;
  // Widths in two columns, as on screen.
  const col = inner / 2;
  legend.widths.forEach((w, i) => {
    const x = pad + (i % 2) * col;
    const top = y + Math.floor(i / 2) * row;
    // Round caps reach half the stroke beyond the ends: keep them off the label.
    const cap = (w.width * f) / 2;
    samples.push({
      kind: 'line',
      x1: x + 2 * f + cap,
      x2: x + sample - cap,
      y: top + row / 2,
      width: w.width * f,
      color: tradeColor,
      dashed: false,
    });
    lines.push({
      text: w.label,
      x: x + sample + 6 * f,
      y: top + row / 2 + size * 0.35,
      size,
      bold: false,
    });
  });
  y += Math.ceil(legend.widths.length / 2) * row;
  const rowWith = (label: string, s: LegendSample) => {
    samples.push(s);
    lines.push({
      text: label,
      x: pad + sample + 6 * f,
      y: y + row / 2 + size * 0.35,
      size,
      bold: false,
    });
    y += row;
  };
  for (const s of legend.styles) {
    rowWith(s.label, {
      kind: 'line',
      x1: pad + 2 * f,
      x2: pad + sample,
      y: y + row / 2,
      width: 3 * f,
      color: s.color,
      dashed: false,
    });
  }
  rowWith(legend.severed, {
    kind: 'line',
    x1: pad + 2 * f,
    x2: pad + sample,
    y: y + row / 2,
    width: 3 * f,
    color: inkColor,
    dashed: true,
  });
  rowWith(legend.directed, {
    kind: 'arrow',
    x: pad + sample / 2,
    y: y + row / 2,
    size: 6 * f,
    color: inkColor,
  });
  const height = y + pad;
  const top = bottom - height - TYPE.pad * f;
  const left = TYPE.pad * f;
  const shift = <T extends { x: number; y: number }>(l: T): T => ({
    ...l,
    x: l.x + left,
    y: l.y + top,
  });
  return {
    box: { x: left, y: top, width, height },
    lines: lines.map(shift),
    samples: samples.map((s) =>
      s.kind === 'line'
        ? { ...s, x1: s.x1 + left, x2: s.x2 + left, y: s.y + top }
        : { ...s, x: s.x + left, y: s.y + top },
    ),
  };
}

/** `bilateral-atlas_JPN_2024-05-01_1920x1080.png`: ASCII only, whatever the title's script. */
export function fileName(parts: {
  selection: string | null;
  date: string;
  size: Size | null;
  ext: 'png' | 'svg';
}): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  const pieces = [
    'bilateral-atlas',
    clean(parts.selection ?? '') || 'overview',
    clean(parts.date) || 'latest',
  ];
  if (parts.size) pieces.push(`${Math.round(parts.size.width)}x${Math.round(parts.size.height)}`);
  return `${pieces.join('_')}.${parts.ext}`;
}

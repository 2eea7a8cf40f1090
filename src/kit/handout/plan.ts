/**
 * What a printed handout shows, as pure functions: which relations the current view draws, the
 * countries they link, the frame that keeps every one of those countries whole on the page, and
 * the map part of a kit scene (the page prints title, legend and credits as text around it).
 */
import { WORLD_SIZE } from '../../lib/arc-geometry';
import type { ScreenTransform } from '../../map/camera';
import type { Size } from '../../map/svg/view';
import type { Scene } from '../scene';

/** [x0, y0, x1, y1] in world pixels. */
export type WorldBox = [number, number, number, number];

export interface ArcEnds {
  link: string;
  from: string;
  to: string;
}

/**
 * The links the view shows: with a selected link, that link; with a selected country, its
 * links; otherwise every drawn link with both ends inside the view on screen (`inView`): an arc
 * that leaves the screen (to a far country) is not framed, or one arc would make a world map.
 * Each link once, in the arcs' order.
 */
export function relationsOfView(
  arcs: readonly ArcEnds[],
  selection: { country: string | null; link: string | null },
  inView: (iso3: string) => boolean,
): string[] {
  const keep = (a: ArcEnds) =>
    selection.link
      ? a.link === selection.link
      : selection.country
        ? a.from === selection.country || a.to === selection.country
        : inView(a.from) && inView(a.to);
  return [...new Set(arcs.filter(keep).map((a) => a.link))];
}

/** Both ends of each link, each country once (link ids are `AAA-BBB`). */
export function linkedCountries(links: readonly string[]): string[] {
  return [...new Set(links.flatMap((id) => id.split('-')).filter((s) => /^[A-Z]{3}$/.test(s)))];
}

/** The box of SVG path data made of absolute M/L/Z commands (what d3-geo writes); null if empty. */
export function pathBox(d: string): WorldBox | null {
  const nums = d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
  let box: WorldBox | null = null;
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const x = nums[i]!;
    const y = nums[i + 1]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    box = box
      ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
      : [x, y, x, y];
  }
  return box;
}

const PAIR = /(-?\d*\.?\d+(?:e[-+]?\d+)?),(-?\d*\.?\d+(?:e[-+]?\d+)?)/gi;

/**
 * A country's path data with every part moved to the copy of the world nearest its largest part
 * (Chukotka beside the rest of Russia, the Aleutians beside Alaska), so its box is the country
 * and not the whole width of the world. Path data as d3-geo writes it: `M x,y L x,y … Z` parts.
 */
export function unwrapPath(d: string): string {
  const parts = d.split(/(?=M)/).filter((p) => p.trim());
  const boxes = parts.map(pathBox);
  let main = -1;
  let area = -1;
  boxes.forEach((b, i) => {
    const a = b ? (b[2] - b[0]) * (b[3] - b[1]) : -1;
    if (a > area) [main, area] = [i, a];
  });
  const mid = (b: WorldBox) => (b[0] + b[2]) / 2;
  const center = main >= 0 ? mid(boxes[main]!) : 0;
  return parts
    .map((part, i) => {
      const b = boxes[i];
      if (!b) return part;
      const shift = Math.round((center - mid(b)) / WORLD_SIZE) * WORLD_SIZE;
      if (!shift) return part;
      return part.replace(PAIR, (_, x: string, y: string) => `${Number(x) + shift},${y}`);
    })
    .join('');
}

export function unionBox(boxes: readonly (WorldBox | null | undefined)[]): WorldBox | null {
  let out: WorldBox | null = null;
  for (const b of boxes) {
    if (!b) continue;
    out = out
      ? [
          Math.min(out[0], b[0]),
          Math.min(out[1], b[1]),
          Math.max(out[2], b[2]),
          Math.max(out[3], b[3]),
        ]
      : [...b];
  }
  return out;
}

/** The transform that shows `box` whole, as large as fits in `out` less `pad` on every side. */
export function fitBox(box: WorldBox, out: Size, pad: number): ScreenTransform {
  const w = Math.max(box[2] - box[0], 1e-6);
  const h = Math.max(box[3] - box[1], 1e-6);
  const roomX = Math.max(1, out.width - 2 * pad);
  const roomY = Math.max(1, out.height - 2 * pad);
  const k = Math.min(roomX / w, roomY / h);
  return {
    k,
    tx: out.width / 2 - ((box[0] + box[2]) / 2) * k,
    ty: out.height / 2 - ((box[1] + box[3]) / 2) * k,
  };
}

/**
 * The map of a kit scene without its overlays: `buildScene` puts the countries, arcs and labels
 * first and the title, legend and credits (each on a panel `rect`) after them. Countries named
 * in `linked` are marked `data-linked` in the SVG, so a test can find them on paper.
 */
export function mapOnly(scene: Scene, linked: ReadonlySet<string> = new Set()): Scene {
  const firstPanel = scene.shapes.findIndex((s) => s.kind === 'rect');
  const shapes = (firstPanel < 0 ? scene.shapes : scene.shapes.slice(0, firstPanel)).map((s) =>
    s.kind === 'path' && s.data?.country && linked.has(s.data.country)
      ? { ...s, data: { ...s.data, linked: 'true' } }
      : s,
  );
  return { ...scene, shapes };
}

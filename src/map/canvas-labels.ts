/**
 * Country names painted ABOVE the arcs. MapLibre still places the names of the documents'
 * countries (its collision decides which show and keeps the other names clear of them), but
 * draws them transparent; the arc canvas reads the names MapLibre placed (`queryRenderedFeatures`)
 * and paints them after the arcs, with the same size, colour and halo, at the first of the
 * layer's anchors that is free. Everything here but `mapLibreLabels` is pure.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { toWorld, type Point } from '../lib/arc-geometry';
import type { CountryRole } from '../data/types';
import { COUNTRY_LOOK } from './country-look';
import { LABEL_FONT, type MapTheme } from './theme';

// Sizes, zoom stops, offset and halo come from the one table of how a country looks, so the names
// painted here match MapLibre's layer and the SVG map.
/** Label sizes in pixels at the two zoom stops (linear between, constant outside). */
export const LABEL_ZOOMS = COUNTRY_LOOK.zoomStops;
export const LABEL_SIZES: Record<CountryRole | 'other', readonly [number, number]> =
  COUNTRY_LOOK.labelSize;
/** The name sits this many ems below its point (where arcs end). */
export const LABEL_OFFSET_EM = COUNTRY_LOOK.labelOffsetEm;
/** Lines wrap past this many ems, as MapLibre's `text-max-width`. */
export const LABEL_MAX_WIDTH_EM = 8;
export const LABEL_HALO_WIDTH = COUNTRY_LOOK.labelHaloWidth;

/** One name MapLibre placed: what to write, and where (its label point). */
export interface PlacedName {
  iso3: string;
  text: string;
  lngLat: [number, number];
}

/** The role of a country in the label table, from the documents' emphasis. */
export function roleOf(emphasis: {
  parties: readonly string[];
  mentioned: readonly string[];
}): (iso3: string) => CountryRole | 'other' {
  const parties = new Set(emphasis.parties);
  const mentioned = new Set(emphasis.mentioned);
  return (iso3) => (parties.has(iso3) ? 'party' : mentioned.has(iso3) ? 'mentioned' : 'other');
}

/** Where the names come from, and when they may have changed (the map placed them again). */
export interface LabelSource {
  read(): PlacedName[];
  subscribe(onchange: () => void): () => void;
}

/** The size of a label at `zoom`, as the MapLibre layer's `interpolate` gives it. */
export function labelSize(role: CountryRole | 'other', zoom: number, scale = 1): number {
  const [lo, hi] = LABEL_SIZES[role].map((n) => Math.round(n * scale)) as [number, number];
  const [z0, z1] = LABEL_ZOOMS;
  if (!Number.isFinite(zoom) || zoom <= z0) return lo;
  if (zoom >= z1) return hi;
  return lo + ((hi - lo) * (zoom - z0)) / (z1 - z0);
}

/** CSS font of a label of `size` pixels. */
export function labelFont(size: number): string {
  return `${size.toFixed(1)}px ${LABEL_FONT.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(', ')}`;
}

/** Words on lines no wider than `max` (one long word stays whole on its line). */
export function wrapLabel(text: string, max: number, width: (s: string) => number): string[] {
  const words = text.split(' ').filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && width(`${last} ${word}`) <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface LabelBox {
  iso3: string;
  lines: string[];
  /** Centre of the first line's top, in screen pixels. */
  x: number;
  y: number;
  size: number;
  width: number;
  height: number;
  color: string;
}

/** MapLibre's `text-variable-anchor` order: below the point first, then above, right, left. */
export const LABEL_ANCHORS = ['top', 'bottom', 'left', 'right'] as const;
const ROLE_ORDER = { party: 0, mentioned: 1, other: 2 } as const;

/**
 * Screen boxes of the names under the camera `t` (world pixels → screen). MapLibre decides which
 * names show (its own anchors stay unknown to the page); each is put, in MapLibre's order (the
 * documents' parties first, southern names first), at the first anchor of `LABEL_ANCHORS` whose box does not overlap
 * a name already put, or below its point if none is free.
 */
export function layoutLabels(
  names: readonly PlacedName[],
  t: { k: number; tx: number; ty: number },
  look: { theme: MapTheme; role: (iso3: string) => CountryRole | 'other' },
  width: (s: string, size: number) => number,
): LabelBox[] {
  const zoom = Math.log2(t.k);
  // Within a role, the southern name first: it takes the place below its point, and a name just
  // north of it goes above its own (South Korea under North Korea, not over it).
  const ordered = [...names].sort(
    (a, b) =>
      ROLE_ORDER[look.role(a.iso3)] - ROLE_ORDER[look.role(b.iso3)] || a.lngLat[1] - b.lngLat[1],
  );
  const boxes: LabelBox[] = [];
  const overlaps = (x: number, y: number, w: number, h: number) =>
    boxes.some(
      (o) =>
        x - w / 2 < o.x + o.width / 2 &&
        o.x - o.width / 2 < x + w / 2 &&
        y < o.y + o.height &&
        o.y < y + h,
    );
  for (const n of ordered) {
    const role = look.role(n.iso3);
    const size = labelSize(role, zoom, look.theme.labelScale);
    const [wx, wy]: Point = toWorld(...n.lngLat);
    const px = wx * t.k + t.tx;
    const py = wy * t.k + t.ty;
    const lines = wrapLabel(n.text, LABEL_MAX_WIDTH_EM * size, (s) => width(s, size));
    const w = Math.max(0, ...lines.map((l) => width(l, size)));
    const h = lines.length * size * 1.2;
    const off = LABEL_OFFSET_EM * size;
    // Centre x and top y of the box at each anchor (the anchor is the side of the text that
    // touches the point: `top` puts the text below it).
    const at = {
      top: [px, py + off],
      bottom: [px, py - off - h],
      left: [px + off + w / 2, py - h / 2],
      right: [px - off - w / 2, py - h / 2],
    } as const;
    const free = LABEL_ANCHORS.find((a) => !overlaps(at[a][0], at[a][1], w, h)) ?? 'top';
    boxes.push({
      iso3: n.iso3,
      lines,
      x: at[free][0],
      y: at[free][1],
      size,
      width: w,
      height: h,
      color: role === 'other' ? look.theme.labelMuted : look.theme.label,
    });
  }
  return boxes;
}

/** The names MapLibre placed on `layer`, in the language `lang` (one per country). */
export function mapLibreLabels(map: MapLibreMap, layer: string, lang: 'ja' | 'en'): LabelSource {
  return {
    read() {
      if (!map.getLayer(layer)) return [];
      const seen = new Set<string>();
      const names: PlacedName[] = [];
      for (const f of map.queryRenderedFeatures({ layers: [layer] })) {
        const p = f.properties ?? {};
        const iso3 = String(p.iso3 ?? '');
        const text = String(p[lang === 'ja' ? 'name_ja' : 'name_en'] ?? p.name_en ?? '');
        if (!iso3 || !text || seen.has(iso3) || f.geometry.type !== 'Point') continue;
        seen.add(iso3);
        const [lon, lat] = f.geometry.coordinates as [number, number];
        names.push({ iso3, text, lngLat: [lon, lat] });
      }
      return names;
    },
    subscribe(onchange) {
      map.on('idle', onchange);
      return () => {
        map.off('idle', onchange);
      };
    },
  };
}

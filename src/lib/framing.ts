/**
 * The camera's subject and the free part of the map: which bounds to fit (a region preset, every
 * linked country, a selection) and how much padding keeps them clear of what lies over the map
 * (side sheet, legend, tour caption, buttons). Pure: boxes in, numbers out, so each rule is tested
 * in a table; the app measures the boxes (DOMRect) and hands the result to the map's `fitBounds`.
 */

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What the app measures: a DOMRect or anything with the same edges. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type LonLat = readonly [number, number];

/** A camera as the URL's `map=zoom/lat/lng` says it (no rotation, no pitch). */
export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

function finiteBox(b: Box): boolean {
  return (
    [b.left, b.top, b.right, b.bottom].every(Number.isFinite) &&
    b.right > b.left &&
    b.bottom > b.top
  );
}

/**
 * Padding that keeps the fitted bounds out from under every obstacle. Each obstacle that overlaps
 * the map is cleared from one side (a legend in the bottom-left corner pushes the bottom up or
 * the left in), plus `margin` (one number, or `{ x, y }`: a country's name is centred on its
 * point and wider than tall, so the left and right sides keep more room for half a long name).
 * The sides are chosen together: of the choices that leave at least `minSide` of the map's width
 * and of its height, the one where `subject` (bounds to fit, if given) would be drawn largest, or
 * else the one that leaves the most area (a tall caption on a landscape phone is cleared from its
 * side when clearing it from the top would leave a strip). When no choice leaves that much, each
 * obstacle is cleared from its cheapest side and the larger side gives way, down to `minFree`.
 */
export function freePadding(
  map: Box,
  obstacles: readonly Box[],
  {
    margin = 16,
    minFree = 0.3,
    minSide = 0.2,
    subject,
  }: {
    margin?: number | { x: number; y: number };
    minFree?: number;
    minSide?: number;
    subject?: Bounds;
  } = {},
): Padding {
  const mx = typeof margin === 'number' ? margin : margin.x;
  const my = typeof margin === 'number' ? margin : margin.y;
  const base: Padding = { top: my, right: mx, bottom: my, left: mx };
  const marginOf = (side: keyof Padding) => (side === 'top' || side === 'bottom' ? my : mx);
  if (!finiteBox(map)) return base;
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  // What clearing each overlapping obstacle from each side needs.
  const needs: Padding[] = [];
  for (const o of obstacles) {
    if (!finiteBox(o)) continue;
    const overlapW = Math.min(o.right, map.right) - Math.max(o.left, map.left);
    const overlapH = Math.min(o.bottom, map.bottom) - Math.max(o.top, map.top);
    if (overlapW <= 0 || overlapH <= 0) continue;
    needs.push({
      top: o.bottom - map.top + my,
      bottom: map.bottom - o.top + my,
      left: o.right - map.left + mx,
      right: map.right - o.left + mx,
    });
  }
  const padFor = (choice: readonly (keyof Padding)[]): Padding => {
    const pad = { ...base };
    choice.forEach((side, i) => (pad[side] = Math.max(pad[side], needs[i]![side])));
    return pad;
  };
  // Every choice of sides, for the few boxes an app lays over its map (4^n, n ≤ 6).
  // The subject's extent as fractions of the world (Web Mercator), when it is known.
  const sx = subject ? (subject[2] - subject[0]) / 360 : 0;
  const sy = subject ? mercatorY(subject[1]) - mercatorY(subject[3]) : 0;
  const score = (freeW: number, freeH: number) =>
    sx > 0 && sy > 0 ? Math.min(freeW / sx, freeH / sy) : freeW * freeH;
  let best: Padding | null = null;
  let bestScore = -1;
  if (needs.length <= 6) {
    const choice: (keyof Padding)[] = needs.map(() => 'top');
    const combos = 4 ** needs.length;
    for (let k = 0; k < combos; k++) {
      for (let i = 0, r = k; i < needs.length; i++, r = Math.floor(r / 4))
        choice[i] = SIDES[r % 4]!;
      const pad = padFor(choice);
      const freeW = width - pad.left - pad.right;
      const freeH = height - pad.top - pad.bottom;
      if (freeW < width * minSide || freeH < height * minSide) continue;
      if (score(freeW, freeH) > bestScore) {
        bestScore = score(freeW, freeH);
        best = pad;
      }
    }
  }
  const pad =
    best ??
    padFor(
      needs.map((need) => {
        // Area lost by clearing from each side: a strip across the whole map.
        let cheapest: keyof Padding = 'top';
        let loss = Infinity;
        for (const side of SIDES) {
          const across = side === 'top' || side === 'bottom' ? width : height;
          const l = Math.max(0, need[side] - marginOf(side)) * across;
          if (l < loss) [loss, cheapest] = [l, side];
        }
        return cheapest;
      }),
    );
  if (!best) {
    shrinkPair(pad, 'left', 'right', width * (1 - minFree));
    shrinkPair(pad, 'top', 'bottom', height * (1 - minFree));
  }
  for (const side of SIDES) pad[side] = Math.max(0, Math.round(pad[side]));
  return pad;
}

function shrinkPair(pad: Padding, a: keyof Padding, b: keyof Padding, most: number): void {
  const total = pad[a] + pad[b];
  if (total <= most) return;
  const k = Math.max(0, most) / total;
  pad[a] *= k;
  pad[b] *= k;
}

/**
 * Bounds around points, widened by `margin` degrees (so a label point is not on the very edge),
 * clamped to the Web Mercator latitudes. Null for no valid point.
 */
export function boundsOfPoints(points: readonly LonLat[], margin = 3): Bounds | null {
  const ok = points.filter(
    ([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90,
  );
  if (ok.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of ok) {
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return [
    Math.max(-180, w - margin),
    Math.max(-85, s - margin),
    Math.min(180, e + margin),
    Math.min(85, n + margin),
  ];
}

export function unionBounds(a: Bounds, b: Bounds | null): Bounds {
  if (!b) return [...a];
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

export function contains(outer: Bounds, inner: Bounds): boolean {
  return (
    outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3]
  );
}

export function pointIn(b: Bounds, [lon, lat]: LonLat): boolean {
  return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];
}

/**
 * The bounds a region preset fits. A region whose bounds hold every other region is the overview
 * ("All"): it fits every country that is one end of a link, wherever it lies. Any other region
 * fits its own bounds.
 */
export function regionFrame(
  region: { id: string; bounds: Bounds },
  regions: readonly { id: string; bounds: Bounds }[],
  linked: readonly LonLat[],
): Bounds {
  const others = regions.filter((r) => r.id !== region.id);
  const overview = others.length > 0 && others.every((r) => contains(region.bounds, r.bounds));
  return overview ? unionBounds(region.bounds, boundsOfPoints(linked)) : [...region.bounds];
}

function mercatorY(lat: number): number {
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/**
 * Where a lon/lat falls on a map box that shows `view` (the map's own `getBounds()`), in the same
 * pixels as the box: Web Mercator, no rotation, as both of this app's renderers draw.
 */
export function projectInView(
  view: Bounds,
  box: Box,
  [lon, lat]: LonLat,
): { x: number; y: number } {
  // The world copy nearest the view's centre (a view past 180° shows Asia on the copy west of it).
  const mid = (view[0] + view[2]) / 2;
  const near = mid + ((((lon - mid) % 360) + 540) % 360) - 180;
  const fx = (near - view[0]) / (view[2] - view[0]);
  const top = mercatorY(view[3]);
  const fy = (mercatorY(lat) - top) / (mercatorY(view[1]) - top);
  return {
    x: box.left + fx * (box.right - box.left),
    y: box.top + fy * (box.bottom - box.top),
  };
}

/** Whether every point lies in the map box less the padding (the free area). */
export function allInFree(
  view: Bounds,
  box: Box,
  padding: Padding,
  points: readonly LonLat[],
): boolean {
  return points.every((p) => {
    const { x, y } = projectInView(view, box, p);
    return (
      x >= box.left + padding.left &&
      x <= box.right - padding.right &&
      y >= box.top + padding.top &&
      y <= box.bottom - padding.bottom
    );
  });
}

function latOfMercatorY(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/**
 * The camera (`map=zoom/lat/lng`, 512 px tiles) that fits `bounds` into the free area of a map of
 * `size` less `padding`, like MapLibre's `fitBounds`, with one difference: the world must cover
 * the map from top to bottom (MapLibre clamps the centre so that it does). Where the free area
 * lies far from the map's middle (a tall caption over a phone's map, a portrait tablet whose
 * subject lies in the north of the world) the subject first slides up or down within the free
 * area, off its middle, so that the world still covers the map; only when no place in the free
 * area allows that is the zoom raised, to the least zoom that does. The subject is never moved
 * under a caption: cut at its sides, where edge tags name the countries left out, if it must be.
 * Null for a map or free area of no size or bounds that are not finite.
 */
export function cameraFor(
  bounds: Bounds,
  size: { width: number; height: number },
  padding: Padding,
  zoomRange: readonly [number, number] = [0, 22],
): Camera | null {
  const { width: w, height: h } = size;
  const freeW = w - padding.left - padding.right;
  const freeH = h - padding.top - padding.bottom;
  if (!(freeW > 0 && freeH > 0) || !bounds.every(Number.isFinite) || bounds[2] < bounds[0])
    return null;
  const x0 = (bounds[0] + 180) / 360;
  const x1 = (bounds[2] + 180) / 360;
  const yTop = mercatorY(bounds[3]);
  const yBottom = mercatorY(bounds[1]);
  const cx = (x0 + x1) / 2;
  const cy = (yTop + yBottom) / 2;
  const fx = padding.left + freeW / 2;
  const fy = padding.top + freeH / 2;
  // World size in pixels: the subject fits the free area…
  let world = Math.min(
    x1 > x0 ? freeW / (x1 - x0) : Infinity,
    yBottom > yTop ? freeH / (yBottom - yTop) : Infinity,
  );
  if (!Number.isFinite(world)) world = 512 * 2 ** zoomRange[1];
  // …the world covers the map (MapLibre's own limit), and some place in the free area leaves the
  // world above the subject's top and below its bottom (≥ padding.top / yTop, ≥ padding.bottom
  // / (1 − yBottom)): below those, no offset keeps both the subject free and the map covered.
  world = Math.max(
    world,
    h,
    yTop > 0 ? padding.top / yTop : 0,
    yBottom < 1 ? padding.bottom / (1 - yBottom) : 0,
  );
  const zoom = Math.min(zoomRange[1], Math.max(zoomRange[0], Math.log2(world / 512)));
  world = 512 * 2 ** zoom;
  // Where the world's top edge lies on the map (pixels from the map's top): centred in the free
  // area if it can be, else the nearest offset that keeps the subject free and the map covered.
  const centred = fy - cy * world;
  const lo = Math.max(h - world, padding.top - yTop * world);
  const hi = Math.min(0, h - padding.bottom - yBottom * world);
  const offset =
    lo <= hi ? Math.min(hi, Math.max(lo, centred)) : Math.min(0, Math.max(h - world, centred));
  const x = cx + (w / 2 - fx) / world;
  const y = Math.min(1, Math.max(0, (h / 2 - offset) / world));
  return { zoom, lat: latOfMercatorY(y), lng: x * 360 - 180 };
}

/**
 * Whether two cameras show the same view, to a pixel: their zooms differ by less than 0.01 and
 * their centres by less than a pixel at that zoom (512 px tiles; longitudes compared across 180°).
 * A camera that is not finite is the same as nothing.
 */
export function sameCamera(a: Camera | null | undefined, b: Camera | null | undefined): boolean {
  if (!a || !b) return false;
  const finite = (c: Camera) => [c.zoom, c.lat, c.lng].every(Number.isFinite);
  if (!finite(a) || !finite(b) || Math.abs(a.zoom - b.zoom) >= 0.01) return false;
  const world = 512 * 2 ** a.zoom;
  const dLng = Math.abs(((((a.lng - b.lng) % 360) + 540) % 360) - 180);
  const dx = (dLng / 360) * world;
  const dy = Math.abs(mercatorY(a.lat) - mercatorY(b.lat)) * world;
  return dx < 1 && dy < 1;
}

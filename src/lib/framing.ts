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
 * the map is cleared from the side that costs the least map area (a legend in the bottom-left
 * corner pushes the bottom up or the left in, whichever keeps more of the map), plus `margin`
 * (one number, or `{ x, y }`: a country's name is centred on its point and wider than tall, so
 * the left and right sides keep more room for half a long name).
 * So that a fit is always possible, the padding never leaves less than `minFree` of the map's
 * width or height: the larger side then gives way.
 */
export function freePadding(
  map: Box,
  obstacles: readonly Box[],
  {
    margin = 16,
    minFree = 0.3,
  }: { margin?: number | { x: number; y: number }; minFree?: number } = {},
): Padding {
  const mx = typeof margin === 'number' ? margin : margin.x;
  const my = typeof margin === 'number' ? margin : margin.y;
  const pad: Padding = { top: my, right: mx, bottom: my, left: mx };
  const marginOf = (side: keyof Padding) => (side === 'top' || side === 'bottom' ? my : mx);
  if (!finiteBox(map)) return pad;
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  for (const o of obstacles) {
    if (!finiteBox(o)) continue;
    const overlapW = Math.min(o.right, map.right) - Math.max(o.left, map.left);
    const overlapH = Math.min(o.bottom, map.bottom) - Math.max(o.top, map.top);
    if (overlapW <= 0 || overlapH <= 0) continue;
    const need: Padding = {
      top: o.bottom - map.top,
      bottom: map.bottom - o.top,
      left: o.right - map.left,
      right: map.right - o.left,
    };
    // Area lost by clearing from each side: a strip across the whole map.
    let best: (typeof SIDES)[number] = 'top';
    let bestLoss = Infinity;
    for (const side of SIDES) {
      const across = side === 'top' || side === 'bottom' ? width : height;
      const loss = Math.max(0, need[side]) * across;
      if (loss < bestLoss) {
        bestLoss = loss;
        best = side;
      }
    }
    pad[best] = Math.max(pad[best], need[best] + marginOf(best));
  }
  shrinkPair(pad, 'left', 'right', width * (1 - minFree));
  shrinkPair(pad, 'top', 'bottom', height * (1 - minFree));
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
  const fx = (lon - view[0]) / (view[2] - view[0]);
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
 * the map from top to bottom (MapLibre clamps the centre so that it does), so where the free area
 * lies far from the map's middle (a tall caption over a phone's map) a zoom too low to place the
 * subject there is raised until it can be. The subject is then centred in the free area and may
 * be cut at its sides, where edge tags name the countries left out, rather than drawn under the
 * caption. Null for a map or free area of no size or bounds that are not finite.
 */
export function cameraFor(
  bounds: Bounds,
  size: { width: number; height: number },
  padding: Padding,
  zoomRange: readonly [number, number] = [0, 22],
): { zoom: number; lat: number; lng: number } | null {
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
  // …and the world still covers the map above and below the subject's centre.
  world = Math.max(world, cy > 0 ? fy / cy : 0, cy < 1 ? (h - fy) / (1 - cy) : 0);
  const zoom = Math.min(zoomRange[1], Math.max(zoomRange[0], Math.log2(world / 512)));
  world = 512 * 2 ** zoom;
  const x = cx + (w / 2 - fx) / world;
  const y = Math.min(1, Math.max(0, cy + (h / 2 - fy) / world));
  return { zoom, lat: latOfMercatorY(y), lng: x * 360 - 180 };
}

/**
 * The boxes that lie over the map, measured from the page: every visible element marked
 * `data-covers-map` (side sheet, legend, tour caption and buttons). The padding that keeps a fit
 * clear of them comes from the pure `freePadding`.
 */
import { freePadding, type Bounds, type Padding } from '../lib/framing';

export const COVERS_MAP = 'data-covers-map';

function shown(el: HTMLElement): boolean {
  if (el.closest('[hidden]')) return false;
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

/** The visible boxes over the map, in page pixels. */
export function coverBoxes(): DOMRect[] {
  return [...document.querySelectorAll<HTMLElement>(`[${COVERS_MAP}]`)]
    .filter(shown)
    .map((el) => el.getBoundingClientRect());
}

/** The same boxes in the pixels of `el` (0, 0 at its top left), e.g. the map's canvas. */
export function coverBoxesIn(
  el: Element,
): { left: number; top: number; right: number; bottom: number }[] {
  const at = el.getBoundingClientRect();
  return coverBoxes().map((b) => ({
    left: b.left - at.left,
    top: b.top - at.top,
    right: b.right - at.left,
    bottom: b.bottom - at.top,
  }));
}

/**
 * The margin of a fit: room for half a long country name at the left and right (a name is
 * centred on its point: "アメリカ合衆国" at the edge of "All"), less on a narrow map.
 */
export function fitMargin(mapWidth: number): { x: number; y: number } {
  return { x: Math.min(56, Math.max(16, Math.round(mapWidth * 0.07))), y: 24 };
}

/** The padding of a fit of `subject` (when known: boxes are cleared where it is drawn largest). */
export function coverPadding(mapArea: HTMLElement, subject?: Bounds): Padding {
  const map = mapArea.getBoundingClientRect();
  return freePadding(map, coverBoxes(), { margin: fitMargin(map.width), subject });
}

/** Sizes (width, height) of the boxes that cover the map, in the order they are observed. */
export type CoverSizes = readonly (readonly [number, number])[];

/** Whether a box over the map changed size by more than `tolerance` pixels (or one came or went). */
export function coversResized(before: CoverSizes, after: CoverSizes, tolerance = 2): boolean {
  if (before.length !== after.length) return true;
  return before.some(
    ([w, h], i) => Math.abs(w - after[i]![0]) > tolerance || Math.abs(h - after[i]![1]) > tolerance,
  );
}

/**
 * Calls `onchange` once, in the next frame, after the boxes over the map that `root` holds first
 * get their size (an overlay drawn after the camera moved: a lazily loaded caption, its web font)
 * and whenever one of them grows or shrinks (a longer caption, an unfolded quote). Returns the
 * cleanup.
 */
export function watchCovers(root: HTMLElement, onchange: () => void): () => void {
  const els = [...root.querySelectorAll<HTMLElement>(`[${COVERS_MAP}]`)];
  const sizes = (): CoverSizes =>
    els.map((el): [number, number] => (shown(el) ? [el.offsetWidth, el.offsetHeight] : [0, 0]));
  let last: CoverSizes = [];
  let frameId = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frameId);
    frameId = requestAnimationFrame(() => {
      const now = sizes();
      if (!coversResized(last, now)) return;
      last = now;
      onchange();
    });
  });
  for (const el of els) observer.observe(el);
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frameId);
  };
}

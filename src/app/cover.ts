/**
 * The boxes that lie over the map, measured from the page: every visible element marked
 * `data-covers-map` (side sheet, legend, tour caption and buttons). The padding that keeps a fit
 * clear of them comes from the pure `freePadding`.
 */
import { freePadding, type Padding } from '../lib/framing';

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

export function coverPadding(
  mapArea: HTMLElement,
  margin?: number | { x: number; y: number },
): Padding {
  const map = mapArea.getBoundingClientRect();
  margin ??= fitMargin(map.width);
  return freePadding(map, coverBoxes(), { margin });
}

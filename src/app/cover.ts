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

export function coverPadding(mapArea: HTMLElement, margin = 16): Padding {
  const map = mapArea.getBoundingClientRect();
  const boxes = [...document.querySelectorAll<HTMLElement>(`[${COVERS_MAP}]`)]
    .filter(shown)
    .map((el) => el.getBoundingClientRect());
  return freePadding(map, boxes, { margin });
}

/**
 * Which country names the SVG map shows. MapLibre hides colliding labels itself; here a name
 * that is not one of the documents' countries shows only once it fits across its own country,
 * which keeps small neighbours from piling their names on top of each other.
 */
import type { Role } from './paint';

/** Wide (CJK, full-width) characters take about one em; Latin text about 0.55 em a character. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/.test(
      ch,
    )
      ? 1
      : 0.55;
  }
  return ems * fontSize;
}

/**
 * `boxWidth` is the country's width in world pixels (zoom 0) and `k` the current scale, so the
 * country is `boxWidth * k` screen pixels wide.
 */
export function labelVisible(
  role: Role,
  name: string,
  fontSize: number,
  boxWidth: number,
  k: number,
): boolean {
  if (role !== 'other') return true;
  return name.length > 0 && boxWidth * k >= textWidth(name, fontSize);
}

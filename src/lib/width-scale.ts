/**
 * Arc width by trade value: proportional to the square root of the value, above a visible
 * minimum. A square root rather than a straight line because the figures span many orders of
 * magnitude: a linear scale gives the largest flow all the width and draws every figure below a
 * tenth of it at nearly the minimum ($5.9B and $1B would look alike), while the square root keeps
 * a readable rule for any pair: a figure k times another is drawn √k times as wide, so half the
 * trade is clearly thinner (0.71×) and a tenth is a third as wide. (A log scale, used before,
 * drew $28B only 8 % wider than $5.9B.)
 *
 * The largest figure is drawn `MAX_WIDTH` wide; `MIN_WIDTH = MAX_WIDTH / 10`, so every figure in
 * the top two orders of magnitude is above the minimum and keeps the √ ratio exactly. Figures
 * under `floor` (a hundredth of the largest) are drawn at the minimum and say so ("under $X").
 * The domain is fixed once from every figure in the data, so filtering, selecting or moving the
 * timeline never rescales it.
 */

export const MIN_WIDTH = 2;
export const MAX_WIDTH = 20;

export interface WidthScale {
  (value: number): number;
  /** The largest value (drawn `MAX_WIDTH`); 0 when the data has none. */
  max: number;
  /** Values under this are drawn at `MIN_WIDTH` ("under …" in the legend and tooltip). */
  floor: number;
  /** Whether a value is drawn at the minimum because it is under `floor` (or not a value). */
  underFloor: (value: number) => boolean;
  /**
   * Reference values for the legend, from the data: the powers of ten between `floor` and the
   * largest value, then the largest value itself; at most `count` (the largest always kept).
   */
  ticks: (count?: number) => number[];
}

export function makeWidthScale(values: readonly number[]): WidthScale {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  const max = finite.length ? Math.max(...finite) : 0;
  const floor = max / (MAX_WIDTH / MIN_WIDTH) ** 2;
  const usable = (v: number) => Number.isFinite(v) && v > 0 && max > 0;
  const scale = ((value: number) => {
    if (!usable(value)) return MIN_WIDTH;
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, MAX_WIDTH * Math.sqrt(value / max)));
  }) as WidthScale;
  scale.max = max;
  scale.floor = floor;
  scale.underFloor = (value) => !usable(value) || value < floor;
  scale.ticks = (count = 4) => {
    if (max <= 0 || count < 1) return [];
    const decades: number[] = [];
    for (let e = Math.ceil(Math.log10(floor)); 10 ** e < max; e++) {
      // A power of ten within a fifth of the largest value would draw as the same line.
      if (10 ** e >= floor && 10 ** e < max * 0.8) decades.push(10 ** e);
    }
    const kept = decades.slice(Math.max(0, decades.length - (count - 1)));
    return [...kept, max];
  };
  return scale;
}

/**
 * Arc width by trade value. Values span six orders of magnitude (tens of thousands of dollars
 * to tens of billions), so the width grows with the logarithm of the value: the smallest stays
 * visible, the largest does not swamp the map, and the order is preserved. The domain is fixed
 * once from every figure in the data (widened to whole powers of ten), so filtering, selecting
 * or moving the timeline never rescales it.
 */
import { scaleLog, type ScaleLogarithmic } from 'd3-scale';

export const MIN_WIDTH = 2;
export const MAX_WIDTH = 13;

export interface WidthScale {
  (value: number): number;
  domain: [number, number];
  /** Reference values for the legend: powers of ten within the data's range, at most `count`. */
  ticks: (count?: number) => number[];
}

export function makeWidthScale(values: readonly number[]): WidthScale {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length === 0) {
    const flat = (() => MIN_WIDTH) as unknown as WidthScale;
    flat.domain = [1, 10];
    flat.ticks = () => [];
    return flat;
  }
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const lo = 10 ** Math.floor(Math.log10(min));
  let hi = 10 ** Math.ceil(Math.log10(max));
  if (hi <= lo) hi = lo * 10;
  const log: ScaleLogarithmic<number, number> = scaleLog()
    .domain([lo, hi])
    .range([MIN_WIDTH, MAX_WIDTH])
    .clamp(true);
  const scale = ((value: number) =>
    Number.isFinite(value) && value > 0 ? log(value) : MIN_WIDTH) as WidthScale;
  scale.domain = [lo, hi];
  scale.ticks = (count = 4) => {
    // Decades the data reaches; at least the two around a single value.
    let first = 10 ** Math.ceil(Math.log10(min));
    let last = 10 ** Math.floor(Math.log10(max));
    if (last <= first) {
      first = lo;
      last = hi;
    }
    const decades: number[] = [];
    for (let e = Math.log10(first); e <= Math.log10(last) + 1e-9; e++) decades.push(10 ** e);
    if (decades.length <= count) return decades;
    // Evenly spaced decades, always keeping both ends.
    const step = (decades.length - 1) / (count - 1);
    return Array.from({ length: count }, (_, i) => decades[Math.round(i * step)]!);
  };
  return scale;
}

import { describe, expect, it } from 'vitest';
import type { ArcStyle } from '../lib/links';
import { arcDash, ARC_COLORS, ARC_PATTERNS, dashNumbers, SEVERED_DASH } from './arc-style';
import { THEMES } from './theme';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Hue in degrees of `#rrggbb`. */
function hue(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

const styles = Object.keys(ARC_COLORS) as ArcStyle[];

describe('arc colours', () => {
  const cases = Object.entries(THEMES).flatMap(([theme, t]) =>
    styles.flatMap((style) => [
      { theme, style, ground: 'land', bg: t.land },
      { theme, style, ground: 'sea', bg: t.sea },
    ]),
  );
  it.each(cases)('$style has ≥ 3:1 contrast on $theme $ground', ({ style, bg }) => {
    expect(contrast(ARC_COLORS[style], bg)).toBeGreaterThanOrEqual(3);
  });

  const pairs = styles.flatMap((a, i) => styles.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs)('%s and %s differ by more than a close hue', (a, b) => {
    const dh = Math.abs(hue(ARC_COLORS[a]) - hue(ARC_COLORS[b]));
    const closeHue = Math.min(dh, 360 - dh) < 75;
    const closeLight = contrast(ARC_COLORS[a], ARC_COLORS[b]) < 3;
    if (closeHue && closeLight) expect(ARC_PATTERNS[a]).not.toBe(ARC_PATTERNS[b]);
  });

  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
  ])('computes WCAG contrast %s on %s = %s', (a, b, expected) => {
    expect(contrast(a, b)).toBeCloseTo(expected, 1);
  });
});

describe('arc patterns', () => {
  it.each([
    ['trade', false, ''],
    ['sanctions', false, '0 6'],
    ['sanctions', true, SEVERED_DASH],
    ['conflict', true, SEVERED_DASH],
  ] as const)('%s (severed %s) is dashed %j', (style, severed, dash) => {
    expect(arcDash(style, severed)).toBe(dash);
  });

  it('no kind pattern can be mistaken for the severed dash', () => {
    for (const s of styles) expect(ARC_PATTERNS[s]).not.toBe(SEVERED_DASH);
  });

  it.each([
    ['', []],
    ['7 5', [7, 5]],
    ['10,3 2 3', [10, 3, 2, 3]],
  ])('reads the dasharray %j', (dash, numbers) => {
    expect(dashNumbers(dash)).toEqual(numbers);
  });
});

import { describe, expect, it } from 'vitest';
import { labelFont, labelSize, layoutLabels, roleOf, wrapLabel } from './canvas-labels';
import { labelLayout, labelPaint } from './style';
import { THEMES } from './theme';

describe('labelSize (as the MapLibre layer interpolates it)', () => {
  it.each([
    ['party', 0, 1, 15],
    ['party', 2, 1, 15],
    ['party', 4, 1, 18.5],
    ['party', 6, 1, 22],
    ['party', 9, 1, 22],
    ['mentioned', 2, 1.6, 19],
    ['other', 6, 1, 14],
    ['party', Number.NaN, 1, 15],
  ] as const)('%s at zoom %s, scale %s → %s px', (role, zoom, scale, size) => {
    expect(labelSize(role, zoom, scale)).toBeCloseTo(size);
  });

  it('uses the same stops as the layer', () => {
    const e = { parties: ['AAA'], mentioned: ['BBB'] };
    expect(JSON.stringify(labelLayout('en', e)['text-size'])).toBe(
      JSON.stringify([
        'interpolate',
        ['linear'],
        ['zoom'],
        2,
        ['match', ['get', 'iso3'], ['AAA'], 15, ['BBB'], 12, 10],
        6,
        ['match', ['get', 'iso3'], ['AAA'], 22, ['BBB'], 17, 14],
      ]),
    );
  });

  it('places names transparent when they are painted over the arcs', () => {
    const e = { parties: ['AAA'], mentioned: [] };
    expect(labelLayout('en', e)['text-variable-anchor']).toEqual([
      'top',
      'bottom',
      'left',
      'right',
    ]);
    expect(labelPaint(e, THEMES.default, true)['text-opacity']).toBe(0);
    expect(labelPaint(e, THEMES.default)['text-opacity']).toBeUndefined();
  });
});

describe('wrapLabel', () => {
  const width = (s: string) => s.length;
  it.each([
    ['Kazakhstan', 8, ['Kazakhstan']],
    ['United Kingdom', 8, ['United', 'Kingdom']],
    ['Bosnia and Herzegovina', 12, ['Bosnia and', 'Herzegovina']],
    ['北朝鮮', 1, ['北朝鮮']],
    ['', 8, []],
    ['  spaced  out ', 20, ['spaced out']],
  ])('%j within %i → %j', (text, max, lines) => {
    expect(wrapLabel(text, max, width)).toEqual(lines);
  });
});

describe('layoutLabels', () => {
  const look = { theme: THEMES.default, role: roleOf({ parties: ['AAA'], mentioned: ['BBB'] }) };
  const width = (s: string, size: number) => s.length * size * 0.5;
  it('puts a name under its point, sized for the zoom', () => {
    // zoom 2 (k = 4), world origin at the screen origin: lon 0, lat 0 is world (256, 256).
    const [box] = layoutLabels(
      [{ iso3: 'AAA', text: 'Aaa', lngLat: [0, 0] }],
      { k: 4, tx: 0, ty: 0 },
      look,
      width,
    );
    expect(box).toMatchObject({ iso3: 'AAA', lines: ['Aaa'], x: 1024, size: 15 });
    expect(box!.y).toBeCloseTo(1024 + 0.7 * 15);
    expect(box!.width).toBeCloseTo(3 * 15 * 0.5);
    expect(box!.color).toBe(THEMES.default.label);
  });
  it('moves a name to the next free anchor, the parties placed first', () => {
    const names = [
      { iso3: 'BBB', text: 'Bbb', lngLat: [0, 0] as [number, number] },
      { iso3: 'AAA', text: 'Aaa', lngLat: [0, 0] as [number, number] },
    ];
    const [a, b] = layoutLabels(names, { k: 4, tx: 0, ty: 0 }, look, width);
    expect(a!.iso3).toBe('AAA');
    expect(a!.y).toBeGreaterThan(1024); // below its point
    expect(b!.iso3).toBe('BBB');
    expect(b!.y + b!.height).toBeLessThan(1024); // above: below is taken
  });
  it.each([
    ['AAA', 'party'],
    ['BBB', 'mentioned'],
    ['ZZZ', 'other'],
    ['', 'other'],
  ])('%j has the role %s', (iso3, role) => {
    expect(look.role(iso3)).toBe(role);
  });
  it('lays out nothing from nothing', () => {
    expect(layoutLabels([], { k: 1, tx: 0, ty: 0 }, look, width)).toEqual([]);
  });
  it('quotes font families with spaces', () => {
    expect(labelFont(15)).toMatch(/^15\.0px "Noto Sans CJK JP", .*sans-serif$/);
  });
});

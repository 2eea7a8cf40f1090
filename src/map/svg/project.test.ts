import { describe, expect, it } from 'vitest';
import { toWorld } from '../../lib/arc-geometry';
import { countryShapes, labelPoints } from './project';

const polygon = (iso3: string | null, ring: [number, number][]): GeoJSON.Feature => ({
  type: 'Feature',
  properties: iso3 === null ? {} : { iso3 },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('countryShapes', () => {
  it('projects each vertex with toWorld, without clipping or resampling', () => {
    const ring: [number, number][] = [
      [10, 0],
      [20, 0],
      [20, 10],
      [10, 0],
    ];
    const [shape] = countryShapes({ type: 'FeatureCollection', features: [polygon('AAA', ring)] });
    const expected = ring.slice(0, 3).flatMap(([lng, lat]) => toWorld(lng, lat));
    numbers(shape!.d).forEach((n, i) => expect(n).toBeCloseTo(expected[i]!, 2));
    expect(numbers(shape!.d)).toHaveLength(6);
    expect(shape!.width).toBeCloseTo(toWorld(20, 0)[0] - toWorld(10, 0)[0], 6);
  });

  it('keeps a ring unwrapped past 180° in one piece, east of the world edge', () => {
    // Chukotka-like: from 170°E on to 190° ("170°W"), as `npm run geo` writes it.
    const ring: [number, number][] = [
      [170, 60],
      [190, 60],
      [190, 70],
      [170, 70],
      [170, 60],
    ];
    const [shape] = countryShapes({ type: 'FeatureCollection', features: [polygon('RUS', ring)] });
    expect(shape!.d.match(/M/g)).toHaveLength(1);
    expect(Math.max(...numbers(shape!.d).filter((_, i) => i % 2 === 0))).toBeCloseTo(
      toWorld(190, 60)[0],
      2,
    );
    expect(shape!.width).toBeCloseTo((20 / 360) * 512, 6);
  });

  it('skips features without a code or without a shape', () => {
    const empty: GeoJSON.Feature = {
      type: 'Feature',
      properties: { iso3: 'BBB' },
      geometry: { type: 'Polygon', coordinates: [] },
    };
    const square: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const shapes = countryShapes({
      type: 'FeatureCollection',
      features: [polygon(null, square), empty],
    });
    expect(shapes).toEqual([]);
  });
});

describe('labelPoints', () => {
  it('places names at the label point in world pixels, in both languages', () => {
    const points = labelPoints({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { iso3: 'KAZ', name_en: 'Kazakhstan', name_ja: 'カザフスタン' },
          geometry: { type: 'Point', coordinates: [67, 48] },
        },
        {
          type: 'Feature',
          properties: { iso3: 'XXX', name_en: 'Only English' },
          geometry: { type: 'Point', coordinates: [0, 0] },
        },
        {
          type: 'Feature',
          properties: { iso3: 'YYY' },
          geometry: { type: 'LineString', coordinates: [] },
        },
      ],
    });
    expect(points).toEqual([
      { iso3: 'KAZ', at: toWorld(67, 48), name: { ja: 'カザフスタン', en: 'Kazakhstan' } },
      { iso3: 'XXX', at: toWorld(0, 0), name: { ja: 'Only English', en: 'Only English' } },
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { geoContains } from 'd3-geo';
import {
  countryLabelPoint,
  inverseMercatorY,
  mercatorY,
  polygonLabelPoint,
  ringMean,
  scanlinePoint,
} from './labels.ts';
import { pointInPolygonPlanar, type PolygonCoords, type Ring } from './geometry.ts';

const rect = (w: number, s: number, e: number, n: number): Ring => [
  [w, s],
  [w, n],
  [e, n],
  [e, s],
  [w, s],
];

/** A "C" shape whose centroid (≈ the middle of the bounding box) is outside the polygon. */
const cShape: PolygonCoords = [
  [
    [0, 0],
    [0, 10],
    [10, 10],
    [10, 8],
    [2, 8],
    [2, 2],
    [10, 2],
    [10, 0],
    [0, 0],
  ],
];

describe('mercatorY', () => {
  test.each([0, 10, -33.3, 45, 60, 80])('round-trips %d°', (lat) => {
    expect(inverseMercatorY(mercatorY(lat))).toBeCloseTo(lat, 9);
  });
  test('clamped near the poles instead of infinite', () => {
    expect(Number.isFinite(mercatorY(90))).toBe(true);
    expect(Number.isFinite(mercatorY(-90))).toBe(true);
  });
});

describe('polygonLabelPoint', () => {
  test.each<[string, PolygonCoords]>([
    ['empty polygon', []],
    ['empty ring', [[]]],
    ['single point', [[[5, 5]]]],
    [
      'single-point ring (closed)',
      [
        [
          [5, 5],
          [5, 5],
          [5, 5],
          [5, 5],
        ],
      ],
    ],
    [
      'collinear ring',
      [
        [
          [0, 0],
          [1, 1],
          [2, 2],
          [0, 0],
        ],
      ],
    ],
  ])('%s → null', (_name, polygon) => {
    expect(polygonLabelPoint(polygon)).toBeNull();
  });

  test.each<[string, PolygonCoords]>([
    ['square', [rect(0, 0, 10, 10)]],
    ['C shape (centroid outside)', cShape],
    ['square with a big central hole', [rect(0, 0, 10, 10), rect(1, 1, 9, 9)]],
    ['tiny country (Monaco-sized)', [rect(7.4, 43.72, 7.44, 43.75)]],
    [
      'high latitude sliver',
      [
        [
          [20, 70],
          [40, 70.05],
          [40, 70.1],
          [20, 70],
          [20, 70],
        ],
      ],
    ],
    ['past the antimeridian', [rect(175, 64, 190, 70)]],
  ])('%s: the point lies inside', (_name, polygon) => {
    const p = polygonLabelPoint(polygon);
    expect(p).not.toBeNull();
    if (!p) return;
    expect(pointInPolygonPlanar(p, polygon)).toBe(true);
  });

  test('square: near the middle (Mercator-centred)', () => {
    const p = polygonLabelPoint([rect(0, 0, 10, 10)]);
    expect(p?.[0]).toBeCloseTo(5, 0);
    expect(p?.[1]).toBeCloseTo(5, 0);
  });
});

describe('scanlinePoint', () => {
  test('inside a C shape', () => {
    const p = scanlinePoint(cShape);
    expect(p && pointInPolygonPlanar(p, cShape)).toBe(true);
  });
  test('null without area', () => {
    expect(scanlinePoint([])).toBeNull();
    expect(
      scanlinePoint([
        [
          [0, 0],
          [0, 0],
          [0, 0],
        ],
      ]),
    ).toBeNull();
  });
});

describe('countryLabelPoint', () => {
  test('uses the LARGEST polygon, one point only', () => {
    const small: PolygonCoords = [rect(0, 0, 1, 1)];
    const big: PolygonCoords = [rect(20, 0, 30, 10)];
    const p = countryLabelPoint([small, big, small]);
    expect(p).not.toBeNull();
    expect(p && pointInPolygonPlanar(p, big)).toBe(true);
  });

  test('inside for d3 too (spherical, d3 winding)', () => {
    // d3-geo wants clockwise exterior rings; rect() is clockwise in lon/lat.
    const poly: PolygonCoords = [rect(40, 40, 60, 55)];
    const p = countryLabelPoint([poly]);
    expect(p && geoContains({ type: 'Polygon', coordinates: poly }, p)).toBe(true);
  });

  test('no polygon → null; single-point polygon → that point', () => {
    expect(countryLabelPoint([])).toBeNull();
    expect(
      countryLabelPoint([
        [
          [
            [12.4, 41.9],
            [12.4, 41.9],
            [12.4, 41.9],
            [12.4, 41.9],
          ],
        ],
      ]),
    ).toEqual([12.4, 41.9]);
  });

  test('ringMean', () => {
    expect(ringMean([])).toBeNull();
    expect(
      ringMean([
        [0, 0],
        [2, 4],
      ]),
    ).toEqual([1, 2]);
  });
});

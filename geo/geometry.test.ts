import { describe, expect, test } from 'vitest';
import {
  bboxOf,
  largestPolygonIndex,
  pointInPolygonPlanar,
  polygonArea,
  ringArea,
  type PolygonCoords,
  type Ring,
} from './geometry.ts';

const square = (x: number, y: number, d: number): Ring => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];

describe('ringArea', () => {
  test.each<[string, Ring, number, number]>([
    ['empty ring', [], 0, 0],
    ['single point', [[10, 10]], 0, 0],
    [
      'two points',
      [
        [0, 0],
        [1, 1],
      ],
      0,
      0,
    ],
    [
      'collinear',
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [0, 0],
      ],
      0,
      0,
    ],
    // 1°×1° at the equator ≈ 111.32 km × 110.57 km ≈ 12 300 km²
    ['1° square at the equator', square(0, 0, 1), 12_000, 12_600],
    ['1° square at 60°N is about half', square(0, 60, 1), 5_900, 6_400],
  ])('%s', (_name, ring, min, max) => {
    const a = ringArea(ring);
    expect(a).toBeGreaterThanOrEqual(min);
    expect(a).toBeLessThanOrEqual(max);
  });

  test('winding does not matter', () => {
    const r = square(5, 5, 2);
    expect(ringArea([...r].reverse())).toBeCloseTo(ringArea(r), 6);
  });

  test('longitudes past 180 give the same area as their wrapped twin', () => {
    expect(ringArea(square(185, 60, 1))).toBeCloseTo(ringArea(square(-175, 60, 1)), 6);
  });
});

describe('polygonArea / largestPolygonIndex', () => {
  test('holes are subtracted, never negative', () => {
    expect(polygonArea([square(0, 0, 2), square(0.5, 0.5, 1)])).toBeCloseTo(
      ringArea(square(0, 0, 2)) - ringArea(square(0.5, 0.5, 1)),
      6,
    );
    expect(polygonArea([square(0, 0, 1), square(0, 0, 2)])).toBe(0);
    expect(polygonArea([])).toBe(0);
  });

  test.each<[string, PolygonCoords[], number]>([
    ['no polygon', [], -1],
    ['single', [[square(0, 0, 1)]], 0],
    ['largest second', [[square(0, 0, 1)], [square(10, 0, 3)], [square(20, 0, 2)]], 1],
    [
      'by area, not by vertex count',
      [
        [square(0, 0, 3)],
        [
          [
            [0, 0],
            [0.1, 0],
            [0.05, 0.01],
            [0.04, 0.02],
            [0, 0],
          ],
        ],
      ],
      0,
    ],
    [
      'single-point polygons only',
      [
        [
          [
            [1, 1],
            [1, 1],
            [1, 1],
            [1, 1],
          ],
        ],
      ],
      0,
    ],
  ])('%s', (_name, polygons, expected) => {
    expect(largestPolygonIndex(polygons)).toBe(expected);
  });
});

describe('bboxOf', () => {
  test.each<[string, PolygonCoords[], ReturnType<typeof bboxOf>]>([
    ['empty', [], null],
    ['empty ring', [[[]]], null],
    ['two polygons', [[square(0, 0, 1)], [square(10, -5, 2)]], [0, -5, 12, 1]],
    ['unwrapped past 180', [[square(170, 60, 20)]], [170, 60, 190, 80]],
  ])('%s', (_name, polygons, expected) => {
    expect(bboxOf(polygons)).toEqual(expected);
  });
});

describe('pointInPolygonPlanar', () => {
  const donut: PolygonCoords = [square(0, 0, 10), square(4, 4, 2)];
  test.each<[string, number[], PolygonCoords, boolean]>([
    ['inside', [1, 1], donut, true],
    ['in the hole', [5, 5], donut, false],
    ['outside', [11, 5], donut, false],
    ['empty polygon', [0, 0], [], false],
    ['empty ring', [0, 0], [[]], false],
    ['NaN point', [NaN, NaN], donut, false],
  ])('%s', (_name, point, polygon, expected) => {
    expect(pointInPolygonPlanar(point, polygon)).toBe(expected);
  });
});

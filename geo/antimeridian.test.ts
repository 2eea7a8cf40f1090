import { describe, expect, test } from 'vitest';
import {
  maxLonJump,
  normalizeCountryPolygons,
  ringWrapsPole,
  roundCoord,
  unwrapRing,
} from './antimeridian.ts';
import type { PolygonCoords, Ring } from './geometry.ts';

/** A ring around Chukotka-like land that crosses the antimeridian twice. */
const crossing: Ring = [
  [170, 65],
  [179.5, 64],
  [-178, 65],
  [-172, 66],
  [-178, 68],
  [178, 69],
  [170, 65],
];

/** Antarctica-like ring: goes once around the south pole. */
const polar: Ring = [
  [-180, -70],
  [-90, -72],
  [0, -70],
  [90, -68],
  [180, -70],
  [180, -90],
  [-180, -90],
  [-180, -70],
];

describe('maxLonJump', () => {
  test.each<[string, Ring, number]>([
    ['empty', [], 0],
    ['single point', [[10, 10]], 0],
    [
      'small steps',
      [
        [0, 0],
        [1, 0],
        [3, 1],
      ],
      2,
    ],
    ['crossing the antimeridian', crossing, 357.5],
  ])('%s', (_name, ring, expected) => {
    expect(maxLonJump(ring)).toBeCloseTo(expected, 9);
  });
});

describe('unwrapRing', () => {
  test('empty ring → empty ring', () => {
    expect(unwrapRing([])).toEqual([]);
  });

  test('single point is kept', () => {
    expect(unwrapRing([[179, 60]])).toEqual([[179, 60]]);
  });

  test('ring that does not cross is unchanged (extra members dropped)', () => {
    const r: Ring = [
      [10, 0, 99],
      [11, 1, 99],
      [10, 1, 99],
      [10, 0, 99],
    ];
    expect(unwrapRing(r)).toEqual([
      [10, 0],
      [11, 1],
      [10, 1],
      [10, 0],
    ]);
  });

  test('crossing ring continues past 180 and closes', () => {
    const u = unwrapRing(crossing);
    expect(maxLonJump(u)).toBeLessThanOrEqual(180);
    expect(u.map((p) => p[0])).toEqual([170, 179.5, 182, 188, 182, 178, 170]);
    expect(u[0]).toEqual(u[u.length - 1]);
  });

  test('starting east of 180 unwraps towards negative longitudes', () => {
    const r: Ring = [
      [-178, 65],
      [179, 66],
      [-179, 67],
      [-178, 65],
    ];
    expect(unwrapRing(r).map((p) => p[0])).toEqual([-178, -181, -179, -178]);
  });

  test('points with missing coordinates are skipped', () => {
    expect(unwrapRing([[1, 2], [3], [4, 5]])).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });
});

describe('ringWrapsPole', () => {
  test.each<[string, Ring, boolean]>([
    ['empty', [], false],
    ['single point', [[0, -90]], false],
    [
      'ordinary ring',
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
      false,
    ],
    ['ring crossing twice (Chukotka)', crossing, false],
    ['ring around the pole (Antarctica)', polar, true],
  ])('%s', (_name, ring, expected) => {
    expect(ringWrapsPole(ring)).toBe(expected);
  });
});

describe('normalizeCountryPolygons', () => {
  const mainland: PolygonCoords = [
    [
      [30, 50],
      [150, 50],
      [179.9, 65],
      [-175, 66],
      [179.9, 70],
      [30, 70],
      [30, 50],
    ],
  ];
  const eastIsland: PolygonCoords = [
    [
      [-172, 64],
      [-171, 64],
      [-171, 65],
      [-172, 64],
    ],
  ];
  const kaliningrad: PolygonCoords = [
    [
      [20, 54],
      [22, 54],
      [22, 55],
      [20, 54],
    ],
  ];

  test('no consecutive jump > 180 and islands east of 180 follow the mainland', () => {
    const out = normalizeCountryPolygons([kaliningrad, eastIsland, mainland]);
    for (const ring of out.flat()) expect(maxLonJump(ring)).toBeLessThanOrEqual(180);
    expect(out[0]).toEqual(kaliningrad); // stays west
    expect(out[1]?.[0]?.map((p) => p[0])).toEqual([188, 189, 189, 188]); // shifted +360
    expect(Math.max(...(out[2]?.[0] ?? []).map((p) => p[0] ?? 0))).toBeCloseTo(185, 9);
  });

  test('the largest polygon stays in [-180, 180]; small western islands move to < -180', () => {
    const usa: PolygonCoords = [
      [
        [-120, 30],
        [-80, 30],
        [-80, 45],
        [-120, 45],
        [-120, 30],
      ],
    ];
    const attu: PolygonCoords = [
      [
        [172, 52],
        [173, 52],
        [173, 53],
        [172, 52],
      ],
    ];
    const out = normalizeCountryPolygons([attu, usa]);
    expect(out[1]).toEqual(usa);
    expect(out[0]?.[0]?.[0]).toEqual([-188, 52]);
  });

  test('holes are kept next to their exterior', () => {
    const withHole: PolygonCoords = [
      [
        [175, 0],
        [185, 0],
        [185, 5],
        [175, 5],
        [175, 0],
      ].map(([x = 0, y = 0]) => [x > 180 ? x - 360 : x, y]),
      [
        [-179, 1],
        [-178, 1],
        [-178, 2],
        [-179, 1],
      ],
    ];
    const [p] = normalizeCountryPolygons([withHole]);
    expect(p?.[1]?.map((q) => q[0])).toEqual([181, 182, 182, 181]);
  });

  test('bad inputs: empty list, empty polygon, empty ring, single-point polygon', () => {
    expect(normalizeCountryPolygons([])).toEqual([]);
    expect(normalizeCountryPolygons([[]])).toEqual([]);
    expect(normalizeCountryPolygons([[[]]])).toEqual([]);
    expect(
      normalizeCountryPolygons([
        [
          [
            [12.4, 41.9],
            [12.4, 41.9],
          ],
        ],
      ]),
    ).toEqual([
      [
        [
          [12.4, 41.9],
          [12.4, 41.9],
        ],
      ],
    ]);
  });

  test('a ring around a pole is rejected', () => {
    expect(() => normalizeCountryPolygons([[polar]])).toThrow(/pole/);
  });

  test('shift there and back gives bit-identical coordinates (shared borders survive)', () => {
    const x = 27.12345678901;
    expect(roundCoord(x - 360 + 360)).toBe(roundCoord(x));
  });
});

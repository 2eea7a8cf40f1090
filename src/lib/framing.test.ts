import { describe, expect, it } from 'vitest';
import {
  allInFree,
  boundsOfPoints,
  cameraFor,
  freePadding,
  projectInView,
  regionFrame,
  sameCamera,
  type Bounds,
  type Box,
} from './framing';

const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});
const map = box(0, 0, 1000, 600);

describe('freePadding', () => {
  it.each([
    ['nothing over the map', [], { top: 16, right: 16, bottom: 16, left: 16 }],
    // A short, wide legend in the bottom-left corner: the bottom gives way (less area lost).
    [
      'wide legend bottom left',
      [box(10, 500, 310, 590)],
      { top: 16, right: 16, bottom: 116, left: 16 },
    ],
    // A tall, narrow legend at the left: the left gives way.
    ['tall legend left', [box(10, 100, 110, 590)], { top: 16, right: 16, bottom: 16, left: 126 }],
    // A caption card across the top and buttons bottom right.
    [
      'card and buttons',
      [box(16, 24, 620, 200), box(700, 540, 990, 590)],
      { top: 216, right: 16, bottom: 76, left: 16 },
    ],
    // A bottom sheet over the whole width.
    ['bottom sheet', [box(0, 480, 1000, 600)], { top: 16, right: 16, bottom: 136, left: 16 }],
    // Boxes outside the map (the header above it, a side panel beside it) change nothing.
    [
      'outside',
      [box(0, -60, 1000, -1), box(1001, 0, 1400, 600)],
      { top: 16, right: 16, bottom: 16, left: 16 },
    ],
  ])('%s', (_name, obstacles, expected) => {
    expect(freePadding(map, obstacles)).toEqual(expected);
  });

  it.each([
    ['nothing over the map', [], { top: 24, right: 56, bottom: 24, left: 56 }],
    // Cleared from the bottom: the vertical margin; from the left: the horizontal one.
    [
      'wide legend bottom left',
      [box(10, 500, 310, 590)],
      { top: 24, right: 56, bottom: 124, left: 56 },
    ],
    ['tall legend left', [box(10, 100, 110, 590)], { top: 24, right: 56, bottom: 24, left: 166 }],
  ])('margin { x, y }: %s', (_name, obstacles, expected) => {
    expect(freePadding(map, obstacles, { margin: { x: 56, y: 24 } })).toEqual(expected);
  });

  it('a landscape phone: a caption too tall to clear from the top is cleared from its side', () => {
    const phone = box(0, 0, 844, 390);
    const card = box(21, 18, 524, 242);
    const buttons = box(400, 316, 836, 380);
    const p = freePadding(phone, [card, buttons], { margin: { x: 56, y: 24 } });
    expect(p).toEqual({ top: 24, right: 56, bottom: 98, left: 580 });
    // Clearing both from the top and bottom would have left 26 px of height.
  });

  it.each([
    // A compact subject (Korea) is drawn larger beside the caption than under it…
    ['Korea', [122, 32, 133, 44], { top: 24, right: 56, bottom: 98, left: 580 }],
    // …a wide one (Ukraine to Korea) larger in the short band under the caption, buttons at the right.
    ['Ukraine to Korea', [20, 30, 135, 60], { top: 266, right: 500, bottom: 24, left: 56 }],
  ] as const)('a landscape phone fits %s where it is drawn largest', (_n, subject, expected) => {
    const phone = box(0, 0, 844, 390);
    const p = freePadding(phone, [box(21, 18, 524, 242), box(400, 316, 836, 380)], {
      margin: { x: 56, y: 24 },
      subject: [...subject] as Bounds,
    });
    expect(p).toEqual(expected);
  });

  it('always leaves room to fit: at least minFree of each dimension', () => {
    const p = freePadding(map, [box(0, 0, 1000, 350), box(0, 300, 1000, 600)], { minFree: 0.3 });
    expect(p.top + p.bottom).toBeLessThanOrEqual(600 * 0.7 + 1);
    expect(p.left + p.right).toBeLessThanOrEqual(1000 * 0.7);
  });

  it.each([
    ['NaN box', [box(Number.NaN, 0, 10, 10)]],
    ['empty box', [box(10, 10, 10, 10)]],
    ['inverted box', [box(100, 100, 10, 10)]],
  ])('ignores a bad obstacle: %s', (_name, obstacles) => {
    expect(freePadding(map, obstacles)).toEqual({ top: 16, right: 16, bottom: 16, left: 16 });
  });

  it('a map with no size gets the plain margin', () => {
    expect(freePadding(box(0, 0, 0, 0), [box(0, 0, 10, 10)], { margin: 8 })).toEqual({
      top: 8,
      right: 8,
      bottom: 8,
      left: 8,
    });
  });
});

describe('boundsOfPoints', () => {
  it.each([
    [[[10, 20]], 0, [10, 20, 10, 20]],
    [
      [
        [10, 20],
        [-98, 39],
        [127, 36],
      ],
      2,
      [-100, 18, 129, 41],
    ],
    [[[179, 84]], 3, [176, 81, 180, 85]], // clamped to the map
  ] as const)('%j margin %d', (points, margin, expected) => {
    expect(boundsOfPoints(points, margin)).toEqual(expected);
  });
  it.each([[[]], [[[Number.NaN, 1]]], [[[0, 95]]]])('null for no valid point: %j', (points) => {
    expect(boundsOfPoints(points as [number, number][])).toBeNull();
  });
});

describe('regionFrame', () => {
  const regions: { id: string; bounds: Bounds }[] = [
    { id: 'west', bounds: [20, 43, 45, 57] },
    { id: 'east', bounds: [122, 32, 133, 44] },
    { id: 'all', bounds: [20, 30, 135, 60] },
  ];
  const linked = [
    [30, 49],
    [-98, 39],
    [2, 46],
    [127, 36],
  ] as const;
  it('the region holding all others fits every linked country', () => {
    expect(regionFrame(regions[2]!, regions, linked)).toEqual([-101, 30, 135, 60]);
  });
  it('any other region fits its own bounds', () => {
    expect(regionFrame(regions[0]!, regions, linked)).toEqual([20, 43, 45, 57]);
  });
  it('a lone region is no overview', () => {
    expect(regionFrame(regions[2]!, [regions[2]!], linked)).toEqual([20, 30, 135, 60]);
  });
});

describe('projectInView / allInFree', () => {
  const view: Bounds = [0, -10, 100, 10];
  const m = box(0, 0, 1000, 400);
  it.each([
    [[0, 10], { x: 0, y: 0 }],
    [[100, -10], { x: 1000, y: 400 }],
    [[50, 0], { x: 500, y: 200 }],
  ] as const)('%j → %j', (p, expected) => {
    const got = projectInView(view, m, p);
    expect(got.x).toBeCloseTo(expected.x, 6);
    expect(got.y).toBeCloseTo(expected.y, 6);
  });
  it.each([
    // A view past 180° (MapLibre's bounds are not wrapped): Kazakhstan at 67° is drawn on the copy at −293°.
    [[-330, -10, 8, 10], [67, 0], 1000 * (37 / 338)],
    // A view across the antimeridian from the east: −170° is drawn at 190°.
    [[100, -10, 200, 10], [-170, 0], 900],
  ] as const)('view %j: %j on the world copy that is drawn', (v, p, x) => {
    expect(projectInView([...v] as Bounds, m, p).x).toBeCloseTo(x, 6);
  });
  it('mercator: latitude spacing grows towards the poles', () => {
    const v: Bounds = [0, 0, 10, 80];
    const mid = projectInView(v, m, [5, 40]).y;
    expect(mid).toBeGreaterThan(200); // 40° is below the middle of 0–80° in Mercator
  });
  it.each([
    [[[50, 0]], true],
    [[[1, 0]], false], // under the left padding
    [
      [
        [50, 0],
        [50, 9.9],
      ],
      false,
    ], // under the top padding
  ] as const)('%j in the free area: %s', (points, expected) => {
    expect(allInFree(view, m, { top: 40, right: 40, bottom: 40, left: 40 }, points)).toBe(expected);
  });
});

describe('cameraFor', () => {
  const my = (lat: number) => {
    const s = Math.sin((lat * Math.PI) / 180);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  };
  /** Screen point of lon/lat for a camera on a map of w × h (512 px tiles). */
  const screen = (
    c: { zoom: number; lat: number; lng: number },
    w: number,
    h: number,
    [lon, lat]: [number, number],
  ) => {
    const world = 512 * 2 ** c.zoom;
    return {
      x: w / 2 + ((lon - c.lng) / 360) * world,
      y: h / 2 + (my(lat) - my(c.lat)) * world,
      top: h / 2 - my(c.lat) * world,
      bottom: h / 2 + (1 - my(c.lat)) * world,
    };
  };
  const pad = (top: number, right: number, bottom: number, left: number) => ({
    top,
    right,
    bottom,
    left,
  });

  it.each([
    ['a laptop, plain margins', 1000, 600, pad(16, 16, 16, 16)],
    ['a legend at the left', 1000, 600, pad(16, 16, 16, 300)],
    ['a 1024 map under a caption', 718, 600, pad(200, 24, 24, 24)],
  ] as const)('%s: the subject fills the free area, like fitBounds', (_n, w, h, p) => {
    const b: Bounds = [20, 30, 135, 60];
    const c = cameraFor(b, { width: w, height: h }, p)!;
    const sw = screen(c, w, h, [b[0], b[1]]);
    const ne = screen(c, w, h, [b[2], b[3]]);
    expect(sw.x).toBeGreaterThanOrEqual(p.left - 0.5);
    expect(ne.x).toBeLessThanOrEqual(w - p.right + 0.5);
    expect(ne.y).toBeGreaterThanOrEqual(p.top - 0.5);
    expect(sw.y).toBeLessThanOrEqual(h - p.bottom + 0.5);
    // One dimension is filled.
    const filled = Math.max(
      (ne.x - sw.x) / (w - p.left - p.right),
      (sw.y - ne.y) / (h - p.top - p.bottom),
    );
    expect(filled).toBeCloseTo(1, 3);
  });

  it('a phone under a tall caption: zooms in until the world covers the map, subject in the free middle', () => {
    const [w, h] = [390, 760];
    const p = pad(320, 31, 170, 31);
    const b: Bounds = [20, 30, 135, 60];
    const c = cameraFor(b, { width: w, height: h }, p)!;
    const mid = screen(c, w, h, [77.5, (30 + 60) / 2]);
    const centre = screen(c, w, h, [77.5, 0]);
    // The world reaches above and below the map (MapLibre would otherwise move the centre).
    expect(centre.top).toBeLessThanOrEqual(0.5);
    expect(centre.bottom).toBeGreaterThanOrEqual(h - 0.5);
    // The subject's middle lies in the free band (320..590), not under the caption.
    const subjectMid = (screen(c, w, h, [77.5, 60]).y + screen(c, w, h, [77.5, 30]).y) / 2;
    expect(subjectMid).toBeGreaterThan(320);
    expect(subjectMid).toBeLessThan(590);
    expect(mid.x).toBeCloseTo(p.left + (w - p.left - p.right) / 2, 3);
  });

  it.each([
    // A portrait tablet, "All" from the USA to Korea: centred in the free area, the world would
    // leave a band above the north; the subject slides up instead of the zoom cutting its sides.
    ['portrait tablet, "All"', 768, 858, pad(68, 56, 68, 56), [-101, 27, 130, 65]],
    // A phone under a tall caption, Türkiye to Korea: placed low in the free band, not zoomed.
    ['phone under a caption', 390, 760, pad(285, 40, 120, 40), [32, 33, 130, 45]],
    ['landscape phone, caption at the top', 844, 330, pad(150, 40, 60, 40), [125, 35, 135, 43]],
  ] as const)(
    '%s: the whole subject lies in the free area, the world covers the map',
    (_n, w, h, p, b) => {
      const c = cameraFor([...b] as Bounds, { width: w, height: h }, p)!;
      const sw = screen(c, w, h, [b[0], b[1]]);
      const ne = screen(c, w, h, [b[2], b[3]]);
      expect(sw.x).toBeGreaterThanOrEqual(p.left - 0.5);
      expect(ne.x).toBeLessThanOrEqual(w - p.right + 0.5);
      expect(ne.y).toBeGreaterThanOrEqual(p.top - 0.5);
      expect(sw.y).toBeLessThanOrEqual(h - p.bottom + 0.5);
      expect(sw.top).toBeLessThanOrEqual(0.5);
      expect(sw.bottom).toBeGreaterThanOrEqual(h - 0.5);
    },
  );

  it('keeps the zoom in range', () => {
    expect(
      cameraFor([10, 10, 10.0001, 10.0001], { width: 800, height: 600 }, pad(0, 0, 0, 0), [0, 9])!
        .zoom,
    ).toBe(9);
    expect(
      cameraFor([-180, -85, 180, 85], { width: 300, height: 300 }, pad(0, 0, 0, 0), [0, 9])!.zoom,
    ).toBe(0);
  });

  it.each([
    ['no free width', [0, 0, 10, 10], 100, 100, pad(0, 60, 0, 60)],
    ['no size', [0, 0, 10, 10], 0, 0, pad(0, 0, 0, 0)],
    ['NaN bounds', [Number.NaN, 0, 10, 10], 100, 100, pad(0, 0, 0, 0)],
    ['east before west', [10, 0, 0, 10], 100, 100, pad(0, 0, 0, 0)],
  ] as const)('null for %s', (_n, b, w, h, p) => {
    expect(cameraFor([...b] as Bounds, { width: w, height: h }, p)).toBeNull();
  });
});

describe('sameCamera', () => {
  const c = (zoom: number, lat: number, lng: number) => ({ zoom, lat, lng });
  // At zoom 2 the world is 2,048 px wide: a pixel is 360 / 2048 ≈ 0.176° of longitude.
  it.each([
    ['the same camera', c(2, 45, 77), c(2, 45, 77), true],
    ['half a pixel east', c(2, 45, 77), c(2, 45, 77.08), true],
    ['two pixels east', c(2, 45, 77), c(2, 45, 77.35), false],
    ['two pixels north', c(2, 45, 77), c(2, 45.25, 77), false],
    ['a zoom 0.005 apart', c(2, 45, 77), c(2.005, 45, 77), true],
    ['a zoom 0.02 apart', c(2, 45, 77), c(2.02, 45, 77), false],
    // The same half pixel is ~0.0001° at zoom 12: what is the same far out differs close in.
    ['0.08° apart at zoom 12', c(12, 45, 77), c(12, 45, 77.08), false],
    ['either side of 180°', c(3, 65, 179.99), c(3, 65, -179.99), true],
    ['-180 and 180', c(1, 0, -180), c(1, 0, 180), true],
    ['beyond the poles (clamped at 85°)', c(2, 89, 0), c(2, 88, 0), true],
    ['nothing', null, c(2, 45, 77), false],
    ['nothing either side', c(2, 45, 77), undefined, false],
    ['NaN zoom', c(NaN, 45, 77), c(NaN, 45, 77), false],
    ['infinite longitude', c(2, 45, Infinity), c(2, 45, Infinity), false],
  ] as const)('%s → %s', (_n, a, b, same) => {
    expect(sameCamera(a, b)).toBe(same);
    expect(sameCamera(b, a)).toBe(same);
  });
});

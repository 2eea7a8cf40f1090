import { describe, expect, it } from 'vitest';
import type { Scene } from '../scene';
import {
  fitBox,
  linkedCountries,
  mapOnly,
  pathBox,
  relationsOfView,
  unionBox,
  unwrapPath,
  type WorldBox,
} from './plan';

const arcs = [
  { link: 'AAA-BBB', from: 'AAA', to: 'BBB' },
  { link: 'AAA-BBB', from: 'BBB', to: 'AAA' },
  { link: 'BBB-CCC', from: 'BBB', to: 'CCC' },
  { link: 'DDD-EEE', from: 'DDD', to: 'EEE' },
];
const none = { country: null, link: null };

describe('relationsOfView', () => {
  const table: [string, Parameters<typeof relationsOfView>[1], string[], string[]][] = [
    ['nothing selected: links with both ends in view', none, ['AAA', 'BBB'], ['AAA-BBB']],
    ['one end in view is not enough', none, ['BBB'], []],
    ['nothing in view', none, [], []],
    ['a selected link, even out of view', { country: null, link: 'DDD-EEE' }, [], ['DDD-EEE']],
    ['a selected country', { country: 'CCC', link: null }, ['AAA'], ['BBB-CCC']],
    ['a selected link that is not drawn', { country: null, link: 'ZZZ-YYY' }, ['AAA'], []],
  ];
  it.each(table)('%s', (_, selection, visible, expected) =>
    expect(relationsOfView(arcs, selection, (iso3) => visible.includes(iso3))).toEqual(expected),
  );
});

describe('linkedCountries', () => {
  it.each([
    [
      ['AAA-BBB', 'BBB-CCC'],
      ['AAA', 'BBB', 'CCC'],
    ],
    [[], []],
    [['bad', 'A-B', 'AAA-bbb'], ['AAA']],
  ])('%j', (links, expected) => expect(linkedCountries(links)).toEqual(expected));
});

describe('pathBox', () => {
  const table: [string, WorldBox | null][] = [
    ['M1,2L3,4L-1,0Z', [-1, 0, 3, 4]],
    ['M0 0L10 0L10 10Z M20 -5L25 5Z', [0, -5, 25, 10]],
    ['M1.5e1,2L3,4Z', [3, 2, 15, 4]],
    ['', null],
    ['Z', null],
  ];
  it.each(table)('%j', (d, expected) => expect(pathBox(d)).toEqual(expected));
});

describe('unionBox', () => {
  it.each([
    [
      [[0, 0, 1, 1], null, [2, -1, 3, 0.5]],
      [0, -1, 3, 1],
    ],
    [[], null],
    [[null, undefined], null],
  ] as const)('%j', (boxes, expected) =>
    expect(unionBox(boxes as unknown as WorldBox[])).toEqual(expected),
  );
});

describe('fitBox', () => {
  it.each([
    [[0, 0, 100, 50], { width: 420, height: 420 }, 10],
    [[300, 100, 310, 140], { width: 800, height: 500 }, 24],
    [[0, 0, 0, 0], { width: 100, height: 100 }, 0],
  ] as const)('keeps %j inside %j less %d', (box, out, pad) => {
    const t = fitBox([...box], out, pad);
    const [x0, y0, x1, y1] = [
      box[0] * t.k + t.tx,
      box[1] * t.k + t.ty,
      box[2] * t.k + t.tx,
      box[3] * t.k + t.ty,
    ];
    expect(x0).toBeGreaterThanOrEqual(pad - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(pad - 1e-6);
    expect(x1).toBeLessThanOrEqual(out.width - pad + 1e-6);
    expect(y1).toBeLessThanOrEqual(out.height - pad + 1e-6);
    expect(Number.isFinite(t.k)).toBe(true);
  });
  it('fills one side', () => {
    const t = fitBox([0, 0, 100, 50], { width: 420, height: 420 }, 10);
    expect(100 * t.k).toBeCloseTo(400);
  });
});

describe('mapOnly', () => {
  const scene: Scene = {
    width: 10,
    height: 10,
    background: '#fff',
    font: 'sans-serif',
    boxes: {
      title: { x: 0, y: 0, width: 1, height: 1 },
      asOf: { x: 0, y: 0, width: 1, height: 1 },
      legend: { x: 0, y: 0, width: 1, height: 1 },
      credits: { x: 0, y: 0, width: 1, height: 1 },
    },
    shapes: [
      { kind: 'path', d: 'M0 0', data: { country: 'AAA' } },
      { kind: 'path', d: 'M1 1', data: { country: 'BBB' } },
      { kind: 'path', d: 'M2 2', data: { arc: 'x' } },
      { kind: 'rect', x: 0, y: 0, width: 1, height: 1, fill: '#fff' },
      {
        kind: 'text',
        text: 'Legend',
        x: 0,
        y: 0,
        size: 1,
        bold: true,
        fill: '#000',
        anchor: 'start',
      },
    ],
  };
  it('drops the panels and what follows them, and marks the linked countries', () => {
    const out = mapOnly(scene, new Set(['BBB']));
    expect(out.shapes).toHaveLength(3);
    expect(out.shapes.map((s) => (s.kind === 'path' ? s.data : null))).toEqual([
      { country: 'AAA' },
      { country: 'BBB', linked: 'true' },
      { arc: 'x' },
    ]);
    expect(scene.shapes[1]).toEqual({ kind: 'path', d: 'M1 1', data: { country: 'BBB' } });
  });
  it('keeps a scene without panels whole', () => {
    expect(mapOnly({ ...scene, shapes: scene.shapes.slice(0, 2) }).shapes).toHaveLength(2);
  });
});

describe('unwrapPath', () => {
  const table: [string, string, string][] = [
    ['one part stays', 'M300,10L320,10L320,20Z', 'M300,10L320,10L320,20Z'],
    [
      'a small part across the antimeridian joins the large one',
      'M300,10L500,10L500,90ZM2,30L10,30L10,40Z',
      'M300,10L500,10L500,90ZM514,30L522,30L522,40Z',
    ],
    [
      'and the other way',
      'M10,10L200,10L200,90ZM505,30L510,30L510,40Z',
      'M10,10L200,10L200,90ZM-7,30L-2,30L-2,40Z',
    ],
    [
      'parts near each other stay',
      'M300,10L320,10L320,20ZM330,5L340,5L340,9Z',
      'M300,10L320,10L320,20ZM330,5L340,5L340,9Z',
    ],
    ['empty', '', ''],
  ];
  it.each(table)('%s', (_, d, expected) => expect(unwrapPath(d)).toBe(expected));
});

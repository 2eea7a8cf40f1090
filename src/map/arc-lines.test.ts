import { describe, expect, it } from 'vitest';
import { arcShape, toWorld } from '../lib/arc-geometry';
import type { ArcSpec } from '../lib/links';
import type { DrawnArc } from './arc-drawing';
import {
  arcData,
  arcHeadData,
  arcLineData,
  arcOpacity,
  dashInWidths,
  headImage,
} from './arc-lines';

function drawn(over: Partial<ArcSpec> = {}, width = 4): DrawnArc {
  const from = toWorld(71.4, 51.2);
  const to = toWorld(127, 37.5);
  const arc: ArcSpec = {
    id: 'KAZ-KOR',
    link: 'KAZ-KOR',
    from: 'KAZ',
    to: 'KOR',
    directed: false,
    style: 'trade',
    severed: false,
    status: null,
    figure: null,
    bend: 0.18,
    ...over,
  };
  return { arc, from, to, shape: arcShape(from, to, arc.bend), width, color: '#0072B2' };
}

describe('arcLineData', () => {
  it('runs from one label point to the other in longitude and latitude', () => {
    const [f] = arcLineData([drawn()], 16).features;
    const coords = f!.geometry.coordinates;
    expect(coords).toHaveLength(17);
    expect(coords[0]![0]).toBeCloseTo(71.4, 5);
    expect(coords[0]![1]).toBeCloseTo(51.2, 5);
    expect(coords[16]![0]).toBeCloseTo(127, 5);
    expect(coords[16]![1]).toBeCloseTo(37.5, 5);
  });
  it('bulges to the left of its direction like the SVG curve (north of an eastward arc)', () => {
    const coords = arcLineData([drawn()], 16).features[0]!.geometry.coordinates;
    const mid = coords[8]!;
    // The chord's middle is near 44° N; the curve passes north of it.
    expect(mid[1]).toBeGreaterThan((51.2 + 37.5) / 2);
  });
  it('carries what the layer styles by', () => {
    const p = arcLineData([drawn({ severed: true }, 7)]).features[0]!.properties;
    expect(p).toMatchObject({ id: 'KAZ-KOR', link: 'KAZ-KOR', width: 7, severed: true });
    expect(p.dash).toEqual([1, 0.714286]);
  });
  it('gives an empty collection for no arcs', () => {
    expect(arcLineData([]).features).toEqual([]);
  });
});

describe('arcHeadData', () => {
  it('has a head only for directed arcs, at the curve middle, in the style colour', () => {
    const data = arcHeadData([drawn(), drawn({ id: 'x', directed: true, style: 'military' }, 6)]);
    expect(data.features).toHaveLength(1);
    const f = data.features[0]!;
    expect(f.properties).toMatchObject({ id: 'x', image: headImage('military'), size: 2 });
    expect(f.geometry.coordinates[1]).toBeGreaterThan(44);
  });
});

describe('dashInWidths', () => {
  it.each([
    ['7 5', 7, [1, 0.714286]],
    ['7,5', 3.5, [2, 1.428571]],
    ['', 4, [1, 0]],
    ['7 5', 0, [1, 0]],
    ['a b', 2, [1, 0]],
    ['7 -5', 7, [1, 0]],
    ['0 0', 7, [1, 0]],
    ['7', 7, [1, 1]],
    ['7 5 2', 1, [7, 5, 2, 7, 5, 2]],
    ['Infinity 5', 1, [1, 0]],
  ] as const)('"%s" at %s px is %j', (dash, width, expected) => {
    expect(dashInWidths(dash, width)).toEqual(expected);
  });
});

describe('arcOpacity', () => {
  it('is plain 1 while nothing is active, even with a selection', () => {
    expect(arcOpacity(null, null)).toBe(1);
    expect(arcOpacity(null, 'L')).toBe(1);
  });
  it('keeps the active arc full and dims the rest', () => {
    expect(arcOpacity('a', null)).toEqual(['case', ['==', ['get', 'id'], 'a'], 1, 0.22]);
  });
  it('keeps the selected link full too', () => {
    expect(arcOpacity('a', 'L')).toEqual([
      'case',
      ['any', ['==', ['get', 'id'], 'a'], ['==', ['get', 'link'], 'L']],
      1,
      0.22,
    ]);
  });
});

describe('arcData', () => {
  it('holds every line, then the heads of the directed arcs', () => {
    const data = arcData([drawn(), drawn({ id: 'x', directed: true })], 8);
    expect(data.features.map((f) => f.geometry.type)).toEqual([
      'LineString',
      'LineString',
      'Point',
    ]);
  });
});

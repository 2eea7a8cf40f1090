import { describe, expect, it } from 'vitest';
import { milestoneRows, milestonesOf, type RawTimings } from './milestones';

const raw = (over: Partial<RawTimings>): RawTimings => ({
  html: 12,
  resources: [],
  marks: [],
  mapReady: null,
  arcs: null,
  painted: null,
  ...over,
});

describe('milestonesOf', () => {
  const tests: { name: string; raw: RawTimings; expected: Record<string, number> }[] = [
    {
      name: 'the app: scripts, worker, geometry, marks and the probe',
      raw: raw({
        resources: [
          { name: 'http://h/assets/maplibre-AB.js', startTime: 20, responseEnd: 400 },
          { name: 'http://h/assets/app-main-CD.js', startTime: 21, responseEnd: 180 },
          { name: 'http://h/assets/maplibre-gl-worker-EF.mjs', startTime: 22, responseEnd: 350 },
          { name: 'http://h/geo/countries-coarse.topo.json', startTime: 23, responseEnd: 300 },
          { name: 'http://h/assets/maplibre-ImN.css', startTime: 19, responseEnd: 60 },
          // Fetched in idle time after the painted frame: not the first view's.
          { name: 'http://h/assets/Reader-XY.js', startTime: 2000, responseEnd: 2100 },
          { name: 'http://h/geo/countries.topo.json', startTime: 2001, responseEnd: 2300 },
        ],
        marks: [
          { name: 'atlas:map-start', startTime: 410 },
          { name: 'atlas:map-created', startTime: 470 },
          { name: 'someone-else', startTime: 5 },
        ],
        mapReady: 1500,
        arcs: 1200,
        painted: 1520,
      }),
      expected: {
        'HTML received': 12,
        'scripts received': 400,
        'geometry received': 300,
        'worker received': 350,
        'atlas:map-start': 410,
        'atlas:map-created': 470,
        'countries drawn': 1500,
        'arcs in the page': 1200,
        painted: 1520,
      },
    },
    {
      name: 'a mark set twice counts once, the first time',
      raw: raw({
        marks: [
          { name: 'atlas:mounted', startTime: 900 },
          { name: 'atlas:mounted', startTime: 950 },
        ],
      }),
      expected: { 'HTML received': 12, 'atlas:mounted': 900 },
    },
    {
      name: 'nothing painted yet: every resource counts',
      raw: raw({
        html: null,
        resources: [{ name: 'http://h/assets/main.js?v=1', startTime: 5000, responseEnd: 5100 }],
      }),
      expected: { 'scripts received': 5100 },
    },
    {
      name: 'negative and not-finite values are left out',
      raw: raw({ html: -1, mapReady: NaN, arcs: Infinity }),
      expected: {},
    },
  ];
  for (const t of tests) it(t.name, () => expect(milestonesOf(t.raw)).toEqual(t.expected));
});

describe('milestoneRows', () => {
  it('medians per page in load order, unknown names after, sorted', () => {
    const rows = milestoneRows(
      [
        { painted: 30, 'atlas:mounted': 20, zeta: 1 },
        { painted: 50, 'atlas:mounted': 10 },
        { painted: 40 },
      ],
      [{ painted: 10, alpha: 2 }, { painted: 20 }],
    );
    expect(rows).toEqual([
      { name: 'atlas:mounted', app: 15, bare: null, appRuns: 2, bareRuns: 0 },
      { name: 'painted', app: 40, bare: 15, appRuns: 3, bareRuns: 2 },
      { name: 'alpha', app: null, bare: 2, appRuns: 0, bareRuns: 1 },
      { name: 'zeta', app: 1, bare: null, appRuns: 1, bareRuns: 0 },
    ]);
  });
  it('no runs: no rows', () => expect(milestoneRows([], [])).toEqual([]));
});

import { describe, expect, it } from 'vitest';
import { begin, extend, MAX_POINTS, strokePath, toFraction, type Pt, type Stroke } from './strokes';

const box = { left: 100, top: 50, width: 200, height: 100 };

describe('toFraction', () => {
  const table: [string, number, number, typeof box, Pt | null][] = [
    ['top-left corner', 100, 50, box, [0, 0]],
    ['middle', 200, 100, box, [0.5, 0.5]],
    ['outside is clamped', 400, 0, box, [1, 0]],
    ['empty box', 1, 1, { ...box, width: 0 }, null],
    ['NaN', Number.NaN, 1, box, null],
    ['Infinity', 1, Infinity, box, null],
  ];
  it.each(table)('%s', (_, x, y, b, expected) => expect(toFraction(x, y, b)).toEqual(expected));
});

describe('strokes', () => {
  it('begins, extends, and drops points that do not move', () => {
    let s: Stroke[] = begin([], [0.1, 0.1]);
    s = extend(s, [0.2, 0.1]);
    s = extend(s, [0.2001, 0.1]);
    s = begin(s, [0.5, 0.5]);
    s = extend(s, [0.6, 0.6]);
    expect(s).toEqual([
      {
        points: [
          [0.1, 0.1],
          [0.2, 0.1],
        ],
      },
      {
        points: [
          [0.5, 0.5],
          [0.6, 0.6],
        ],
      },
    ]);
  });

  it.each([
    ['extend with no stroke', () => extend([], [0.1, 0.1]), []],
    ['begin at null', () => begin([], null), []],
    ['begin at NaN', () => begin([], [Number.NaN, 0]), []],
    ['extend to null', () => extend(begin([], [0, 0]), null), [{ points: [[0, 0]] }]],
  ] as const)('%s changes nothing', (_, run, expected) => expect(run()).toEqual(expected));

  it('never grows a stroke past MAX_POINTS', () => {
    let s = begin([], [0, 0]);
    for (let i = 1; i < MAX_POINTS + 50; i++)
      s = extend(s, [(i % 300) * 0.003, Math.floor(i / 300) * 0.01]);
    expect(s[0]!.points).toHaveLength(MAX_POINTS);
  });

  it('does not change the list it was given', () => {
    const before = begin([], [0, 0]);
    const copy = structuredClone(before);
    extend(before, [0.5, 0.5]);
    expect(before).toEqual(copy);
  });
});

describe('strokePath', () => {
  const table: [string, Stroke, string][] = [
    ['no points', { points: [] }, ''],
    ['a dot', { points: [[0.5, 0.5]] }, 'M100 50h0'],
    [
      'a line',
      {
        points: [
          [0, 0],
          [1, 1],
        ],
      },
      'M0 0L200 100',
    ],
    [
      'bad points skipped',
      {
        points: [
          [0, 0],
          [Number.NaN, 1],
          [0.5, 0],
        ],
      },
      'M0 0L100 0',
    ],
  ];
  it.each(table)('%s', (_, stroke, d) => expect(strokePath(stroke, 200, 100)).toBe(d));
});

import { describe, expect, it } from 'vitest';
import { markSent, wasSent } from './sent-data';

describe('sent-data', () => {
  const data = { type: 'FeatureCollection', features: [] };
  const copy = { ...data };
  it.each([
    ['nothing sent yet', () => ({}), 'countries', data, false],
    ['the same object', (m: object) => markSent(m, 'countries', data), 'countries', data, true],
    [
      'an equal copy is not the same',
      (m: object) => markSent(m, 'countries', data),
      'countries',
      copy,
      false,
    ],
    ['another source', (m: object) => markSent(m, 'countries', data), 'arcs', data, false],
    [
      'newer data replaces',
      (m: object) => (markSent(m, 'countries', data), markSent(m, 'countries', copy)),
      'countries',
      data,
      false,
    ],
    [
      'undefined never counts',
      (m: object) => markSent(m, 'countries', undefined),
      'countries',
      undefined,
      false,
    ],
  ])('%s', (_name, setup, id, asked, expected) => {
    const map = {};
    setup(map);
    expect(wasSent(map, id, asked)).toBe(expected);
  });

  it('keeps maps apart', () => {
    const a = {};
    const b = {};
    markSent(a, 'countries', data);
    expect(wasSent(b, 'countries', data)).toBe(false);
  });
});

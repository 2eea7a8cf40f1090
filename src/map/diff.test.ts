import { describe, expect, it } from 'vitest';
import { changedKeys } from './diff';

describe('changedKeys', () => {
  const cases = [
    { before: undefined, after: undefined, expected: [] },
    { before: { a: 1 }, after: { a: 1 }, expected: [] },
    { before: { a: 1 }, after: { a: 2 }, expected: [{ key: 'a', value: 2 }] },
    { before: { a: 1 }, after: {}, expected: [{ key: 'a', value: undefined }] },
    { before: {}, after: { b: ['get', 'x'] }, expected: [{ key: 'b', value: ['get', 'x'] }] },
    { before: { c: ['match', 1] }, after: { c: ['match', 1] }, expected: [] },
  ];
  it.each(cases)('%#', ({ before, after, expected }) => {
    expect(changedKeys(before, after)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { documentText, withTexts } from './texts';
import type { AtlasData, SourceDocument } from './types';

const doc = (id: string, text?: string): SourceDocument => ({
  id,
  file: `documents/${id}.txt`,
  title: { ja: id, en: id },
  lang: 'ja',
  source: { credit: { ja: 'c', en: 'c' } },
  summary: { ja: '', en: '' },
  ...(text === undefined ? {} : { text }),
});

const atlas = (documents: SourceDocument[]): AtlasData => ({
  documents,
  quotes: [],
  countries: [],
  links: [],
  figures: [],
  events: [],
  regions: [],
  initialRegion: '',
  tour: [],
});

describe('documentText', () => {
  it.each<[string, SourceDocument, Record<string, string> | null, string | undefined]>([
    ['its own text (a teacher’s article) first', doc('a', 'own'), { a: 'loaded' }, 'own'],
    ['the loaded text of a document of data/', doc('a'), { a: 'loaded' }, 'loaded'],
    ['none before the texts arrive', doc('a'), null, undefined],
    ['none for a document the texts do not have', doc('b'), { a: 'loaded' }, undefined],
    ['an empty text is a text', doc('a'), { a: '' }, ''],
    ['not a property of Object.prototype', doc('toString'), {}, undefined],
  ])('%s', (_name, d, texts, expected) => {
    expect(documentText(d, texts)).toBe(expected);
  });
});

describe('withTexts', () => {
  it('fills in the texts it has, keeps the rest, leaves the input alone', () => {
    const own = doc('own', 'mine');
    const input = atlas([doc('a'), own, doc('b')]);
    const out = withTexts(input, { a: 'A', own: 'other' });
    expect(out.documents.map((d) => d.text)).toEqual(['A', 'mine', undefined]);
    expect(out.documents[1]).toBe(own);
    expect(input.documents[0]?.text).toBeUndefined();
  });

  it('returns the same atlas when there is nothing to fill in', () => {
    const input = atlas([doc('a', 'A')]);
    expect(withTexts(input, { a: 'other' })).toBe(input);
  });
});

import { describe, expect, it } from 'vitest';
import { readData } from './lexicon.test-data.ts';
import * as teacher from './teacher.ts';

describe('teacher.ts, the API of "Add an article"', () => {
  it('exports what the interface needs', () => {
    for (const name of [
      'extractArticle',
      'readInput',
      'lexiconFromYaml',
      'documentId',
      'createTeacherArticle',
      'decide',
      'linkKey',
      'figureKey',
      'eventKey',
      'checkTeacherFigure',
      'keptEntries',
      'articleFiles',
      'compileTeacherArticles',
      'mergeAtlas',
      'listArticles',
      'saveArticle',
      'removeArticle',
      'loadZip',
    ]) {
      expect(typeof (teacher as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('loads the zip module only when asked', async () => {
    const zip = await teacher.loadZip();
    expect(typeof zip.articlesToZip).toBe('function');
    expect(typeof zip.zipToArticles).toBe('function');
  });

  it.each([
    ['the real word lists', readData('data/gazetteer.yaml'), readData('data/keywords.yaml'), true],
    ['broken YAML', 'countries: [', readData('data/keywords.yaml'), false],
    ['an empty gazetteer', '', readData('data/keywords.yaml'), false],
    ['a gazetteer of the wrong shape', 'countries: 3', 'x: 1', false],
  ])('lexiconFromYaml: %s', (_, g, k, ok) => {
    const r = teacher.lexiconFromYaml(g, k);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.error).not.toBe('');
  });
});

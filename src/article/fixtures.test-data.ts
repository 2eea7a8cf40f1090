// Test-only: the real articles of fixtures/articles.yaml with their texts.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ExpectedArticle } from './accuracy.ts';

export interface FixtureArticle extends ExpectedArticle {
  lang: 'ja' | 'en';
  title: string;
  url: string;
  licence: string;
  text: string;
}

export function fixtureArticles(): FixtureArticle[] {
  const dir = new URL('./fixtures/', import.meta.url);
  const doc = parse(readFileSync(new URL('articles.yaml', dir), 'utf8')) as {
    articles: Omit<FixtureArticle, 'text'>[];
  };
  return doc.articles.map((a) => ({
    ...a,
    text: readFileSync(new URL(`${a.id}.txt`, dir), 'utf8'),
  }));
}

// Test-only: real articles as a teacher would review them, and the atlas built from data/.
import { readFileSync } from 'node:fs';
import { buildAtlas } from '../../compiler/index.ts';
import type { AtlasData } from '../data/types.ts';
import { extractSync } from './extract.ts';
import { realLexicon } from './lexicon.test-data.ts';
import {
  createTeacherArticle,
  decide,
  eventKey,
  figureKey,
  linkKey,
  type TeacherArticle,
  type TeacherMeta,
} from './model.ts';

const root = new URL('../../', import.meta.url);

let built: AtlasData | undefined;
/** The atlas of data/ (compiled once). */
export function realAtlas(): AtlasData {
  if (built) return built;
  const b = buildAtlas({ root: root.pathname });
  if (!b.data) throw new Error(b.errors.map((e) => e.message).join('\n'));
  return (built = b.data);
}

export function realMeta(): string {
  return readFileSync(new URL('geo/out/countries-meta.json', root), 'utf8');
}

/** A fixture text (src/article/fixtures/<name>.txt). */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');
}

/** An article made from a text, with every proposal accepted where its check allows. */
export function acceptedArticle(
  id: string,
  text: string,
  meta: Partial<TeacherMeta> = {},
): TeacherArticle {
  const lexicon = realLexicon();
  const r = extractSync(text, lexicon);
  if (!r.ok) throw new Error(r.error);
  let a = createTeacherArticle({
    id,
    text: r.text,
    proposals: r.proposals,
    lexicon,
    meta: {
      title: { ja: id, en: id },
      lang: r.lang,
      credit: { ja: 'テスト', en: 'Test' },
      ...meta,
    },
    now: new Date('2026-01-01T00:00:00Z'),
  });
  r.proposals.links.forEach((l, i) => {
    const keys = [
      linkKey(i),
      ...l.figures.map((_, j) => figureKey(i, j)),
      ...l.events.map((_, j) => eventKey(i, j)),
    ];
    for (const k of keys) {
      const d = decide(a, k, { status: 'accepted' });
      if (d.ok) a = d.article;
    }
  });
  return a;
}

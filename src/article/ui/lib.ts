/**
 * Everything "Add an article" needs beyond its button, in one lazily loaded chunk: the
 * extractor, its word lists (data/gazetteer.yaml, data/keywords.yaml, read as text at build time
 * and parsed here), the geometry's country names and label points, and the teacher's atlas.
 * Nothing here is part of the first view's download.
 */
import { parse } from 'yaml';
import gazetteerText from '../../../data/gazetteer.yaml?raw';
import keywordsText from '../../../data/keywords.yaml?raw';
import metaJson from '../../../geo/out/countries-meta.json';
import type { AtlasData } from '../../data/types';
import { EVENT_KINDS } from '../../data/schema';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/messages';
import { buildLexicon, type Lexicon } from '../lexicon.ts';
import type { ArticleDraft } from './review.ts';
import { teacherAtlas, type CountryMeta } from './to-atlas.ts';

export { extractArticle, readInput, loadChrono, MAX_CHARS } from '../extract.ts';
export { findCountries } from '../gazetteer.ts';
export { findAmounts } from '../amounts.ts';
export { findDates } from '../dates.ts';

export const meta = metaJson as unknown as CountryMeta;

let lexicon: Lexicon | undefined;
/** The extractor's word lists, parsed once. */
export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const r = buildLexicon(parse(gazetteerText), parse(keywordsText));
  if (!r.ok) throw new Error(`data/ word lists: ${r.error}`);
  lexicon = r.lexicon;
  return lexicon;
}

const eventKey = (kind: string): MessageKey =>
  ((EVENT_KINDS as readonly string[]).includes(kind)
    ? `articleEvent_${kind}`
    : 'articleEvent_other') as MessageKey;

/** The base atlas with the teacher's accepted proposals, and the links they touch. */
export function buildTeacherAtlas(base: AtlasData, drafts: readonly ArticleDraft[]) {
  const names = new Map(base.countries.map((c) => [c.iso3, c.name]));
  const nameOf = (iso3: string) => names.get(iso3) ?? meta[iso3]?.name ?? { ja: iso3, en: iso3 };
  return teacherAtlas(base, drafts, meta, (kind, a, b) => ({
    ja: `${nameOf(a).ja}・${nameOf(b).ja}: ${translate('ja', eventKey(kind))}`,
    en: `${nameOf(a).en}–${nameOf(b).en}: ${translate('en', eventKey(kind))}`,
  }));
}

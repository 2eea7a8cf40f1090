/**
 * The words an exported image carries: the title of the selection, the "as of" date and the
 * sources' credits, from the atlas data and the app's state. Pure.
 */
import type { AtlasData } from '../data/types';
import type { Lang } from '../i18n/messages';
import { translate } from '../i18n/translate';
import { countryName, type CountryNames } from '../lib/describe';
import { formatDate } from '../lib/format';
import { lastDay } from '../lib/dates';

export interface Selection {
  country: string | null;
  link: string | null;
}

/** The selected country's name, the selected link's two countries, or the atlas's own title. */
export function selectionTitle(
  selection: Selection,
  data: Pick<AtlasData, 'links'>,
  countries: CountryNames,
  lang: Lang,
): string {
  if (selection.country) return countryName(selection.country, countries, lang);
  const link = selection.link ? data.links.find((l) => l.id === selection.link) : undefined;
  if (link)
    return `${countryName(link.a, countries, lang)} – ${countryName(link.b, countries, lang)}`;
  return translate(lang, 'appTitle');
}

/**
 * The newest document's date (its last day): what "latest" means for an image of everything the
 * data holds. Figures' periods are not used: a target's period can lie in the future.
 */
export function latestDay(data: Pick<AtlasData, 'documents'>): string | null {
  const days = data.documents
    .flatMap((d) => (d.date ? [lastDay(d.date.end ?? d.date.iso)] : []))
    .sort();
  return days[days.length - 1] ?? null;
}

/** "As of 1 May 2024", or for the latest view "Latest (documents up to …)". */
export function asOfText(date: string | null, latest: string | null, lang: Lang): string {
  if (date) return translate(lang, 'exportAsOf', { date: formatDate({ iso: date }, lang) });
  if (latest) return translate(lang, 'exportLatest', { date: formatDate({ iso: latest }, lang) });
  return translate(lang, 'timelineLatest');
}

/** One line naming every document's credit once, in the documents' order, then the map's. */
export function creditLines(data: Pick<AtlasData, 'documents'>, lang: Lang): string[] {
  const credits = [...new Set(data.documents.map((d) => d.source.credit[lang]).filter(Boolean))];
  const sep = lang === 'ja' ? '、' : '; ';
  const lines = credits.length
    ? [translate(lang, 'exportSources', { credits: credits.join(sep) })]
    : [];
  return [...lines, translate(lang, 'mapAttribution')];
}

/**
 * Words for arcs, figures and statuses in the interface language: the arcs' accessible names,
 * the tooltips and the relations table all say the same thing the same way.
 */
import type {
  Country,
  EventKind,
  Figure,
  FigureMeasure,
  FigureQualifier,
  LinkKind,
  LinkStatusValue,
} from '../data/types';
import type { Lang, MessageKey } from '../i18n/messages';
import { translate } from '../i18n/translate';
import { formatAmount } from './format';
import type { ArcSpec, ArcStyle } from './links';

export type CountryNames = ReadonlyMap<string, Country>;

export function countryName(iso3: string, countries: CountryNames, lang: Lang): string {
  return countries.get(iso3)?.name[lang] ?? iso3;
}

// Each key is built from a closed list (src/data/schema.ts) and checked with `satisfies`: a kind,
// status or measure without a message fails the type check, not the render.
export const kindLabel = (kind: LinkKind, lang: Lang) =>
  translate(lang, `kind_${kind}` satisfies MessageKey);
/** A link's kinds as one phrase: `貿易・投資` / `trade, investment`. */
export const kindsText = (kinds: readonly LinkKind[], lang: Lang): string =>
  kinds.map((k) => kindLabel(k, lang)).join(lang === 'ja' ? '・' : ', ');

export const styleLabel = (style: ArcStyle, lang: Lang) =>
  translate(lang, `style_${style}` satisfies MessageKey);
export const statusLabel = (status: LinkStatusValue, lang: Lang) =>
  translate(lang, `status_${status}` satisfies MessageKey);
export const measureLabel = (measure: FigureMeasure, lang: Lang) =>
  translate(lang, `measure_${snake(measure)}` satisfies MessageKey);
/** How a figure's amount is qualified (exactly / at least / more than / about). */
export const qualifierLabel = (qualifier: FigureQualifier, lang: Lang) =>
  translate(lang, `articleQual_${qualifier}` satisfies MessageKey);
export const eventKindLabel = (kind: EventKind, lang: Lang) =>
  translate(lang, `articleEvent_${kind}` satisfies MessageKey);
/** A kind a teacher's article proposes for a link: a link kind, or the `severed` status. */
export const proposedKindLabel = (kind: LinkKind | 'severed', lang: Lang) =>
  kind === 'severed' ? statusLabel(kind, lang) : kindLabel(kind, lang);

type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
/** `total-trade` → `total_trade`, with the type to match. */
const snake = <S extends string>(s: S): Snake<S> => s.replaceAll('-', '_') as Snake<S>;

/** "$5.9B (2020)" / "59億ドル(2020年)", with its qualifier. */
export function figureText(figure: Figure, lang: Lang): string {
  const space = lang === 'ja' ? '' : ' ';
  return `${formatAmount(figure.value, figure.qualifier, lang)}${space}(${figure.period.label[lang]})`;
}

/** The accessible name of an arc, e.g. "Russia – Kazakhstan: trade $28B (2023)". */
export function arcLabel(
  arc: ArcSpec,
  kinds: readonly LinkKind[],
  countries: CountryNames,
  lang: Lang,
): string {
  const a = countryName(arc.from, countries, lang);
  const b = countryName(arc.to, countries, lang);
  let text: string;
  if (arc.figure && arc.directed) {
    text = translate(lang, 'arcDirected', {
      from: a,
      to: b,
      amount: formatAmount(arc.figure.value, arc.figure.qualifier, lang),
      period: arc.figure.period.label[lang],
    });
  } else if (arc.figure) {
    text = translate(lang, 'arcTrade', {
      a,
      b,
      amount: formatAmount(arc.figure.value, arc.figure.qualifier, lang),
      period: arc.figure.period.label[lang],
    });
  } else {
    text = translate(lang, 'arcKind', { a, b, kind: kindsText(kinds, lang) });
  }
  return arc.severed ? `${text} ${translate(lang, 'arcSevered')}` : text;
}

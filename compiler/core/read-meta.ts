/**
 * The geometry's country list (`geo/out/countries-meta.json`): names and label points.
 */
import type { CountryMetaEntry, Ctx, Origin } from './context.ts';
import { suggest } from './issues.ts';
import { describe, isObj } from './reader.ts';

export function readMeta(ctx: Ctx): void {
  const { file, text, error } = ctx.input.meta;
  if (error !== undefined) {
    ctx.errors.push({
      file,
      path: '',
      message: error,
      fix: 'run npm run geo again to rewrite it',
    });
    return;
  }
  if (text === undefined) {
    ctx.errors.push({
      file,
      path: '',
      message: 'not found: the atlas needs the country names and label points of the geometry',
      fix: 'run npm run geo first (it writes this file), then try again',
    });
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    ctx.errors.push({
      file,
      path: '',
      message: `not valid JSON (${e instanceof Error ? e.message : String(e)})`,
      fix: 'run npm run geo again to rewrite it',
    });
    return;
  }
  if (!isObj(parsed)) {
    ctx.errors.push({
      file,
      path: '',
      message: `expected an object of countries keyed by ISO alpha-3 code, found ${describe(parsed)}`,
      fix: 'run npm run geo again to rewrite it',
    });
    return;
  }
  ctx.meta = new Map(Object.entries(parsed));
}

/** The meta entry of a country, checked; `undefined` (with an error) when unusable. */
export function metaOf(ctx: Ctx, iso3: string, o: Origin): CountryMetaEntry | undefined {
  if (!ctx.meta) return undefined;
  const e = ctx.meta.get(iso3);
  if (e === undefined) {
    o.r.error(
      o.path,
      `unknown country code ${iso3}: it is not in the geometry (${ctx.input.meta.file})${suggestCountry(ctx, iso3)}`,
      'use the ISO 3166-1 alpha-3 code of a country on the map (e.g. KAZ, KOR, PRK)',
    );
    return undefined;
  }
  const name = isObj(e) && isObj(e.name) ? e.name : undefined;
  const label = isObj(e) ? e.label : undefined;
  if (
    !name ||
    typeof name.en !== 'string' ||
    typeof name.ja !== 'string' ||
    !Array.isArray(label) ||
    label.length !== 2 ||
    !label.every((x) => typeof x === 'number' && Number.isFinite(x))
  ) {
    ctx.errors.push({
      file: ctx.input.meta.file,
      path: iso3,
      message: 'the entry lacks name.en, name.ja or a [lon, lat] label',
      fix: 'run npm run geo again to rewrite it',
    });
    return undefined;
  }
  return { name: { en: name.en, ja: name.ja }, label: [label[0] as number, label[1] as number] };
}

/**
 * `; did you mean 'JPN'? (Japan)` for an unknown code, or empty. A code that begins a country's
 * English name wins over one a letter away (`JAP` → JPN Japan, not JAM Jamaica; `GER` → DEU).
 */
export function suggestCountry(ctx: Ctx, code: string): string {
  if (!ctx.meta) return '';
  const nameOf = (iso3: string): string | undefined => {
    const e = ctx.meta?.get(iso3);
    const en = isObj(e) && isObj(e.name) ? e.name.en : undefined;
    return typeof en === 'string' ? en : undefined;
  };
  const typed = code.toLowerCase();
  let best: string | undefined;
  for (const iso3 of ctx.meta.keys()) {
    const name = nameOf(iso3)
      ?.toLowerCase()
      .replace(/[^a-z]/g, '');
    if (name?.startsWith(typed) && (best === undefined || iso3 < best)) best = iso3;
  }
  best ??= suggest(code, ctx.meta.keys());
  if (best === undefined) return '';
  const name = nameOf(best);
  return `; did you mean '${best}'?${name ? ` (${name})` : ''}`;
}

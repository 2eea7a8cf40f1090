import type { Lang } from '../i18n/messages';
import { isLang } from '../i18n/translate';

const KEY = 'bilateral-atlas:lang';

/** The remembered interface language; storage may be blocked (private mode, policy). */
export function loadStoredLang(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Lang | null {
  try {
    const value = storage?.getItem(KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLang(
  lang: Lang,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(KEY, lang);
  } catch {
    // Storage is optional: the URL still carries the language.
  }
}

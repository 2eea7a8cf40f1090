import type { Lang, MessageKey } from '../i18n/messages';
import { translate } from '../i18n/translate';
import type { UrlState } from '../lib/url-state';

/**
 * The one state object that drives the panels, the map emphasis and the URL. Layers report
 * hover and click upward through callbacks; only this object holds the selection.
 */
export class AppState {
  lang: Lang = $state('en');
  country: string | null = $state(null);
  link: string | null = $state(null);
  date: string | null = $state(null);
  tour: number | null = $state(null);
  /** The tour presented when not the guided one: its id (URL `tour=<id>:N`). */
  tourId: string | null = $state(null);

  constructor(lang: Lang) {
    this.lang = lang;
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(this.lang, key, params);

  selectCountry(iso3: string | null): void {
    this.country = iso3;
    this.link = null;
  }

  selectLink(id: string | null): void {
    this.link = id;
    this.country = null;
  }

  /** What goes into the URL. */
  get url(): UrlState {
    return {
      country: this.country ?? undefined,
      link: this.link ?? undefined,
      lang: this.lang,
      date: this.date ?? undefined,
      tour: this.tour ?? undefined,
      tourId: this.tour !== null ? (this.tourId ?? undefined) : undefined,
    };
  }

  /** Applies a parsed URL: absent keys clear the selection (back/forward restores it exactly). */
  applyUrl(state: UrlState): void {
    this.country = state.country ?? null;
    this.link = state.country ? null : (state.link ?? null);
    if (state.lang) this.lang = state.lang;
    this.date = state.date ?? null;
    this.tour = state.tour ?? null;
    this.tourId = state.tour !== undefined ? (state.tourId ?? null) : null;
  }
}

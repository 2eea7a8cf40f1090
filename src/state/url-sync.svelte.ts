import { parseUrlState, writeUrlState, type UrlValidity } from '../lib/url-state';
import type { AppState } from './app.svelte';

/**
 * Keeps the URL hash and the AppState in step, beside MapLibre's own `map=` parameter.
 * Selection changes are history entries (back and forward restore them); language, date and
 * tour-step changes replace the current entry. Call inside a component: it registers effects.
 * `onnavigate` runs after the state was taken from the URL (back/forward, an edited hash).
 */
export function syncUrl(app: AppState, validity: UrlValidity, onnavigate: () => void): void {
  const selectionOf = () => `${app.country}|${app.link}`;
  let lastSelection = selectionOf();

  $effect(() => {
    const next = writeUrlState(location.hash, app.url);
    const selection = selectionOf();
    if (next === location.hash) return;
    const url = `${location.pathname}${location.search}${next}`;
    if (selection !== lastSelection) history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
    lastSelection = selection;
  });

  $effect(() => {
    const onPop = () => {
      app.applyUrl(parseUrlState(location.hash, validity));
      lastSelection = selectionOf();
      onnavigate();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  });
}

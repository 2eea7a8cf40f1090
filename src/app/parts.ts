/**
 * The parts of the interface the first view does not show (issue 14), each a chunk of its own:
 * imported on first use (`{#await parts.x.load()}` where it is used, with a pending state), and
 * by `prefetchWhenIdle(PREFETCH)` once the first view is drawn. A new feature adds its line here.
 */
import { lazy } from '../lib/lazy';

export const parts = {
  reader: lazy(() => import('../panels/DocumentReader.svelte')),
  table: lazy(() => import('../panels/RelationsTable.svelte')),
  presentation: lazy(() => import('../tour/PresentationOverlay.svelte')),
  svgMap: lazy(() => import('../map/svg/SvgMap.svelte')),
  share: lazy(() => import('../kit/ShareDialog.svelte')),
};

/** What is loaded in idle time after the first view, most likely first. */
export const PREFETCH = [parts.reader, parts.table, parts.share, parts.presentation, parts.svgMap];

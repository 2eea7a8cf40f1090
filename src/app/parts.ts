/**
 * The parts of the interface the first view does not show (issue 14), each a chunk of its own:
 * imported on first use (`{#await parts.x.load()}` where it is used, with a pending state), and
 * by `prefetchWhenIdle(PREFETCH)` once the first view is drawn. A new feature adds its line here.
 */
import { documentTexts } from '../data/texts.svelte';
import { lazy } from '../lib/lazy';

/** A part that shows the documents' texts: its chunk and theirs, both before it opens. */
const withTexts =
  <T>(importer: () => Promise<{ default: T }>) =>
  async () => {
    const [m] = await Promise.all([importer(), documentTexts.load()]);
    return m;
  };

export const parts = {
  reader: lazy(withTexts(() => import('../panels/DocumentReader.svelte'))),
  table: lazy(() => import('../panels/RelationsTable.svelte')),
  presentation: lazy(withTexts(() => import('../tour/PresentationOverlay.svelte'))),
  svgMap: lazy(() => import('../map/svg/SvgMap.svelte')),
  share: lazy(() => import('../kit/ShareDialog.svelte')),
};

/** What is loaded in idle time after the first view, most likely first. */
export const PREFETCH = [
  documentTexts,
  parts.reader,
  parts.table,
  parts.share,
  parts.presentation,
  parts.svgMap,
];

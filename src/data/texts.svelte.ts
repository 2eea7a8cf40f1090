/**
 * The documents' verbatim texts, a chunk of their own (issue 14): the first view's dataset
 * (`virtual:atlas-data`) has none. Loaded on first use — a quote shown in its sentence, the
 * reader, the presentation, the handout, "Add an article" — or in idle time after the first view
 * (`PREFETCH` in `app/parts.ts`). `textOf()` is reactive: a quote shown alone before the texts
 * arrive is shown in its sentence once they have.
 */
import { lazy } from '../lib/lazy';
import { documentText, type DocumentTexts } from './texts';
import type { SourceDocument } from './types';

let loaded: DocumentTexts | null = $state.raw(null);

/** The texts' chunk, imported once (a failed import is tried again on the next use). */
export const documentTexts = lazy(async () => {
  const m = await import('virtual:atlas-texts');
  loaded = m.default;
  return m;
});

/** A document's text, or undefined while the texts' chunk has not arrived. */
export function textOf(doc: Pick<SourceDocument, 'id' | 'text'>): string | undefined {
  return documentText(doc, loaded);
}

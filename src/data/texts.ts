/**
 * The documents' verbatim texts as data: pure, for the loader (`texts.svelte.ts`) and its tests.
 */
import type { AtlasData, SourceDocument } from './types';

/** Document id → verbatim text (`virtual:atlas-texts`). */
export type DocumentTexts = Readonly<Record<string, string>>;

/** A document's text: its own (a teacher's article), else the one in `texts`, else none yet. */
export function documentText(
  doc: Pick<SourceDocument, 'id' | 'text'>,
  texts: DocumentTexts | null,
): string | undefined {
  return doc.text ?? (texts && Object.hasOwn(texts, doc.id) ? texts[doc.id] : undefined);
}

/** The atlas with every document's text that `texts` has filled in (those it has keep theirs). */
export function withTexts(data: AtlasData, texts: DocumentTexts): AtlasData {
  if (data.documents.every((d) => documentText(d, texts) === d.text)) return data;
  return {
    ...data,
    documents: data.documents.map((d) => {
      const text = documentText(d, texts);
      return text === d.text ? d : { ...d, text };
    }),
  };
}

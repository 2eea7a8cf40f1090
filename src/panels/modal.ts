/**
 * Opens a <dialog> as a modal and returns the cleanup that closes it and gives focus back to
 * whatever had it before (the button that opened the reader or the table).
 */
export function openModal(dialog: HTMLDialogElement): () => void {
  const opener = document.activeElement as HTMLElement | null;
  dialog.showModal();
  return () => {
    if (dialog.open) dialog.close();
    opener?.focus?.();
  };
}

/**
 * A dialog's keydown handler: Esc is taken there (its default and its way up to the page, whose
 * own Esc clears the selection, both stopped) and calls `onescape`; other keys pass.
 */
export function escapeCloses(onescape: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onescape();
  };
}

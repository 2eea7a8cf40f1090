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

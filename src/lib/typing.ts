/**
 * Whether a key went to a place where a person types (a field, a list, editable text): page
 * shortcuts (region numbers, `P`, the clicker keys) leave those keys alone.
 */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const el = target as { isContentEditable?: unknown; tagName?: unknown };
  return (
    el.isContentEditable === true ||
    (typeof el.tagName === 'string' && /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
  );
}

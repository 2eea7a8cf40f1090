/**
 * "Go to step N": `G`, then digits, then Enter (digits + Enter alone also work, through the
 * clicker reducer). Pure: what the typed text means for a tour of `count` steps.
 */

/** The step the typed text names, or null when it names none (empty, 0, past the end, not digits). */
export function jumpTarget(typed: string, count: number): number | null {
  const text = typed.trim().replace(/^[gG]\s*/, '');
  if (!/^\d{1,4}$/.test(text)) return null;
  const n = Number(text);
  return Number.isInteger(count) && n >= 1 && n <= count ? n : null;
}

export type JumpHint =
  { kind: 'ask'; count: number } | { kind: 'go'; n: number } | { kind: 'none' };

/** What the prompt says while `G` is armed: the range to type, the step Enter goes to, or none. */
export function jumpHint(typed: string, count: number): JumpHint {
  if (typed === '') return { kind: 'ask', count };
  const n = jumpTarget(typed, count);
  return n === null ? { kind: 'none' } : { kind: 'go', n };
}

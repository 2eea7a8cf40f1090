/**
 * Which keys of a paint or layout object changed, so a layer is updated in place with
 * `setPaintProperty`/`setLayoutProperty` rather than removed and added again.
 */
export function changedKeys(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): { key: string; value: unknown }[] {
  const prev = before ?? {};
  const next = after ?? {};
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)]);
  const changes: { key: string; value: unknown }[] = [];
  for (const key of keys) {
    if (JSON.stringify(prev[key]) !== JSON.stringify(next[key])) {
      changes.push({ key, value: next[key] });
    }
  }
  return changes;
}

/**
 * Which data each map's GeoJSON sources were last given, so that nobody sends the same data twice:
 * MapLibre cuts every tile again on each `setData`, even of the same object. The map's early start
 * (`early-map.ts`) adds the countries' source before the interface exists; `GeoJsonSource` then
 * adopts it instead of adding or filling it again. Pure: keyed by the map object, held weakly.
 */
const sent = new WeakMap<object, Map<string, unknown>>();

export function markSent(map: object, id: string, data: unknown): void {
  let byId = sent.get(map);
  if (!byId) sent.set(map, (byId = new Map()));
  byId.set(id, data);
}

/** Whether `map`'s source `id` was last given exactly this `data` (the same object). */
export function wasSent(map: object, id: string, data: unknown): boolean {
  return sent.get(map)?.get(id) === data && data !== undefined;
}

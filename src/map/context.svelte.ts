import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('bilateral-atlas-map');

/**
 * Shares the one MapLibre map with the components that add sources and layers to it. The map is
 * held raw: a deep proxy around a MapLibre object would slow every call and break identity.
 * `MapView` creates it and is the only one that sets it.
 */
export class MapContext {
  #map: MapLibreMap | null = $state.raw(null);

  get map(): MapLibreMap {
    if (!this.#map) throw new Error('The map is used before it exists (use it inside MapView).');
    return this.#map;
  }

  get ready(): boolean {
    return this.#map !== null;
  }

  set(map: MapLibreMap | null): void {
    this.#map = map;
  }
}

export function provideMap(ctx: MapContext): MapContext {
  return setContext(KEY, ctx);
}

export function useMap(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('useMap() is called outside <MapView>.');
  return ctx;
}

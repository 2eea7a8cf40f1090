// Minimal typings for the untyped build-time geometry libraries used by geo/build.ts.
// (No @types packages exist for these; only the functions we call are declared.)

declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (array of rings); `distance` is the distance to the nearest edge. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): number[] & { distance: number };
}

declare module 'topojson-server' {
  import type { Topology } from 'topojson-specification';
  export function topology(
    objects: Record<string, GeoJSON.GeoJsonObject>,
    quantization?: number,
  ): Topology;
}

declare module 'topojson-simplify' {
  import type { Topology } from 'topojson-specification';
  /** A point of a presimplified arc: [x, y, weight]. */
  export type WeightedPoint = [number, number, number];
  export type Triangle = [WeightedPoint, WeightedPoint, WeightedPoint];
  export function presimplify(
    topology: Topology,
    weight?: (triangle: Triangle) => number,
  ): Topology;
  export function simplify(topology: Topology, minWeight?: number): Topology;
  export function filter(
    topology: Topology,
    filter?: (ring: number[], interior: boolean) => boolean,
  ): Topology;
  export function filterAttached(topology: Topology): (ring: number[]) => boolean;
  export function planarTriangleArea(triangle: Triangle): number;
  export function sphericalTriangleArea(triangle: Triangle): number;
}

declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo';
  /** `object` through `projection` (its clipping included), as GeoJSON in the projection's plane. */
  export function geoProject<T extends GeoJSON.GeoJSON>(object: T, projection: GeoProjection): T;
}

import { geoMercator, type GeoProjection } from 'd3-geo';
import type { LngLat } from '../data/schema';

/** The map's camera and size in CSS pixels: the vector export draws the same extent. */
export type MapViewBox = { width: number; height: number; center: LngLat; zoom: number };

/** MapLibre's Web Mercator: a world 512 × 2^zoom pixels wide, the camera centre in the middle. */
export const mapProjection = ({ width, height, center, zoom }: MapViewBox): GeoProjection =>
  geoMercator().scale((512 * 2 ** zoom) / (2 * Math.PI)).center(center).translate([width / 2, height / 2])
    .clipExtent([[0, 0], [width, height]]);

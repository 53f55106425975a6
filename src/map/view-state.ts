import type { LngLatBoundsLike } from 'maplibre-gl';
import type { Atlas, CorridorId } from '../data/schema';
import { citiesOfYear } from '../state/atlas-queries';
import { lineActiveIn } from '../data/shown-in-year';

/** China and its neighbours to Europe and the Indian Ocean: the view until the data is in. */
export const INITIAL_BOUNDS: LngLatBoundsLike = [[-10, -6], [142, 60]];
/** Low enough that the corridors' whole reach fits a 320 px wide screen. */
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 9;

type Shown = { cities: boolean } & Partial<Record<CorridorId, boolean>>;

/** The box around what a year shows: its pilot cities and the lines of the corridors switched on. */
export function yearBounds(atlas: Atlas, year: number, shown: Shown): [[number, number], [number, number]] | null {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const add = ([lng, lat]: readonly [number, number]) => {
    west = Math.min(west, lng); east = Math.max(east, lng);
    south = Math.min(south, lat); north = Math.max(north, lat);
  };
  if (shown.cities) for (const { city } of citiesOfYear(atlas, year)) add(city.lngLat);
  for (const line of atlas.lines) {
    if (shown[line.corridorId] === false || !lineActiveIn(line, year)) continue;
    for (const leg of line.legs) leg.path.forEach(add);
  }
  return west <= east ? [[west, south], [east, north]] : null;
}

/** Room around the framed box; more on the right, where city labels run. */
export function framePadding(width: number, height: number): { top: number; bottom: number; left: number; right: number } {
  const side = Math.round(Math.min(24, width * 0.05));
  return { top: Math.round(Math.min(24, height * 0.06)), bottom: Math.round(Math.min(24, height * 0.06)), left: side, right: Math.round(Math.min(72, width * 0.16)) };
}

/**
 * Where the map looks until the reader (or a link, or a story step) sets a camera: what `year` shows in a box of
 * `width` × `height`; before the data is in, China and its neighbours.
 */
export function defaultFrame(atlas: Atlas | null, year: number, shown: Shown, width: number, height: number): { bounds: LngLatBoundsLike; padding: number | ReturnType<typeof framePadding> } {
  const bounds = atlas ? yearBounds(atlas, year, shown) : null;
  return bounds ? { bounds, padding: framePadding(width, height) } : { bounds: INITIAL_BOUNDS, padding: 16 };
}

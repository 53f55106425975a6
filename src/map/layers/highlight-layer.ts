import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { City } from '../../data/schema';
import { membershipIn } from '../../data/records';
import type { RGBA } from '../../cartography/palette';
import { CITY_MIN_RADIUS_PX, clearFillOf } from './city-layer';

export const HIGHLIGHT_LAYER_ID = 'highlighted-cities';
const HIGHLIGHT: RGBA = [200, 30, 90, 255];

/** 1 when the ring shows: the city is talked about and was a pilot in `year` (a ring in other years reads as a pilot). */
export const highlightValue = (city: City, cityIds: readonly string[], year: number): 0 | 1 =>
  cityIds.includes(city.id) && membershipIn(city, year) !== undefined ? 1 : 0;

/** A bold ring around the cities a story step or a measure talks about, in the years they were pilots; a click inside picks the city. */
export const highlightLayerProps = (
  cities: City[], cityIds: readonly string[], year: number, visible: boolean,
): ScatterplotLayerProps<City> & DataFilterExtensionProps<City> => ({
  id: HIGHLIGHT_LAYER_ID, data: cities, visible: visible && cityIds.length > 0, pickable: true,
  getPosition: (c) => c.lngLat, getRadius: 15, radiusUnits: 'pixels', radiusMinPixels: CITY_MIN_RADIUS_PX, stroked: true,
  lineWidthUnits: 'pixels', getLineWidth: 3, getLineColor: HIGHLIGHT, getFillColor: clearFillOf(HIGHLIGHT),
  getFilterValue: (c) => highlightValue(c, cityIds, year), filterRange: [1, 1],
  // Recomputed only while something is highlighted (a story step or a measure), so the year can ride along.
  updateTriggers: { getFilterValue: [cityIds, year] },
});

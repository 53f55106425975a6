import type { ScatterplotLayerProps } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { City } from '../../data/schema';
import type { RGBA } from '../palette';

export const HIGHLIGHT_LAYER_ID = 'highlighted-cities';
const HIGHLIGHT: RGBA = [200, 30, 90, 255];

/** A bold ring around the cities a story step or a measure talks about. */
export const highlightLayerProps = (
  cities: City[], cityIds: readonly string[], visible: boolean,
): ScatterplotLayerProps<City> & DataFilterExtensionProps<City> => ({
  id: HIGHLIGHT_LAYER_ID, data: cities, visible: visible && cityIds.length > 0, pickable: false,
  getPosition: (c) => c.lngLat, getRadius: 15, radiusUnits: 'pixels', filled: false, stroked: true,
  lineWidthUnits: 'pixels', getLineWidth: 3, getLineColor: HIGHLIGHT,
  getFilterValue: (c) => (cityIds.includes(c.id) ? 1 : 0), filterRange: [1, 1],
  updateTriggers: { getFilterValue: cityIds },
});

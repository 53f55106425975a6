import type { ScatterplotLayerProps, TextLayerProps } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { City } from '../../data/schema';
import { firstYearOf, membershipIn } from '../../data/records';
import type { Lang } from '../../lib/i18n';
import { HALO, LABEL_COLOR, type CohortPalette, type RGBA } from '../../cartography/palette';
import { CITY_MARK, cityName } from '../../cartography/label-placement';
import { LAYER_IDS } from './layer-ids';

type Filtered<P> = P & DataFilterExtensionProps<City>;
const NEVER = 0;

/** 1 when the city is a pilot in `year`, else 0; the GPU filter keeps the 1s. */
export const activeIn = (year: number) => (c: City) => (membershipIn(c, year) ? 1 : NEVER);
const joinedYear = (c: City) => firstYearOf(c) ?? NEVER;

/** The cities' dots never shrink below this radius on screen (the rings are larger). */
export const CITY_MIN_RADIUS_PX = 4;

/** Inferred membership is drawn paler with a dark outline; confirmed is solid. */
export const cityFill = (year: number, palette: CohortPalette) => (c: City): RGBA =>
  palette.rgba(firstYearOf(c) ?? year, membershipIn(c, year)?.status === 'inferred' ? 110 : 245);
export const cityLine = (year: number, selectedId: string | null, palette: CohortPalette) => (c: City): RGBA =>
  c.id === selectedId ? [17, 17, 17, 255] : membershipIn(c, year)?.status === 'inferred' ? palette.rgba(firstYearOf(c) ?? year) : HALO;

export const cityLayerProps = (
  cities: City[], year: number, selectedId: string | null, visible: boolean, palette: CohortPalette,
): Filtered<ScatterplotLayerProps<City>> => ({
  id: LAYER_IDS.cities, data: cities, visible, pickable: true,
  getPosition: (c) => c.lngLat, getRadius: CITY_MARK.dotRadiusPx, radiusUnits: 'pixels', radiusMinPixels: CITY_MIN_RADIUS_PX,
  stroked: true, lineWidthUnits: 'pixels', getLineWidth: (c) => (c.id === selectedId ? 3 : 1.5),
  getFillColor: cityFill(year, palette), getLineColor: cityLine(year, selectedId, palette),
  getFilterValue: activeIn(year), filterRange: [1, 1],
  updateTriggers: { getFillColor: [year, palette], getLineColor: [year, selectedId, palette], getLineWidth: selectedId, getFilterValue: year },
});

/**
 * A ring drawn as a circle with a clear fill of the line's colour: the same pixels as a stroke-only circle, so the
 * rings join the cities' layer. A click inside the ring picks its city.
 */
export const clearFillOf = ([r, g, b]: RGBA): RGBA => [r, g, b, 0];

/** A ring around the cities that joined in the selected year. */
export const newCityRingProps = (
  cities: City[], year: number, visible: boolean, palette: CohortPalette,
): Filtered<ScatterplotLayerProps<City>> => ({
  id: 'pilot-cities-added', data: cities, visible, pickable: true,
  getPosition: (c) => c.lngLat, getRadius: 12, radiusUnits: 'pixels', radiusMinPixels: CITY_MIN_RADIUS_PX, stroked: true,
  lineWidthUnits: 'pixels', getLineWidth: 2, getLineColor: (c) => palette.rgba(joinedYear(c)),
  getFillColor: (c) => clearFillOf(palette.rgba(joinedYear(c))),
  // The year the city joined, kept where it is the year shown.
  getFilterValue: joinedYear, filterRange: [year, year],
  updateTriggers: { getLineColor: palette, getFillColor: palette },
});

export const cityLabelProps = (
  cities: City[], year: number, lang: Lang, visible: boolean, fontFamily: string, shownIds: ReadonlySet<string>,
): Filtered<TextLayerProps<City>> => ({
  id: LAYER_IDS.cityLabels, data: cities, visible, pickable: false,
  getPosition: (c) => c.lngLat, getText: (c) => cityName(c, lang), getSize: CITY_MARK.fontPx, sizeUnits: 'pixels',
  getPixelOffset: [CITY_MARK.labelOffsetPx, 0], getTextAnchor: 'start', getAlignmentBaseline: 'center',
  getColor: LABEL_COLOR, outlineWidth: 3, outlineColor: HALO, fontSettings: { sdf: true },
  fontFamily, characterSet: 'auto',
  // Which labels fit is decided on screen (label-placement.ts); deck.gl's collision filter fails
  // in interleaved mode (visgl/deck.gl#7864).
  getFilterValue: (c) => (shownIds.has(c.id) ? activeIn(year)(c) : NEVER), filterRange: [1, 1],
  updateTriggers: { getText: lang, getFilterValue: [year, shownIds] },
});

import type { PathLayerProps, PolygonLayerProps, ScatterplotLayerProps } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { LngLat } from '../../data/schema';
import type { Place } from '../../data/places-schema';
import { placeShownFrom } from '../../data/places';
import { memoizeLast } from '../../lib/memo';
import type { RGBA } from '../../cartography/palette';
export { PLACE_CSS } from '../../cartography/place-palette';

export const PLACE_LAYER_IDS = { areas: 'place-areas', markers: 'place-markers', routes: 'place-routes' } as const;
const AREA_FILL: RGBA = [204, 121, 167, 110];
const AREA_LINE: RGBA = [150, 60, 120, 255];
const MARKER: RGBA = [122, 62, 157, 255];
const ROUTE: RGBA = [230, 159, 0, 255];
const SELECTED: RGBA = [17, 17, 17, 255];

/** One drawn marker of a place that marks several points. */
export type PlaceMarker = { place: Place; position: LngLat; id: string };

type Filtered<P, D> = P & DataFilterExtensionProps<D>;
/** The GPU keeps what shows by `year` (placeShownIn): a year step moves the range and recomputes nothing. */
const shownBy = (year: number): [number, number] => [0, year];

const firstShownCache = new WeakMap<readonly unknown[], number>();
/**
 * Drawn at all in `year`: a layer none of whose places shows yet is switched off rather than drawn with every item
 * filtered out, which saves its draw call (the places start in 2025 and 2026).
 */
function anyShownIn<T>(items: readonly T[], placeOf: (item: T) => Place, year: number): boolean {
  let first = firstShownCache.get(items);
  if (first === undefined) firstShownCache.set(items, (first = Math.min(...items.map((i) => placeShownFrom(placeOf(i))))));
  return first <= year;
}
const itself = (p: Place) => p;

export const placesByKind = memoizeLast((places: readonly Place[]) => ({
  areas: places.filter((p) => p.kind === 'area'),
  routes: places.filter((p) => p.kind === 'route'),
  markers: places.filter((p) => p.kind === 'markers')
    .flatMap((place) => place.points.map((position, i): PlaceMarker => ({ place, position, id: `${place.id}#${i}` }))),
}));

export const placeAreaProps = (
  areas: Place[], year: number, selectedId: string | null, visible: boolean,
): Filtered<PolygonLayerProps<Place>, Place> => ({
  id: PLACE_LAYER_IDS.areas, data: areas, visible: visible && anyShownIn(areas, itself, year), pickable: true,
  getPolygon: (p) => p.rings[0] ?? [], filled: true, stroked: true,
  getFillColor: AREA_FILL, getLineColor: (p) => (p.id === selectedId ? SELECTED : AREA_LINE),
  lineWidthUnits: 'pixels', getLineWidth: (p) => (p.id === selectedId ? 3 : 1.5),
  getFilterValue: placeShownFrom, filterRange: shownBy(year),
  updateTriggers: { getLineColor: selectedId, getLineWidth: selectedId },
});

export const placeMarkerProps = (
  markers: PlaceMarker[], year: number, selectedId: string | null, visible: boolean,
): Filtered<ScatterplotLayerProps<PlaceMarker>, PlaceMarker> => ({
  id: PLACE_LAYER_IDS.markers, data: markers, visible: visible && anyShownIn(markers, (m) => m.place, year), pickable: true,
  getPosition: (m) => m.position, getRadius: 17, radiusUnits: 'pixels', filled: false, stroked: true,
  lineWidthUnits: 'pixels', getLineWidth: (m) => (m.place.id === selectedId ? 4 : 2.5),
  getLineColor: (m) => (m.place.id === selectedId ? SELECTED : MARKER),
  getFilterValue: (m) => placeShownFrom(m.place), filterRange: shownBy(year),
  updateTriggers: { getLineColor: selectedId, getLineWidth: selectedId },
});

/** Flows the sources give no route for are illustrative: drawn dashed. */
export const placeRouteProps = (
  routes: Place[], year: number, selectedId: string | null, visible: boolean,
): Filtered<PathLayerProps<Place>, Place> & { getDashArray: (p: Place) => [number, number] } => ({
  id: PLACE_LAYER_IDS.routes, data: routes, visible: visible && anyShownIn(routes, itself, year), pickable: true,
  getPath: (p) => p.points, getColor: (p) => (p.id === selectedId ? SELECTED : ROUTE),
  widthUnits: 'pixels', getWidth: (p) => (p.id === selectedId ? 5 : 3.5), capRounded: true,
  getDashArray: (p) => (p.alignment === 'illustrative' ? [3, 2] : [0, 0]),
  getFilterValue: placeShownFrom, filterRange: shownBy(year),
  updateTriggers: { getColor: selectedId, getWidth: selectedId },
});

/** The place a picked object stands for: a place, or a marker of one. */
export const placeOfPicked = (object: unknown): Place | null => {
  const o = object as Partial<PlaceMarker & Place> | null;
  if (!o) return null;
  return o.place ?? (o.kind ? (o as Place) : null);
};

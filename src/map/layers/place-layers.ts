import type { Atlas } from '../../data/schema';
import { placesOf } from '../../data/places';
import { placeAreaProps, placeMarkerProps, placeRouteProps, placesByKind } from './place-layer';

/** Props of the three place layers (areas, marked places, flows), from stable arrays per atlas. */
export function placeLayersProps(atlas: Atlas, year: number, selectedId: string | null, visible: boolean) {
  const { areas, markers, routes } = placesByKind(placesOf(atlas));
  return {
    areas: placeAreaProps(areas, year, selectedId, visible),
    markers: placeMarkerProps(markers, year, selectedId, visible),
    routes: placeRouteProps(routes, year, selectedId, visible),
  };
}

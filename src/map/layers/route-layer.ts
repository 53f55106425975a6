import type { PathLayerProps } from '@deck.gl/layers';
import type { LngLat } from '../../data/schema';
import type { RGBA } from '../../cartography/palette';

export const ROUTE_LAYER_ID = 'route-options';

/** What the map needs of a route option. */
export type RoutePath = { id: string; path: LngLat[]; index: number };

/** Distinct from the corridor colours: route options are drawn as a dark casing over them. */
const ROUTE_COLOR: RGBA = [25, 25, 35, 230];
const ROUTE_DIM: RGBA = [25, 25, 35, 90];

/** All options of the comparison; the one in focus (or all, with none in focus) is drawn strong. */
export const routeLayerProps = (routes: RoutePath[], focus: number | null): PathLayerProps<RoutePath> => ({
  id: ROUTE_LAYER_ID, data: routes, pickable: false, visible: routes.length > 0,
  getPath: (r) => r.path, widthUnits: 'pixels', capRounded: true, jointRounded: true,
  getWidth: (r) => (focus === null ? 4 : r.index === focus ? 7 : 3),
  getColor: (r) => (focus === null || r.index === focus ? ROUTE_COLOR : ROUTE_DIM),
  updateTriggers: { getWidth: focus, getColor: focus },
});

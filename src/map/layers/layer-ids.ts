import { NODE_LAYER_ID } from './node-layer';
import { PLACE_LAYER_IDS } from './place-layer';

const PLACE_IDS: ReadonlySet<string> = new Set(Object.values(PLACE_LAYER_IDS));

export const LAYER_IDS = {
  cities: 'pilot-cities',
  newCities: 'pilot-cities-added',
  cityLabels: 'pilot-city-labels',
  ports: 'ports',
  corridors: 'corridor-lines',
  corridorStripes: 'corridor-stripes',
} as const;

/** What a picked layer holds, for selection; only the layers that are pickable are named here. */
export function pickedKind(layerId: string): 'city' | 'port' | 'line' | 'node' | 'place' | null {
  if (PLACE_IDS.has(layerId)) return 'place';
  if (layerId === LAYER_IDS.cities || layerId === LAYER_IDS.newCities || layerId === LAYER_IDS.cityLabels) return 'city';
  if (layerId === LAYER_IDS.ports) return 'port';
  if (layerId === NODE_LAYER_ID) return 'node';
  if (layerId === LAYER_IDS.corridors) return 'line';
  return null;
}

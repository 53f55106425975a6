import type { City, Line, Port } from '../../data/schema';
import type { Place } from '../../data/places-schema';
import type { CorridorNode } from './node-layer';
import { PLACE_LAYER_IDS, placeOfPicked } from './place-layer';
import type { UnionItem } from './layer-union';

const PLACE_IDS: ReadonlySet<string> = new Set(Object.values(PLACE_LAYER_IDS));

export const LAYER_IDS = {
  /** The pilot cities' dots, the ring round the cities new in the year and the highlight ring: one layer. */
  cities: 'pilot-cities',
  cityLabels: 'pilot-city-labels',
  /** The corridors' stops and the ports: one icon layer. */
  icons: 'stops-and-ports',
  corridors: 'corridor-lines',
  corridorStripes: 'corridor-stripes',
} as const;

/** What a click or a hover picked: its kind and its record; null when the layer holds nothing to select. */
export type Picked =
  | { kind: 'city'; object: City }
  | { kind: 'port'; object: Port }
  | { kind: 'node'; object: CorridorNode }
  | { kind: 'line'; object: Line }
  | { kind: 'place'; object: Place };

export function pickedOf(info: { layer?: { id: string } | null; object?: unknown }): Picked | null {
  const { layer, object } = info;
  if (!layer || !object) return null;
  if (layer.id === LAYER_IDS.cities || layer.id === LAYER_IDS.icons) {
    const item = object as UnionItem;
    return item.pick ? ({ kind: item.pick, object: item.object } as Picked) : null;
  }
  if (layer.id === LAYER_IDS.cityLabels) return { kind: 'city', object: object as City };
  if (layer.id === LAYER_IDS.corridors) return { kind: 'line', object: object as Line };
  if (PLACE_IDS.has(layer.id)) {
    const place = placeOfPicked(object);
    return place ? { kind: 'place', object: place } : null;
  }
  return null;
}

import { useEffect, useMemo, useReducer } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { CORRIDOR_IDS, type Atlas, type CorridorId } from '../data/schema';
import { citiesOfYear } from '../state/atlas-queries';
import type { Lang, Selection } from '../state/store';
import { cityBoxes, cityName, labelPriority, placeLabels, type Box } from '../cartography/label-placement';
import { basemapLabelsOf, stopShown } from '../cartography/basemap-labels';
import { placeBasemapLabels } from '../cartography/basemap-label-placement';
import { visibilityKey } from './layers/node-layer';

const NONE: ReadonlySet<string> = new Set();
const NOTHING_PLACED = { cityIds: NONE, basemapIds: NONE };

/** The map's own buttons (zoom, attribution), in map pixels: names keep clear of them. */
function controlBoxes(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll('.maplibregl-ctrl')].map((el) => {
    const r = el.getBoundingClientRect();
    return { x0: r.left - origin.left, x1: r.right - origin.left, y0: r.top - origin.top, y1: r.bottom - origin.top };
  });
}
export type PlacedLabels = { cityIds: ReadonlySet<string>; basemapIds: ReadonlySet<string> };
type Shown = Readonly<Record<'cities' | CorridorId, boolean>> & { names?: boolean };

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((id) => b.has(id));
/** The last placement per map: an unchanged set keeps its identity, so the label layers keep their attributes. */
const lastPlaced = new WeakMap<MaplibreMap, PlacedLabels>();
function keepUnchanged(map: MaplibreMap, next: PlacedLabels): PlacedLabels {
  const last = lastPlaced.get(map);
  const cityIds = last && sameSet(last.cityIds, next.cityIds) ? last.cityIds : next.cityIds;
  const basemapIds = last && sameSet(last.basemapIds, next.basemapIds) ? last.basemapIds : next.basemapIds;
  const placed = last && cityIds === last.cityIds && basemapIds === last.basemapIds ? last : { cityIds, basemapIds };
  lastPlaced.set(map, placed);
  return placed;
}

/** A number that changes whenever the camera or the map's size settles: placement depends on it. */
function useViewVersion(map: MaplibreMap | null): number {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!map) return;
    // Once the first frame has settled too: the canvas may not have had its size before.
    map.once('idle', bump);
    map.on('moveend', bump);
    map.on('resize', bump);
    return () => {
      map.off('idle', bump);
      map.off('moveend', bump);
      map.off('resize', bump);
    };
  }, [map]);
  return version;
}

/**
 * Which city labels, then which basemap names, fit at the current camera. Placed while rendering, so a year step
 * draws once with its labels (not once with the old ones and again with the new). Basemap names keep clear of the
 * city dots and labels. View state, not store state.
 */
export function useLabelPlacement(
  map: MaplibreMap | null, atlas: Atlas | null, year: number, lang: Lang, selection: Selection, layers: Shown,
): PlacedLabels {
  const { cities: citiesOn, names: namesOn = true } = layers;
  // The corridors switched on, as a string: placement reruns when a corridor toggle changes, not on every new record.
  const corridorsOn = visibilityKey(layers);
  const viewVersion = useViewVersion(map);
  // The map's size and where its buttons are change with the view, not the year: measured once per view, so a year
  // step forces no layout.
  const frame = useMemo(() => {
    void viewVersion;
    if (!map) return null;
    const container = map.getContainer();
    return { width: container.clientWidth, height: container.clientHeight, controls: controlBoxes(container) };
  }, [map, viewVersion]);
  return useMemo(() => {
    // `frame` is new with every view: placement follows the camera through it.
    if (!map || !atlas || !frame) return NOTHING_PLACED;
    const selectedId = selection?.kind === 'city' ? selection.id : null;
    const priority = labelPriority(year, selectedId);
    const on = corridorsOn.split(',');
    const corridors = Object.fromEntries(CORRIDOR_IDS.map((id) => [id, on.includes(id)])) as Record<CorridorId, boolean>;
    const candidates = citiesOfYear(atlas, year).map(({ city }) => {
      const { x, y } = map.project(city.lngLat);
      return { id: city.id, x, y, text: cityName(city, lang), priority: priority(city) };
    });
    const cityIds = placeLabels(candidates);
    const { width, height, controls } = frame;
    const basemapIds = namesOn
      ? placeBasemapLabels(
        basemapLabelsOf(atlas).filter((l) => stopShown(l, year, corridors)), lang, { width, height, zoom: map.getZoom() },
        (ll) => {
          const { x, y } = map.project(ll);
          return [x, y];
        },
        [...(citiesOn ? cityBoxes(candidates, cityIds) : []), ...controls],
      )
      : NONE;
    return keepUnchanged(map, { cityIds, basemapIds });
  }, [map, atlas, year, lang, selection, citiesOn, namesOn, corridorsOn, frame]);
}

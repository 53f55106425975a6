import { useEffect, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { CORRIDOR_IDS, type Atlas, type CorridorId } from '../data/schema';
import { citiesOfYear } from '../state/atlas-queries';
import type { Lang, Selection } from '../state/store';
import { cityBoxes, cityName, labelPriority, placeLabels, type Box } from '../cartography/label-placement';
import { basemapLabelsOf, stopShown } from '../cartography/basemap-labels';
import { placeBasemapLabels } from '../cartography/basemap-label-placement';
import { visibilityKey } from './layers/node-layer';

const NONE: ReadonlySet<string> = new Set();

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

/**
 * Which city labels, then which basemap names, fit at the current camera; recomputed when the view settles.
 * Basemap names keep clear of the city dots and labels. View state, not store state.
 */
export function useLabelPlacement(
  map: MaplibreMap | null, atlas: Atlas | null, year: number, lang: Lang, selection: Selection, layers: Shown,
): PlacedLabels {
  const [placed, setPlaced] = useState<PlacedLabels>({ cityIds: NONE, basemapIds: NONE });
  const { cities: citiesOn, names: namesOn = true } = layers;
  // The corridors switched on, as a string: the effect reruns when a corridor toggle changes, not on every new record.
  const corridorsOn = visibilityKey(layers);
  useEffect(() => {
    if (!map || !atlas) return;
    const selectedId = selection?.kind === 'city' ? selection.id : null;
    const priority = labelPriority(year, selectedId);
    const on = corridorsOn.split(',');
    const corridors = Object.fromEntries(CORRIDOR_IDS.map((id) => [id, on.includes(id)])) as Record<CorridorId, boolean>;
    const place = () => {
      const candidates = citiesOfYear(atlas, year).map(({ city }) => {
        const { x, y } = map.project(city.lngLat);
        return { id: city.id, x, y, text: cityName(city, lang), priority: priority(city) };
      });
      const cityIds = placeLabels(candidates);
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      const basemapIds = namesOn
        ? placeBasemapLabels(
          basemapLabelsOf(atlas).filter((l) => stopShown(l, year, corridors)), lang, { width, height, zoom: map.getZoom() },
          (ll) => {
            const { x, y } = map.project(ll);
            return [x, y];
          },
          [...(citiesOn ? cityBoxes(candidates, cityIds) : []), ...controlBoxes(map.getContainer())],
        )
        : NONE;
      setPlaced({ cityIds, basemapIds });
    };
    place();
    // Again once the first frame has settled: the canvas may not have had its size on the first call.
    map.once('idle', place);
    map.on('moveend', place);
    map.on('resize', place);
    return () => {
      map.off('idle', place);
      map.off('moveend', place);
      map.off('resize', place);
    };
  }, [map, atlas, year, lang, selection, citiesOn, namesOn, corridorsOn]);
  return placed;
}

import { useEffect, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Atlas } from '../data/schema';
import { citiesOfYear } from '../state/atlas-queries';
import type { Lang, Selection } from '../state/store';
import { cityName, labelPriority } from './layers/city-layer';
import { placeLabels } from './layers/label-placement';

const NONE: ReadonlySet<string> = new Set();

/** Which city labels fit at the current camera; recomputed when the view settles. View state, not store state. */
export function useLabelPlacement(
  map: MaplibreMap | null, atlas: Atlas | null, year: number, lang: Lang, selection: Selection,
): ReadonlySet<string> {
  const [labelIds, setLabelIds] = useState<ReadonlySet<string>>(NONE);
  useEffect(() => {
    if (!map || !atlas) return;
    const selectedId = selection?.kind === 'city' ? selection.id : null;
    const priority = labelPriority(year, selectedId);
    const place = () => {
      const candidates = citiesOfYear(atlas, year).map(({ city }) => {
        const { x, y } = map.project(city.lngLat);
        return { id: city.id, x, y, text: cityName(city, lang), priority: priority(city) };
      });
      setLabelIds(placeLabels(candidates));
    };
    place();
    map.on('moveend', place);
    map.on('resize', place);
    return () => {
      map.off('moveend', place);
      map.off('resize', place);
    };
  }, [map, atlas, year, lang, selection]);
  return labelIds;
}

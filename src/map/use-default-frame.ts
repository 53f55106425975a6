import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Atlas } from '../data/schema';
import { appStore } from '../state/store';
import { framePadding, yearBounds } from './view-state';

/**
 * Until the reader (or a link, or a story step) sets a camera, the map frames what the year shows,
 * and frames it again when its box changes size (a phone turned, an embed resized).
 */
export function useDefaultFrame(map: MaplibreMap | null, atlas: Atlas | null) {
  useEffect(() => {
    if (!map || !atlas) return;
    const frame = () => {
      const { camera, year, layers } = appStore.getState();
      const bounds = camera ? null : yearBounds(atlas, year, layers);
      if (!bounds) return;
      const box = map.getContainer();
      map.fitBounds(bounds, { padding: framePadding(box.clientWidth, box.clientHeight), animate: false });
    };
    // Framed once the map has loaded: moves before that do not reach the overlay's picking.
    if (map.loaded()) frame();
    else map.once('load', frame);
    map.on('resize', frame);
    return () => {
      map.off('load', frame);
      map.off('resize', frame);
    };
  }, [map, atlas]);
}

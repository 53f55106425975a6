import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Atlas } from '../data/schema';
import { appStore } from '../state/store';
import { framePadding, yearBounds } from './view-state';

/** Marks the camera moves of the default framing, so they are not taken for the reader's own. */
export const DEFAULT_FRAME_EVENT = { defaultFrame: true };
export const isDefaultFrameMove = (event: object) => (event as { defaultFrame?: boolean }).defaultFrame === true;

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
      map.fitBounds(bounds, { padding: framePadding(box.clientWidth, box.clientHeight), animate: false }, DEFAULT_FRAME_EVENT);
    };
    frame();
    map.on('resize', frame);
    return () => {
      map.off('resize', frame);
    };
  }, [map, atlas]);
}

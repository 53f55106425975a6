import { useEffect } from 'react';
import { LngLat, type LngLatBoundsLike, type Map as MaplibreMap, type PaddingOptions } from 'maplibre-gl';
import type { Atlas } from '../data/schema';
import { appStore } from '../state/store';
import { defaultFrame } from './view-state';

/** The default framing for the store's year and layers, in `box`. */
export function defaultFrameIn(atlas: Atlas | null, box: HTMLElement) {
  const { year, layers } = appStore.getState();
  return defaultFrame(atlas, year, layers, box.clientWidth, box.clientHeight);
}

/** True when the map already shows `bounds` with `padding`: framing it again would only cost a frame. */
function showsAlready(map: MaplibreMap, bounds: LngLatBoundsLike, padding: number | PaddingOptions) {
  const target = map.cameraForBounds(bounds, { padding });
  if (!target?.center || target.zoom === undefined) return false;
  const center = LngLat.convert(target.center);
  const now = map.getCenter();
  return Math.abs(center.lng - now.lng) < 1e-9 && Math.abs(center.lat - now.lat) < 1e-9 && Math.abs(target.zoom - map.getZoom()) < 1e-9;
}

/**
 * Until the reader (or a link, or a story step) sets a camera, the map frames what the year shows,
 * and frames it again when its box changes size (a phone turned, an embed resized).
 */
export function useDefaultFrame(map: MaplibreMap | null, atlas: Atlas | null) {
  useEffect(() => {
    if (!map || !atlas) return;
    const frame = () => {
      if (appStore.getState().camera) return;
      const { bounds, padding } = defaultFrameIn(atlas, map.getContainer());
      if (!showsAlready(map, bounds, padding)) map.fitBounds(bounds, { padding, animate: false });
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

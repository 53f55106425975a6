import type { Layer } from '@deck.gl/core';
import type { Map as MaplibreMap } from 'maplibre-gl';

export const FIRST_FULL_RENDER = 'first-full-render';
const SETS_KEPT = 3;

/**
 * Sets the performance mark `first-full-render` on the first deck.gl frame drawn after the basemap has
 * settled, with its sources loaded and every data layer loaded: the default view fully on screen.
 * Returns the callback for deck's `onAfterRender`, given the layers last set. Layers set since deck's last
 * update are not matched yet (never loaded), so the last few sets are kept and any fully loaded one counts.
 * `onDrawn` runs once, at that frame.
 */
export function firstFullRenderMarker(map: MaplibreMap, basemapSettled: Promise<unknown>, onDrawn: () => void = () => {}) {
  let settled = false;
  let marked = false;
  const recent: (readonly Layer[])[] = [];
  void basemapSettled.then(() => {
    settled = true;
    map.triggerRepaint();
  });
  return (layers: readonly Layer[]) => {
    if (marked) return;
    if (recent[0] !== layers) recent.unshift(layers);
    recent.length = Math.min(recent.length, SETS_KEPT);
    const drawn = recent.some((set) => set.length > 0 && set.every((l) => l.isLoaded));
    if (!settled || !map.loaded() || !drawn) return;
    marked = true;
    performance.mark(FIRST_FULL_RENDER);
    onDrawn();
  };
}

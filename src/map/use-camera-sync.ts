import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { appStore, type Camera } from '../state/store';

const same = (a: Camera, b: Camera) =>
  Math.abs(a.lng - b.lng) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.zoom - b.zoom) < 1e-2;

/** How soon after the reader's input on the map a move that starts counts as theirs. */
const READER_INPUT_MS = 500;

export const cameraOf = (map: MaplibreMap): Camera => {
  const c = map.getCenter();
  return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
};

/**
 * The map reports where it looks after each move by the reader (drag, wheel, keys, the zoom buttons);
 * a camera set elsewhere (history, story, search) moves the map. Moves of the map's own (the default
 * framing, a resize) are not the reader's and leave the camera unset.
 */
export function useCameraSync(map: MaplibreMap | null, camera: Camera | null, animate: boolean) {
  useEffect(() => {
    if (!map) return;
    // A move is the reader's when it starts or ends with their input, or starts just after it on the map
    // (a wheel turn's zoom carries no input event of its own).
    let inputAt = -Infinity;
    let byReader = false;
    const input = () => {
      inputAt = performance.now();
    };
    const start = (event: { originalEvent?: unknown }) => {
      byReader = !!event.originalEvent || performance.now() - inputAt < READER_INPUT_MS;
    };
    const report = (event: { originalEvent?: unknown }) => {
      if (!byReader && !event.originalEvent) return;
      byReader = false;
      const { setCamera, story, exitStory } = appStore.getState();
      setCamera(cameraOf(map));
      // A move by hand leaves the story; the story's own flights do not.
      if (story !== null) exitStory();
    };
    const surface = map.getCanvasContainer();
    const inputs = ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const;
    inputs.forEach((type) => surface.addEventListener(type, input, { passive: true }));
    map.on('movestart', start);
    map.on('moveend', report);
    return () => {
      inputs.forEach((type) => surface.removeEventListener(type, input));
      map.off('movestart', start);
      map.off('moveend', report);
    };
  }, [map]);

  useEffect(() => {
    if (!map || !camera || same(camera, cameraOf(map))) return;
    const target = { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom };
    if (animate) map.flyTo({ ...target, duration: 1200 });
    else map.jumpTo(target);
  }, [map, camera, animate]);
}

import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { appStore, type Camera } from '../state/store';
import { isDefaultFrameMove } from './use-default-frame';

const same = (a: Camera, b: Camera) =>
  Math.abs(a.lng - b.lng) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.zoom - b.zoom) < 1e-2;

export const cameraOf = (map: MaplibreMap): Camera => {
  const c = map.getCenter();
  return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
};

/** The map reports where it looks after each move; a camera set elsewhere (history, story) moves the map. */
export function useCameraSync(map: MaplibreMap | null, camera: Camera | null, animate: boolean) {
  useEffect(() => {
    if (!map) return;
    const report = (event: object) => {
      if (isDefaultFrameMove(event)) return;
      const { setCamera, story, exitStory } = appStore.getState();
      setCamera(cameraOf(map));
      // A move by hand (drag, wheel, the zoom buttons) leaves the story; the story's own flights do not.
      if (story !== null && (event as { originalEvent?: unknown }).originalEvent) exitStory();
    };
    map.on('moveend', report);
    return () => {
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

import { useEffect } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { appStore, type Camera } from '../state/store';

const same = (a: Camera, b: Camera) =>
  Math.abs(a.lng - b.lng) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.zoom - b.zoom) < 1e-2;

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
    // A move is the reader's when it starts or ends with their input (a wheel turn starts with one).
    let byReader = false;
    const start = (event: { originalEvent?: unknown }) => {
      byReader = !!event.originalEvent;
    };
    const report = (event: { originalEvent?: unknown }) => {
      if (!byReader && !event.originalEvent) return;
      byReader = false;
      const { setCamera, story, exitStory } = appStore.getState();
      setCamera(cameraOf(map));
      // A move by hand leaves the story; the story's own flights do not.
      if (story !== null) exitStory();
    };
    map.on('movestart', start);
    map.on('moveend', report);
    return () => {
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

import { Suspense, type ComponentProps } from 'react';
import { retryableLazy } from '../ui/retryable-lazy';
import { BASEMAP } from '../cartography/palette';

const importMapView = () => import('./MapView');
let loading: ReturnType<typeof importMapView> | null = null;

/**
 * Starts loading the map's code (MapLibre, deck.gl) now. Only a page with WebGL2 calls it: without, the page is the
 * table and never loads the map's code. A failed load is forgotten, so a retry loads it again.
 */
export function loadMapView() {
  loading ??= importMapView().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

const MapViewPart = retryableLazy(loadMapView, (m) => m.MapView);

/** The map, once its code is in; until then the sea's colour where it will be. */
export function LazyMapView(props: ComponentProps<typeof MapViewPart>) {
  return (
    <Suspense fallback={<div className="map-pending" aria-busy="true" style={{ backgroundColor: BASEMAP.sea }} />}>
      <MapViewPart {...props} />
    </Suspense>
  );
}

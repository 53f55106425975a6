import { Suspense, type ComponentProps } from 'react';
import { retryableLazy } from '../ui/retryable-lazy';
import { BASEMAP } from '../cartography/palette';
import { loadMapView } from './map-code';

const MapViewPart = retryableLazy(loadMapView, (m) => m.MapView);

/** The map, once its code is in; until then the sea's colour where it will be. */
export function LazyMapView(props: ComponentProps<typeof MapViewPart>) {
  return (
    <Suspense fallback={<div className="map-pending" aria-busy="true" style={{ backgroundColor: BASEMAP.sea }} />}>
      <MapViewPart {...props} />
    </Suspense>
  );
}

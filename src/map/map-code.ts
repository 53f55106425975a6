import { lazyModule } from '../lib/lazy-module';

/**
 * Loads the map's code (MapLibre, deck.gl and the map view), once. Only a page with WebGL2 asks for it: without,
 * the page is the table and never loads it. A failed load is forgotten, so a retry loads it again.
 */
export const loadMapView = lazyModule(() => import('./MapView')).load;

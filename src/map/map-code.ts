import { lazyModule } from '../lib/lazy-module';

/**
 * Loads the map's code (MapLibre, deck.gl and the map view), once. Only a page with WebGL2 asks for it: without,
 * the page is the table and never loads it. A failed load is forgotten, so a retry loads it again.
 */
export const loadMapView = lazyModule(() => import('./MapView')).load;

/**
 * deck.gl's TextLayer, with its font atlas and glyph code. The place names and city labels join after the map's first
 * frame, so their code loads then, not with the first render's.
 */
export const textLayerCode = lazyModule(() => import('./layers/text-layer-class'));

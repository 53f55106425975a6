import { lazyModule } from '../../lib/lazy-module';

/**
 * deck.gl's TextLayer, with its font atlas and glyph code. The place names and city labels join after the map's first
 * frame, so their code loads then, not with the first render's.
 */
export const textLayerCode = lazyModule(() => import('./text-layer-class'));

import type { LngLatBoundsLike } from 'maplibre-gl';

/** China and its neighbours to Europe and the Indian Ocean. */
export const INITIAL_BOUNDS: LngLatBoundsLike = [[-10, -6], [142, 60]];
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 9;

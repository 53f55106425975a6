import type { Atlas, InlandLink, OceanNetwork, TransitReference } from '../data/schema';

// The parts of the atlas that route search needs beyond the corridor lines: the ocean network routed at
// data-build time, the inland links (river, rail, road) between ports and corridor stops, and the sourced
// sailing references. Older data versions lack them; routing then works on the corridor lines alone.

export type { InlandLink, OceanNetwork, TransitReference } from '../data/schema';
export type InlandMode = InlandLink['mode'];

export const oceanOf = (atlas: Atlas): OceanNetwork | null => atlas.ocean ?? null;
export const inlandLinksOf = (atlas: Atlas): InlandLink[] => atlas.inlandLinks ?? [];
export const transitReferencesOf = (atlas: Atlas): TransitReference[] => atlas.transitReferences ?? [];

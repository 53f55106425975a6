import type { Atlas, LngLat, Status } from '../data/schema';

// The parts of the atlas that route search needs beyond the corridor lines: the ocean network routed at
// data-build time, the inland links (river, rail, road) between ports and corridor stops, and the sourced
// sailing references. Older data versions lack them; routing then works on the corridor lines alone.

export type OceanNode = { id: string; lngLat: LngLat; portId: string | null };
export type OceanEdge = { id: string; from: string; to: string; lengthKm: number; passages: string[]; path: LngLat[] };
export type OceanNetwork = { credit: string; sourceIds: string[]; nodes: OceanNode[]; edges: OceanEdge[] };

export type InlandMode = 'river' | 'rail' | 'road';
export type InlandLink = {
  id: string; mode: InlandMode; nameEn: string; nameZh: string; refs: string[]; path: LngLat[]; drawnKm: number;
  lengthKm: number | null; daysMin: number | null; daysMax: number | null; startYear: number | null;
  status: Status; basis: string; sourceIds: string[];
};

export type TransitReference = {
  id: string; mode: 'sea' | 'rail' | 'river' | 'road'; labelEn: string; labelZh: string; lengthKm: number;
  lengthText: string; daysMin: number; daysMax: number; status: Status; sourceIds: string[];
};

type RoutingExtras = { ocean?: OceanNetwork; inlandLinks?: InlandLink[]; transitReferences?: TransitReference[] };

export const oceanOf = (atlas: Atlas): OceanNetwork | null => (atlas as Atlas & RoutingExtras).ocean ?? null;
export const inlandLinksOf = (atlas: Atlas): InlandLink[] => (atlas as Atlas & RoutingExtras).inlandLinks ?? [];
export const transitReferencesOf = (atlas: Atlas): TransitReference[] => (atlas as Atlas & RoutingExtras).transitReferences ?? [];

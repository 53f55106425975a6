// The generated data/sea-legs.geojson: features, ordering and a stable, diff-friendly text form.
import type { LngLat } from './geo';
import type { RouteMethod } from './network';

export const ATTRIBUTION =
  'Sea lanes routed on the searoute maritime network (genthalili/searoute-py, Apache-2.0), derived from Eurostat searoute (eurostat/searoute).';
export const GENERATED_BY = 'scripts/sea-routes.ts';

export interface SeaLegProperties {
  line_id: string;
  from_seq: number;
  to_seq: number;
  method: RouteMethod;
  length_km: number; // 1 decimal
}

export interface SeaLegFeature {
  type: 'Feature';
  properties: SeaLegProperties;
  geometry: { type: 'LineString'; coordinates: LngLat[] };
}

export interface SeaLegCollection {
  type: 'FeatureCollection';
  attribution: string;
  generated_by: string;
  features: SeaLegFeature[];
}

export function seaLegFeature(
  lineId: string,
  fromSeq: number,
  toSeq: number,
  method: RouteMethod,
  coordinates: LngLat[],
  lengthKm: number,
): SeaLegFeature {
  return {
    type: 'Feature',
    properties: {
      line_id: lineId,
      from_seq: fromSeq,
      to_seq: toSeq,
      method,
      length_km: Math.round(lengthKm * 10) / 10,
    },
    geometry: { type: 'LineString', coordinates },
  };
}

/** Features sorted by line_id (code-unit order, locale independent) then from_seq. */
export function seaLegCollection(features: readonly SeaLegFeature[]): SeaLegCollection {
  const sorted = [...features].sort((a, b) => {
    const [pa, pb] = [a.properties, b.properties];
    if (pa.line_id !== pb.line_id) return pa.line_id < pb.line_id ? -1 : 1;
    return pa.from_seq - pb.from_seq;
  });
  return { type: 'FeatureCollection', attribution: ATTRIBUTION, generated_by: GENERATED_BY, features: sorted };
}

/** JSON text with one feature per line; same collection → same bytes. */
export function formatSeaLegCollection(collection: SeaLegCollection): string {
  return formatFeatureCollection(collection);
}

/** Any feature collection as text with its header members first and one feature per line. */
export function formatFeatureCollection(collection: { features: readonly unknown[] }): string {
  const { features, ...header } = collection;
  const head = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  const body = features.map((f, i) => `    ${JSON.stringify(f)}${i < features.length - 1 ? ',' : ''}`);
  return ['{', ...head, '  "features": [', ...body, '  ]', '}', ''].join('\n');
}

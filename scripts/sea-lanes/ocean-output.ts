// The generated data/ocean-network.geojson: ports and junctions as Points, contracted chains as LineStrings.
import { type LngLat, dropConsecutiveDuplicates, roundCoord, simplifyPath, unwrapLongitudes } from './geo';
import type { SeaGraph } from './network';
import type { Chain } from './ocean';
import { ATTRIBUTION } from './output';

export const OCEAN_CREDIT = `${ATTRIBUTION} Port points: searoute-py ports.geojson (UN/LOCODE).`;
export const OCEAN_SOURCES = ['GEO-MARNET', 'GEO-SR'];
export const OCEAN_GENERATED_BY = 'scripts/ocean-routes.ts';
/** Drawn paths leave out vertices closer than this to the simplified line; lengths come from the full chain. */
export const SIMPLIFY_KM = 3;
const DECIMALS = 3;

export interface OceanNodeFeature {
  type: 'Feature';
  properties: { id: string; port_id: string | null };
  geometry: { type: 'Point'; coordinates: LngLat };
}
export interface OceanEdgeFeature {
  type: 'Feature';
  properties: { id: string; from: string; to: string; length_km: number; passages: string[] };
  geometry: { type: 'LineString'; coordinates: LngLat[] };
}
export interface OceanNetworkCollection {
  type: 'FeatureCollection';
  credit: string;
  sources: string[];
  generated_by: string;
  features: (OceanNodeFeature | OceanEdgeFeature)[];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Features of the contracted network. Port nodes take the port id and the port's own coordinates;
 * junctions are numbered west to east. Each edge runs from the smaller node id to the larger.
 */
export function oceanNetworkCollection(
  union: SeaGraph,
  chains: Chain[],
  portIdOf: (key: string) => string | null,
  atSea: (path: LngLat[]) => boolean = () => true,
): OceanNetworkCollection {
  const position = (key: string): LngLat => {
    const { lng, lat } = union.getNodeAttributes(key);
    return [lng, lat];
  };
  const ends = [...new Set(chains.flatMap((c) => [c.from, c.to]))];
  const ports = ends.filter((k) => portIdOf(k) !== null).sort((a, b) => byCodeUnit(portIdOf(a)!, portIdOf(b)!));
  const junctions = ends
    .filter((k) => portIdOf(k) === null)
    .sort((a, b) => position(a)[0] - position(b)[0] || position(a)[1] - position(b)[1]);
  const idOf = new Map<string, string>([
    ...ports.map((k) => [k, portIdOf(k)!] as const),
    ...junctions.map((k, i) => [k, `junction-${i + 1}`] as const),
  ]);
  // Ports keep their coordinates exactly; junctions are rounded like every drawn vertex.
  const drawnAt = (key: string): LngLat => (portIdOf(key) ? position(key) : roundCoord(position(key), DECIMALS));

  const nodes: OceanNodeFeature[] = [...ports, ...junctions].map((key) => ({
    type: 'Feature',
    properties: { id: idOf.get(key)!, port_id: portIdOf(key) },
    geometry: { type: 'Point', coordinates: drawnAt(key) },
  }));

  const oriented = chains.map((chain) => {
    const forward = byCodeUnit(idOf.get(chain.from)!, idOf.get(chain.to)!) <= 0;
    const keys = forward ? chain.keys : [...chain.keys].reverse();
    const passages = forward ? chain.passages : [...chain.passages].reverse();
    return { ...chain, keys, passages, from: keys[0]!, to: keys[keys.length - 1]! };
  });
  oriented.sort((a, b) =>
    byCodeUnit(idOf.get(a.from)!, idOf.get(b.from)!) || byCodeUnit(idOf.get(a.to)!, idOf.get(b.to)!) || a.lengthKm - b.lengthKm);

  const edges: OceanEdgeFeature[] = oriented.map((chain, i) => {
    const full = unwrapLongitudes(chain.keys.map(position));
    const drawn = (toleranceKm: number): LngLat[] => {
      const simplified = simplifyPath(full, toleranceKm);
      const inner = simplified.slice(1, -1).map((p) => roundCoord(p, DECIMALS));
      // Ends sit exactly on their nodes (shifted by 360° where the path crosses the antimeridian).
      const atEnd = (key: string, unwrapped: LngLat): LngLat => {
        const [lng, lat] = drawnAt(key);
        return [lng + 360 * Math.round((unwrapped[0] - lng) / 360), lat];
      };
      return dropConsecutiveDuplicates([atEnd(chain.from, full[0]!), ...inner, atEnd(chain.to, full[full.length - 1]!)]);
    };
    // A simplified path that cuts a cape is drawn closer to the full chain, down to every vertex.
    let coordinates = drawn(SIMPLIFY_KM);
    for (let toleranceKm = SIMPLIFY_KM / 2; !atSea(coordinates) && toleranceKm > 0.1; toleranceKm /= 2)
      coordinates = drawn(toleranceKm);
    if (!atSea(coordinates)) coordinates = drawn(0);
    return {
      type: 'Feature',
      properties: {
        id: `edge-${i + 1}`,
        from: idOf.get(chain.from)!,
        to: idOf.get(chain.to)!,
        length_km: Math.round(chain.lengthKm * 10) / 10,
        passages: chain.passages,
      },
      geometry: { type: 'LineString', coordinates },
    };
  });
  return {
    type: 'FeatureCollection',
    credit: OCEAN_CREDIT,
    sources: OCEAN_SOURCES,
    generated_by: OCEAN_GENERATED_BY,
    features: [...nodes, ...edges],
  };
}

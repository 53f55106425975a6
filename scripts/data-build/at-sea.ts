import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Line, OceanEdge } from '../../src/data/schema';
import type { LngLat } from '../sea-lanes/geo';
import { countriesOf, landHits, type Country, type LandHit } from '../sea-lanes/land-check';
import { errorAt, type DataError } from './read';
import { seaLegKey, type SeaLegs } from './sea-legs';

const STEP_KM = 20;
/** Ports sit on the coast: samples this close to either end of a leg may touch land. */
export const PORT_APPROACH_KM = 30;
/**
 * The Suez Canal is drawn through Egypt on purpose; the Dardanelles and the Bosporus, a few km wide,
 * are closed at 1:50m, so the sea lanes through them touch land too.
 */
const PASSAGES: [west: number, east: number, south: number, north: number][] = [
  [32.2, 32.7, 29.9, 31.3], // Suez Canal
  [26.1, 26.8, 40.0, 40.5], // Dardanelles
  [28.95, 29.2, 40.95, 41.3], // Bosporus
];
const inNarrowPassage = ([lng, lat]: LngLat) =>
  PASSAGES.some(([west, east, south, north]) => lng >= west && lng <= east && lat >= south && lat <= north);

let land: Country[] | undefined;
/** Natural Earth 1:50m countries, read once. */
function countries(): Country[] {
  if (!land) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    land = countriesOf(feature(topology, topology.objects.countries) as FeatureCollection);
  }
  return land;
}

/** Land hits by path, so repeated builds of the same legs (as in the tests) sample each leg once. */
const hitsByPath = new Map<string, LandHit[]>();

/** Land hits of a path beyond its end approaches and the Suez Canal: none means the path is at sea. */
export function landAwayFromPorts(path: LngLat[]): LandHit[] {
  const key = JSON.stringify(path);
  let hits = hitsByPath.get(key);
  if (!hits) {
    hits = landHits(countries(), path, STEP_KM).hits.filter((h) => h.fromEndKm > PORT_APPROACH_KM && !inNarrowPassage(h.point));
    hitsByPath.set(key, hits);
  }
  return hits;
}

/** The error for a path that crosses land, or null when it stays at sea. */
function landError(at: string, what: string, path: LngLat[], end = 'port'): DataError | null {
  const hits = landAwayFromPorts(path);
  const first = hits[0];
  if (!first) return null;
  const where = first.point.map((v) => v.toFixed(3)).join(',');
  return errorAt(at, 'geometry.coordinates',
    `${what} crosses land (${first.country}) at ${where}, ` +
    `${Math.round(first.fromEndKm)} km from the nearer ${end} (${hits.length} sample(s) every ${STEP_KM} km on land); ` +
    `only samples within ${PORT_APPROACH_KM} km of ${end === 'port' ? 'a port' : 'an end'} or in the Suez Canal may touch land`);
}

/** Every sea leg stays at sea, apart from its port approaches and the Suez Canal. */
export function checkSeaLegsAtSea(lines: Line[], seaLegs: SeaLegs, errors: DataError[]) {
  for (const line of lines)
    for (const leg of line.legs) {
      if (leg.mode !== 'sea') continue;
      const at = seaLegs.paths.get(seaLegKey(line.id, leg.fromSeq))?.at ?? 'data/sea-legs.geojson';
      const error = landError(at, `sea leg ${line.id} ${leg.fromSeq}→${leg.fromSeq + 1}`, leg.path as LngLat[]);
      if (error) errors.push(error);
    }
}

/** Every ocean edge stays at sea in the same way; its ends are ports or junctions at sea. */
export function checkOceanEdgesAtSea(edges: OceanEdge[], edgeAt: Map<string, string>, errors: DataError[]) {
  for (const edge of edges) {
    const error = landError(edgeAt.get(edge.id) ?? 'data/ocean-network.geojson', `ocean edge ${edge.id}`, edge.path as LngLat[], 'end');
    if (error) errors.push(error);
  }
}

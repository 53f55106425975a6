import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Line } from '../../src/data/schema';
import type { LngLat } from '../sea-lanes/geo';
import { countriesOf, landHits, type Country, type LandHit } from '../sea-lanes/land-check';
import { errorAt, type DataError } from './read';
import { seaLegKey, type SeaLegs } from './sea-legs';

const STEP_KM = 20;
/** Ports sit on the coast: samples this close to either end of a leg may touch land. */
export const PORT_APPROACH_KM = 30;
/** The Suez Canal is drawn through Egypt on purpose. */
const inSuezCanal = ([lng, lat]: LngLat) => lng >= 32.2 && lng <= 32.7 && lat >= 29.9 && lat <= 31.3;

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

function landAwayFromPorts(path: LngLat[]): LandHit[] {
  const key = JSON.stringify(path);
  let hits = hitsByPath.get(key);
  if (!hits) {
    hits = landHits(countries(), path, STEP_KM).hits.filter((h) => h.fromEndKm > PORT_APPROACH_KM && !inSuezCanal(h.point));
    hitsByPath.set(key, hits);
  }
  return hits;
}

/** Every sea leg stays at sea, apart from its port approaches and the Suez Canal. */
export function checkSeaLegsAtSea(lines: Line[], seaLegs: SeaLegs, errors: DataError[]) {
  for (const line of lines)
    for (const leg of line.legs) {
      if (leg.mode !== 'sea') continue;
      const hits = landAwayFromPorts(leg.path as LngLat[]);
      const first = hits[0];
      if (!first) continue;
      const at = seaLegs.paths.get(seaLegKey(line.id, leg.fromSeq))?.at ?? 'data/sea-legs.geojson';
      const where = first.point.map((v) => v.toFixed(3)).join(',');
      errors.push(errorAt(at, 'geometry.coordinates',
        `sea leg ${line.id} ${leg.fromSeq}→${leg.fromSeq + 1} crosses land (${first.country}) at ${where}, ` +
        `${Math.round(first.fromEndKm)} km from the nearer port (${hits.length} sample(s) every ${STEP_KM} km on land); ` +
        `only samples within ${PORT_APPROACH_KM} km of a port or in the Suez Canal may touch land`));
    }
}

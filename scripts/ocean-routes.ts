// Routes every Chinese seaport to every foreign seaport of data/ports.csv over the searoute sea-lane
// network and writes the union of those shortest paths, contracted, to data/ocean-network.geojson.
// Maintainer script: needs the network file, which is not in this repository.
//
//   npm run build:ocean -- [--ports data/ports.csv]
//     [--network ../shared/data/sea-lanes/marnet_searoute.geojson] [--out data/ocean-network.geojson]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { landAwayFromPorts } from './data-build/at-sea';
import { buildSeaGraph } from './sea-lanes/network';
import {
  contract, contractedGraph, parseSeaports, portKey, routePortPairs, shortestKm, unionOfPaths,
} from './sea-lanes/ocean';
import { oceanNetworkCollection, type OceanEdgeFeature } from './sea-lanes/ocean-output';
import { formatFeatureCollection } from './sea-lanes/output';

/** searoute's default: the Northwest Passage is not a commercial route. */
const AVOID_PASSAGES = ['northwest'];
/** The contracted network must give every pair the full network's distance within this. */
const MAX_DIFFERENCE_KM = 0.5;

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { ports: { type: 'string' }, network: { type: 'string' }, out: { type: 'string' } },
});
// Flags are relative to the working directory, defaults to the project root.
const portsPath = values.ports ? resolve(values.ports) : resolve(projectRoot, 'data/ports.csv');
const networkPath = values.network
  ? resolve(values.network)
  : resolve(projectRoot, '../shared/data/sea-lanes/marnet_searoute.geojson');
const outPath = values.out ? resolve(values.out) : resolve(projectRoot, 'data/ocean-network.geojson');

function readText(path: string, what: string, hint = ''): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    console.error(`Cannot read the ${what} at ${path}${hint}`);
    process.exit(1);
  }
}

const seaports = parseSeaports(readText(portsPath, 'ports'));
const origins = seaports.filter((p) => p.countryIso2 === 'CN');
const destinations = seaports.filter((p) => p.countryIso2 !== 'CN');
const networkHint = ' (not part of this repository: pass --network <marnet_searoute.geojson>)';
const network = JSON.parse(readText(networkPath, 'sea-lane network', networkHint)) as FeatureCollection;
const graph = buildSeaGraph(network, undefined, AVOID_PASSAGES);
console.log(`network: ${graph.order} vertices, ${graph.size} edges (avoiding ${AVOID_PASSAGES.join(', ')})`);

const { snaps, pairs } = routePortPairs(graph, origins, destinations);
for (const port of seaports) console.log(`snap ${port.id}: ${snaps.get(port.id)!.distanceKm.toFixed(1)} km`);

const portIds = new Map(seaports.map((p) => [portKey(p.id), p.id]));
const portIdOf = (key: string) => portIds.get(key) ?? null;
const union = unionOfPaths(graph, seaports, pairs);
// The data build rejects edges that cross land; simplify no further than it accepts.
const atSea = (path: [number, number][]) => landAwayFromPorts(path).length === 0;
const collection = oceanNetworkCollection(union, contract(union, (key) => portIds.has(key)), portIdOf, atSea);

// The union holds every pair's shortest path, so the small network must give the same distances.
const edges = collection.features.filter((f): f is OceanEdgeFeature => f.geometry.type === 'LineString');
const small = contractedGraph(edges.map((e) => ({ from: e.properties.from, to: e.properties.to, lengthKm: e.properties.length_km })));
let worst = 0;
for (const pair of pairs) {
  const km = shortestKm(small, pair.from, pair.to);
  const difference = km === null ? Infinity : Math.abs(km - pair.lengthKm);
  worst = Math.max(worst, difference);
  console.log(`${pair.from} → ${pair.to}: ${pair.lengthKm.toFixed(1)} km (${(pair.lengthKm / 1.852).toFixed(0)} nm), ocean network ${km?.toFixed(1) ?? 'unconnected'} km`);
}
if (worst > MAX_DIFFERENCE_KM) {
  console.error(`The ocean network differs from the full network by up to ${worst.toFixed(2)} km (max ${MAX_DIFFERENCE_KM}); nothing written.`);
  process.exit(1);
}
for (const e of edges)
  if (e.geometry.coordinates.some(([lng]) => Math.abs(lng) > 180))
    console.warn(`warning ${e.properties.id}: crosses the antimeridian, longitudes leave [-180, 180]`);

const text = formatFeatureCollection(collection);
writeFileSync(outPath, text);
console.log(
  `ports ${seaports.length} (${origins.length} Chinese, ${destinations.length} foreign), pairs ${pairs.length}, ` +
    `nodes ${collection.features.length - edges.length}, edges ${edges.length}, ` +
    `vertices ${edges.reduce((n, e) => n + e.geometry.coordinates.length, 0)}, ` +
    `${Buffer.byteLength(text)} bytes raw, largest difference ${worst.toFixed(2)} km → ${outPath}`,
);

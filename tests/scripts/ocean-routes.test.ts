import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { featureLines } from '../../scripts/data-build/ocean-network';
import { distanceToArcKm, simplifyPath, type LngLat } from '../../scripts/sea-lanes/geo';
import { buildSeaGraph } from '../../scripts/sea-lanes/network';
import {
  contract, contractedGraph, portKey, routePortPairs, shortestKm, unionOfPaths, type Seaport,
} from '../../scripts/sea-lanes/ocean';
import { oceanNetworkCollection, type OceanEdgeFeature } from '../../scripts/sea-lanes/ocean-output';
import { formatFeatureCollection } from '../../scripts/sea-lanes/output';

const network = (...lines: [LngLat[], string?][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: lines.map(([coordinates, passage]) => ({
    type: 'Feature', properties: passage ? { passage } : {}, geometry: { type: 'LineString', coordinates },
  })),
});

// A trunk along the equator that branches at x = 2 to two destinations; one branch passes a strait.
const trunk = network(
  [[[0, 0], [1, 0], [2, 0]]],
  [[[2, 0], [3, 0], [4, 0]]],
  [[[2, 0], [2, 1]], 'strait'],
  [[[2, 1], [2, 2]]],
  [[[4, 0], [4, -1]], 'northwest'],
);
const port = (id: string, countryIso2: string, lngLat: LngLat): Seaport => ({ id, countryIso2, lngLat });
const origin = port('home', 'CN', [0, 0.1]);
const destinations = [port('east', 'XX', [4, 0.1]), port('north', 'XX', [2.1, 2])];

describe('ocean network', () => {
  const graph = buildSeaGraph(trunk, undefined, ['northwest']);
  const { pairs } = routePortPairs(graph, [origin], destinations);
  const union = unionOfPaths(graph, [origin, ...destinations], pairs);
  const chains = contract(union, (key) => key.startsWith('port:'));

  it('leaves out avoided passages', () => {
    expect(graph.hasNode('4.000000,-1.000000')).toBe(false);
  });

  it('contracts the union to ports and the junction where the paths branch', () => {
    expect(chains).toHaveLength(3);
    expect(chains.map((c) => c.passages)).toContainEqual(['strait']);
  });

  it('gives every pair its full-network distance', () => {
    const small = contractedGraph(chains.map((c) => ({ from: c.from, to: c.to, lengthKm: c.lengthKm })));
    for (const pair of pairs) expect(shortestKm(small, portKey(pair.from), portKey(pair.to))).toBeCloseTo(pair.lengthKm, 6);
  });

  it('writes port nodes on the ports, numbered junctions, and edges ending on their nodes', () => {
    const ids = new Map([origin, ...destinations].map((p) => [portKey(p.id), p.id]));
    const collection = oceanNetworkCollection(union, chains, (k) => ids.get(k) ?? null);
    const nodes = collection.features.filter((f) => f.geometry.type === 'Point');
    expect(nodes.map((n) => n.properties.id)).toEqual(['east', 'home', 'north', 'junction-1']);
    const edges = collection.features.filter((f): f is OceanEdgeFeature => f.geometry.type === 'LineString');
    const home = edges.find((e) => e.properties.from === 'home')!;
    expect(home.geometry.coordinates[0]).toEqual([0, 0.1]);
    expect(home.geometry.coordinates).toEqual([[0, 0.1], [0, 0], [2, 0]]); // [1, 0] lies on the line
    const text = formatFeatureCollection(collection);
    expect(featureLines(text)).toEqual(collection.features.map((_, i) => 7 + i)); // after `{`, 4 header lines and `"features": [`
  });
});

describe('simplification on the sphere', () => {
  it('measures the distance to an arc, or to its nearer end beyond it', () => {
    expect(distanceToArcKm([1, 0.01], [0, 0], [2, 0])).toBeCloseTo(1.112, 2);
    expect(distanceToArcKm([3, 0], [0, 0], [2, 0])).toBeCloseTo(111.2, 0);
  });
  it('keeps vertices farther than the tolerance from the simplified line', () => {
    const path: LngLat[] = [[0, 0], [1, 0.01], [2, 0], [3, 1], [4, 0]];
    expect(simplifyPath(path, 5)).toEqual([[0, 0], [2, 0], [3, 1], [4, 0]]);
  });
});

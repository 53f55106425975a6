// The ocean network: the union of the shortest sea paths between Chinese and foreign seaports,
// contracted to junctions and ports, for port-to-port distances without the full sea-lane network.
import { csvParse } from 'd3';
import { UndirectedGraph } from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { type LngLat, distanceKm } from './geo';
import { MAX_SNAP_KM, nearestVertex, type EdgeAttributes, type SeaGraph } from './network';

export interface Seaport {
  id: string;
  countryIso2: string;
  lngLat: LngLat;
}

/** The `seaport` rows of data/ports.csv. */
export function parseSeaports(csvText: string): Seaport[] {
  return csvParse(csvText.replace(/^\uFEFF/, ''))
    .filter((row) => row.kind?.trim() === 'seaport')
    .map((row) => ({
      id: row.id!.trim(),
      countryIso2: row.country_iso2!.trim(),
      lngLat: [Number(row.lng), Number(row.lat)] as LngLat,
    }));
}

/** Graph key of a port's own point, apart from the network vertex it snaps to. */
export const portKey = (portId: string) => `port:${portId}`;

export interface PortPair {
  from: string; // port ids
  to: string;
  lengthKm: number; // over the full network, snap segments included
  keys: string[]; // port key, network vertex keys, port key
}

/**
 * Snaps every port to its nearest network vertex and routes every origin × destination pair.
 * Throws when a port is farther than MAX_SNAP_KM from the network or a pair is unconnected.
 */
export function routePortPairs(graph: SeaGraph, origins: Seaport[], destinations: Seaport[]) {
  const snaps = new Map<string, { key: string; distanceKm: number }>();
  for (const port of [...origins, ...destinations]) {
    const snap = nearestVertex(graph, port.lngLat);
    if (!snap || snap.distanceKm > MAX_SNAP_KM)
      throw new Error(`port ${port.id} is ${snap?.distanceKm.toFixed(1) ?? '∞'} km from the network (max ${MAX_SNAP_KM})`);
    snaps.set(port.id, snap);
  }
  const pairs: PortPair[] = [];
  for (const from of origins)
    for (const to of destinations) {
      const [a, b] = [snaps.get(from.id)!, snaps.get(to.id)!];
      const vertices = a.key === b.key ? [a.key] : (dijkstra.bidirectional(graph, a.key, b.key, 'weight') as string[] | null);
      if (!vertices) throw new Error(`no sea path from ${from.id} to ${to.id}`);
      let lengthKm = a.distanceKm + b.distanceKm;
      for (let i = 1; i < vertices.length; i++)
        lengthKm += graph.getEdgeAttribute(vertices[i - 1]!, vertices[i]!, 'weight');
      pairs.push({ from: from.id, to: to.id, lengthKm, keys: [portKey(from.id), ...vertices, portKey(to.id)] });
    }
  return { snaps, pairs };
}

/** The network vertices and snap segments the pairs' paths use, each once. */
export function unionOfPaths(graph: SeaGraph, ports: Seaport[], pairs: PortPair[]): SeaGraph {
  const union: SeaGraph = new UndirectedGraph();
  const portAt = new Map(ports.map((p) => [portKey(p.id), p.lngLat]));
  const position = (key: string): LngLat => {
    const port = portAt.get(key);
    if (port) return port;
    const { lng, lat } = graph.getNodeAttributes(key);
    return [lng, lat];
  };
  for (const { keys } of pairs)
    keys.forEach((key, i) => {
      const [lng, lat] = position(key);
      union.mergeNode(key, { lng, lat });
      const previous = keys[i - 1];
      if (previous === undefined || union.hasEdge(previous, key)) return;
      const attributes: EdgeAttributes = graph.hasEdge(previous, key)
        ? graph.getEdgeAttributes(previous, key)
        : { weight: distanceKm(position(previous), position(key)) }; // a snap segment
      union.addEdge(previous, key, { ...attributes });
    });
  return union;
}

export interface Chain {
  from: string; // graph keys of the two kept ends
  to: string;
  keys: string[]; // every vertex from `from` to `to`
  lengthKm: number;
  passages: string[]; // in path order, each once
}

/**
 * Contracts the union to its ports and junctions (vertices not on exactly two edges):
 * each chain of two-edge vertices between them becomes one edge.
 */
export function contract(union: SeaGraph, isPort: (key: string) => boolean): Chain[] {
  const kept = (key: string) => isPort(key) || union.degree(key) !== 2;
  const walked = new Set<string>();
  const chains: Chain[] = [];
  union.forEachNode((start) => {
    if (!kept(start)) return;
    union.forEachEdge(start, (edge) => {
      if (walked.has(edge)) return;
      const keys = [start];
      const passages: string[] = [];
      let lengthKm = 0;
      let [current, via] = [start, edge];
      for (;;) {
        walked.add(via);
        const { weight, passage } = union.getEdgeAttributes(via);
        lengthKm += weight;
        if (passage && !passages.includes(passage)) passages.push(passage);
        current = union.opposite(current, via);
        keys.push(current);
        if (kept(current)) break;
        via = union.edges(current).find((e) => !walked.has(e))!;
      }
      chains.push({ from: start, to: current, keys, lengthKm, passages });
    });
  });
  return chains;
}

/** Graph of a contracted network for shortest paths; parallel edges keep the shortest length. */
export function contractedGraph(edges: readonly { from: string; to: string; lengthKm: number }[]): SeaGraph {
  const graph: SeaGraph = new UndirectedGraph();
  for (const { from, to, lengthKm } of edges) {
    graph.mergeNode(from);
    graph.mergeNode(to);
    const existing = graph.edge(from, to);
    if (existing === undefined) graph.addEdge(from, to, { weight: lengthKm });
    else if (lengthKm < graph.getEdgeAttribute(existing, 'weight')) graph.setEdgeAttribute(existing, 'weight', lengthKm);
  }
  return graph;
}

/** Length of the shortest path between two nodes, or null when they are not connected. */
export function shortestKm(graph: SeaGraph, from: string, to: string): number | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return 0;
  const path = dijkstra.bidirectional(graph, from, to, 'weight') as string[] | null;
  if (!path) return null;
  let total = 0;
  for (let i = 1; i < path.length; i++) total += graph.getEdgeAttribute(path[i - 1]!, path[i]!, 'weight');
  return total;
}

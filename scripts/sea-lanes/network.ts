// Sea-lane graph: build it from network LineStrings, snap points to it, route over it.
import { UndirectedGraph } from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import {
  type LngLat,
  distanceKm,
  dropConsecutiveDuplicates,
  greatCircle,
  normalizeLng,
  pathLengthKm,
  roundCoord,
  unwrapLongitudes,
} from './geo';

export interface VertexAttributes {
  lng: number;
  lat: number;
}
export interface EdgeAttributes {
  weight: number; // geodesic length, km
  passage?: string; // strait or canal the network names on this edge, e.g. `suez`
}
export type SeaGraph = UndirectedGraph<VertexAttributes, EdgeAttributes>;

/** Beyond this snapping distance a leg is drawn as a great circle instead. */
export const MAX_SNAP_KM = 150;
/** Vertex spacing of great-circle fallbacks. */
export const GREAT_CIRCLE_STEP_KM = 50;

/** Graph key of a coordinate: longitude wrapped to [-180, 180), 6 decimals (so 180° and -180° meet). */
export function vertexKey([lng, lat]: LngLat): string {
  return `${normalizeLng(lng).toFixed(6)},${lat.toFixed(6)}`;
}

function linesOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/**
 * Dead ends closer than this to a vertex they are not joined to get an edge to it: the network has
 * a few such gaps (e.g. 64 m near 108.606°E 20.303°N), which otherwise force long detours.
 */
export const GAP_JOIN_KM = 1;

/**
 * Undirected graph of all network vertices; parallel edges keep the shortest length.
 * Edges of the `avoidPassages` (the network's `passage` property, e.g. `northwest`) are left out.
 */
export function buildSeaGraph(
  network: FeatureCollection,
  gapJoinKm = GAP_JOIN_KM,
  avoidPassages: readonly string[] = [],
): SeaGraph {
  const graph: SeaGraph = new UndirectedGraph<VertexAttributes, EdgeAttributes>();
  const addVertex = (p: LngLat): string => {
    const key = vertexKey(p);
    if (!graph.hasNode(key)) graph.addNode(key, { lng: normalizeLng(p[0]), lat: p[1] });
    return key;
  };
  for (const feature of network.features) {
    const passage = typeof feature.properties?.passage === 'string' ? feature.properties.passage : undefined;
    if (passage && avoidPassages.includes(passage)) continue;
    for (const line of linesOf(feature.geometry)) {
      for (let i = 1; i < line.length; i++) {
        const a: LngLat = [line[i - 1]![0]!, line[i - 1]![1]!];
        const b: LngLat = [line[i]![0]!, line[i]![1]!];
        const ka = addVertex(a);
        const kb = addVertex(b);
        if (ka === kb) continue;
        const weight = distanceKm(a, b);
        const existing = graph.edge(ka, kb);
        if (existing === undefined) graph.addEdge(ka, kb, passage ? { weight, passage } : { weight });
        else if (weight < graph.getEdgeAttribute(existing, 'weight')) {
          graph.replaceEdgeAttributes(existing, passage ? { weight, passage } : { weight });
        }
      }
    }
  }
  joinGaps(graph, gapJoinKm);
  return graph;
}

function joinGaps(graph: SeaGraph, maxKm: number): void {
  if (!(maxKm > 0)) return;
  const maxLatDeg = maxKm / 111; // cheap prefilter: 1° of latitude ≈ 111 km
  const deadEnds = graph.filterNodes((key) => graph.degree(key) === 1);
  for (const key of deadEnds) {
    const { lng, lat } = graph.getNodeAttributes(key);
    let found: { key: string; km: number } | null = null;
    for (const { node: other, attributes: q } of graph.nodeEntries()) {
      if (other === key || Math.abs(q.lat - lat) > maxLatDeg || graph.hasEdge(key, other)) continue;
      const km = distanceKm([lng, lat], [q.lng, q.lat]);
      if (km <= maxKm && (!found || km < found.km)) found = { key: other, km };
    }
    if (found && !graph.hasEdge(key, found.key)) graph.addEdge(key, found.key, { weight: found.km });
  }
}

export interface Snap {
  key: string;
  point: LngLat;
  distanceKm: number;
}

/** Closest network vertex by geodesic distance (first one wins ties); null on an empty graph. */
export function nearestVertex(graph: SeaGraph, p: LngLat): Snap | null {
  let best: Snap | null = null;
  for (const { node: key, attributes: { lng, lat } } of graph.nodeEntries()) {
    const d = distanceKm(p, [lng, lat]);
    if (!best || d < best.distanceKm) best = { key, point: [lng, lat], distanceKm: d };
  }
  return best;
}

/** Vertex coordinates of the shortest path between two vertex keys, or null if unconnected. */
export function shortestPath(graph: SeaGraph, fromKey: string, toKey: string): LngLat[] | null {
  if (fromKey === toKey) {
    const { lng, lat } = graph.getNodeAttributes(fromKey);
    return [[lng, lat]];
  }
  const keys = dijkstra.bidirectional(graph, fromKey, toKey, 'weight') as string[] | null;
  if (!keys) return null;
  return keys.map((key): LngLat => {
    const { lng, lat } = graph.getNodeAttributes(key);
    return [lng, lat];
  });
}

export type RouteMethod = 'marnet' | 'great-circle';

export interface RoutedLeg {
  method: RouteMethod;
  coordinates: LngLat[]; // rounded to 4 decimals, no consecutive duplicates, no antimeridian jumps
  lengthKm: number; // geodesic length of `coordinates`
  snapKm: [number, number] | null; // snapping distances of both ends, null if nothing to snap to
}

export interface RouteOptions {
  maxSnapKm?: number;
  greatCircleStepKm?: number;
}

/** Finishes raw geometry: continuous longitudes, 4 decimals, no repeated vertices. */
export function tidyPath(path: readonly LngLat[]): LngLat[] {
  return dropConsecutiveDuplicates(unwrapLongitudes(path).map((p) => roundCoord(p)));
}

/** Routes one sea leg over the network: [from, ...network vertices..., to], else a great circle. */
export function routeLeg(graph: SeaGraph, from: LngLat, to: LngLat, options: RouteOptions = {}): RoutedLeg {
  const maxSnapKm = options.maxSnapKm ?? MAX_SNAP_KM;
  const step = options.greatCircleStepKm ?? GREAT_CIRCLE_STEP_KM;
  const a = nearestVertex(graph, from);
  const b = nearestVertex(graph, to);
  const snapKm: [number, number] | null = a && b ? [a.distanceKm, b.distanceKm] : null;
  if (a && b && a.distanceKm <= maxSnapKm && b.distanceKm <= maxSnapKm) {
    const vertices = shortestPath(graph, a.key, b.key);
    if (vertices) {
      const coordinates = tidyPath([from, ...vertices, to]);
      return { method: 'marnet', coordinates, lengthKm: pathLengthKm(coordinates), snapKm };
    }
  }
  const coordinates = tidyPath(greatCircle(from, to, step));
  return { method: 'great-circle', coordinates, lengthKm: pathLengthKm(coordinates), snapKm };
}

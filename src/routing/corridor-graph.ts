import { MultiUndirectedGraph } from 'graphology';
import type { Atlas, CorridorId, LegMode, LngLat } from '../data/schema';
import { type CorridorVertex, type NamedPoint, isSamePlace, memberKey, mergeLineNodes } from './corridor-vertices';
import { distanceKm, pathLengthKm } from './geo';

export { SAME_PLACE_MAX_KM, hasRole, isSamePlace, routeDestinations } from './corridor-vertices';
export type { CorridorVertex, RouteDestination, VertexMember } from './corridor-vertices';

/** Pilot cities and ports farther than this from every corridor stop get no access leg. */
export const ACCESS_MAX_KM = 300;

export type PlaceKind = 'city' | 'port';

/** How a pilot city or port reaches the corridor network. */
export type PlaceAccess =
  | { status: 'connected'; vertexIds: string[] }
  | { status: 'too-far'; nearestVertexId: string | null; nearestKm: number | null; reason: string };

/** A pilot city or port: a possible origin, joined to the network by access edges. */
export type PlaceVertex = {
  kind: 'place';
  /** `city:<id>` or `port:<id>`. */
  id: string;
  placeKind: PlaceKind;
  placeId: string;
  nameEn: string;
  nameZh: string;
  lngLat: LngLat;
  access: PlaceAccess;
};

export type VertexAttributes = CorridorVertex | PlaceVertex;

/** One leg of a line, oriented as the line runs (fromVertex -> toVertex). */
export type LegEdge = {
  kind: 'leg';
  lineId: string;
  corridorId: CorridorId;
  fromSeq: number;
  toSeq: number;
  mode: LegMode;
  /** Geodesic length of `path`, km. */
  lengthKm: number;
  path: LngLat[];
  fromVertex: string;
  toVertex: string;
};

/** A straight road leg from a place to a corridor stop; `samePlace` when the place is that stop (no real leg). */
export type AccessEdge = {
  kind: 'access';
  lineId: null;
  corridorId: null;
  fromSeq: null;
  toSeq: null;
  mode: 'road';
  lengthKm: number;
  path: LngLat[];
  fromVertex: string;
  toVertex: string;
  samePlace: boolean;
};

export type EdgeAttributes = LegEdge | AccessEdge;
export type GraphAttributes = { vertexOfMember: Record<string, string> };
export type CorridorGraph = MultiUndirectedGraph<VertexAttributes, EdgeAttributes, GraphAttributes>;

export const placeVertexId = (kind: PlaceKind, placeId: string) => `${kind}:${placeId}`;

/** The vertex a line node was merged into; undefined when the line or seq is unknown. */
export const vertexOfNode = (graph: CorridorGraph, lineId: string, seq: number): string | undefined =>
  graph.getAttribute('vertexOfMember')[memberKey(lineId, seq)];

export const isCorridorVertex = (v: VertexAttributes): v is CorridorVertex => v.kind === 'corridor';

/**
 * Corridor vertices (line nodes merged by isSamePlace) joined by one edge per leg, parallel edges kept
 * where lines share a stretch; plus a vertex per pilot city and port with its access edges.
 */
export function buildCorridorGraph(atlas: Atlas): CorridorGraph {
  const { vertices, vertexOfMember } = mergeLineNodes(atlas);
  const graph: CorridorGraph = new MultiUndirectedGraph({ allowSelfLoops: true });
  graph.setAttribute('vertexOfMember', Object.fromEntries(vertexOfMember));
  for (const v of vertices) graph.addNode(v.id, v);

  for (const line of [...atlas.lines].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const leg of line.legs) {
      const toSeq = leg.fromSeq + 1;
      const fromVertex = vertexOfMember.get(memberKey(line.id, leg.fromSeq));
      const toVertex = vertexOfMember.get(memberKey(line.id, toSeq));
      if (!fromVertex || !toVertex) continue; // a leg without its nodes: the data build rejects these
      const path = leg.path.map((p): LngLat => [p[0], p[1]]);
      graph.addEdgeWithKey(`${line.id}#${leg.fromSeq}`, fromVertex, toVertex, {
        kind: 'leg', lineId: line.id, corridorId: line.corridorId, fromSeq: leg.fromSeq, toSeq,
        mode: leg.mode, lengthKm: pathLengthKm(path), path, fromVertex, toVertex,
      });
    }
  }

  const places = [
    ...[...atlas.cities].sort((a, b) => a.id.localeCompare(b.id)).map((c) => ({ kind: 'city' as const, record: c })),
    ...[...atlas.ports].sort((a, b) => a.id.localeCompare(b.id)).map((p) => ({ kind: 'port' as const, record: p })),
  ];
  const landStops = vertices.filter(isLandStop);
  for (const { kind, record } of places) addPlace(graph, landStops, kind, record.id, record);
  return graph;
}

/** Land stops only: a road leg to a sea-lane waypoint makes no sense. */
const isLandStop = (v: CorridorVertex) => v.countryIso2 !== null;

function addPlace(graph: CorridorGraph, stops: CorridorVertex[], kind: PlaceKind, placeId: string, point: NamedPoint): void {
  const id = placeVertexId(kind, placeId);
  const withinReach = stopsByDistance(stops.filter((v) => Math.abs(v.lngLat[1] - point.lngLat[1]) <= ACCESS_MAX_LAT_DEG), point);
  const targets = accessTargets(withinReach, point);
  const access: PlaceAccess = targets.length > 0
    ? { status: 'connected', vertexIds: targets.map((t) => t.vertex.id) }
    : tooFar(stopsByDistance(stops, point)[0], point);
  graph.addNode(id, { kind: 'place', id, placeKind: kind, placeId, nameEn: point.nameEn, nameZh: point.nameZh, lngLat: point.lngLat, access });
  for (const { vertex, samePlace } of targets) {
    const path: LngLat[] = [point.lngLat, vertex.lngLat];
    graph.addEdgeWithKey(`access:${id}>${vertex.id}`, id, vertex.id, {
      kind: 'access', lineId: null, corridorId: null, fromSeq: null, toSeq: null, mode: 'road',
      lengthKm: pathLengthKm(path), path, fromVertex: id, toVertex: vertex.id, samePlace,
    });
  }
}

type StopAt = { vertex: CorridorVertex; km: number };

/** Stops farther in latitude than this cannot be within ACCESS_MAX_KM (a degree of latitude is over 110 km). */
const ACCESS_MAX_LAT_DEG = ACCESS_MAX_KM / 110;

const stopsByDistance = (stops: CorridorVertex[], point: NamedPoint): StopAt[] =>
  stops.map((vertex) => ({ vertex, km: distanceKm(vertex.lngLat, point.lngLat) })).sort((a, b) => a.km - b.km);
type AccessTarget = { vertex: CorridorVertex; samePlace: boolean };

/**
 * Per corridor, the stop that is the same place as the point, else the nearest stop within ACCESS_MAX_KM.
 * One target per corridor lets a coastal city reach both its seaport and its rail hub.
 */
function accessTargets(byDistance: StopAt[], point: NamedPoint): AccessTarget[] {
  const targets: AccessTarget[] = [];
  const corridorIds = [...new Set(byDistance.flatMap((s) => s.vertex.corridorIds))].sort();
  for (const corridorId of corridorIds) {
    const inCorridor = byDistance.filter((s) => s.km <= ACCESS_MAX_KM && s.vertex.corridorIds.includes(corridorId));
    const same = inCorridor.find((s) => isSamePlace(s.vertex, point));
    const chosen = same ?? inCorridor[0];
    if (chosen && !targets.some((t) => t.vertex.id === chosen.vertex.id)) {
      targets.push({ vertex: chosen.vertex, samePlace: same !== undefined });
    }
  }
  return targets;
}

function tooFar(nearest: StopAt | undefined, point: NamedPoint): PlaceAccess {
  if (!nearest) return { status: 'too-far', nearestVertexId: null, nearestKm: null, reason: 'the corridor network has no stops' };
  return {
    status: 'too-far', nearestVertexId: nearest.vertex.id, nearestKm: nearest.km,
    reason: `${point.nameEn} is ${Math.round(nearest.km)} km from the nearest corridor stop (${nearest.vertex.nameEn}); access legs are drawn up to ${ACCESS_MAX_KM} km`,
  };
}

/** Every pilot city and port with how it reaches the network, cities first, each group by id. */
export const routeOrigins = (graph: CorridorGraph): PlaceVertex[] =>
  graph.mapNodes((_, v) => v).filter((v): v is PlaceVertex => v.kind === 'place');

import { MultiUndirectedGraph } from 'graphology';
import type { Atlas, CorridorId, LegMode, LngLat } from '../data/schema';
import { type CorridorVertex, type NamedPoint, isSamePlace, memberKey, mergeLineNodes } from './corridor-vertices';
import { distanceKm, pathLengthKm } from './geo';
import { lineCalibrations } from './calibration';
import { addInlandLinks, addOceanNetwork } from './graph-extras';
import { inlandLinksOf } from './network-data';

export { SAME_PLACE_MAX_KM, hasRole, isSamePlace, routeDestinations } from './corridor-vertices';
export type { CorridorVertex, RouteDestination, VertexMember } from './corridor-vertices';

/** Pilot cities and ports farther than this from every corridor stop get no access leg. */
export const ACCESS_MAX_KM = 300;

export type PlaceKind = 'city' | 'port';
/** How a leg is travelled; river legs are inland links (the Yangtze, the Rhine). */
export type RouteMode = LegMode | 'river';

/** How a pilot city or port reaches the network. */
export type PlaceAccess =
  | { status: 'connected'; vertexIds: string[] }
  | { status: 'too-far'; nearestVertexId: string | null; nearestKm: number | null; nearestEn: string | null; nearestZh: string | null };

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
  countryIso2: string | null;
  access: PlaceAccess;
  /** True when the place, or a port of its own, is a port of the ocean network or the end of an inland link. */
  onNetwork: boolean;
};

/** A branching point of the ocean network, out at sea. */
export type JunctionVertex = { kind: 'junction'; id: string; nameEn: string; nameZh: string; lngLat: LngLat; countryIso2: null };

export type VertexAttributes = CorridorVertex | PlaceVertex | JunctionVertex;

type EdgeBase = {
  /** Length used for routing and shown, km: drawn length, times the line's calibration for rail legs. */
  lengthKm: number;
  /** Geodesic length of `path`, km. */
  drawnKm: number;
  path: LngLat[];
  fromVertex: string;
  toVertex: string;
  /** First year the edge can be used; null when it is not tied to a service start. */
  fromYear: number | null;
};

/** One leg of a corridor line, oriented as the line runs (fromVertex -> toVertex). */
export type LegEdge = EdgeBase & {
  kind: 'leg'; lineId: string; corridorId: CorridorId; fromSeq: number; toSeq: number; mode: LegMode;
  /** Factor applied to the drawn length (1 for sea and road legs). */
  factor: number;
};

/** A straight road leg from a place to a corridor stop or to its own port; `samePlace` when it is that stop. */
export type AccessEdge = EdgeBase & { kind: 'access'; lineId: null; corridorId: null; mode: 'road'; samePlace: boolean };

/** Ocean shipping between ports over the sea lanes: not a corridor service. */
export type OceanEdge = EdgeBase & { kind: 'ocean'; lineId: null; corridorId: null; mode: 'sea'; passages: string[] };

/** A river, rail or road link from the data's inland links (e.g. the Yangtze, Rotterdam–Duisburg). */
export type InlandEdge = EdgeBase & { kind: 'inland'; lineId: null; corridorId: null; mode: RouteMode; linkId: string };

export type EdgeAttributes = LegEdge | AccessEdge | OceanEdge | InlandEdge;
/** A line or inland link as route texts name it. */
export type Service = { nameEn: string; nameZh: string; startYear: number | null };
export type GraphAttributes = {
  vertexOfMember: Record<string, string>;
  /** Keyed by line id, or `inland:<id>` for an inland link. */
  services: Record<string, Service>;
};
export type CorridorGraph = MultiUndirectedGraph<VertexAttributes, EdgeAttributes, GraphAttributes>;

export const placeVertexId = (kind: PlaceKind, placeId: string) => `${kind}:${placeId}`;

/** The vertex a line node was merged into; undefined when the line or seq is unknown. */
export const vertexOfNode = (graph: CorridorGraph, lineId: string, seq: number): string | undefined =>
  graph.getAttribute('vertexOfMember')[memberKey(lineId, seq)];

export const isCorridorVertex = (v: VertexAttributes): v is CorridorVertex => v.kind === 'corridor';

/**
 * Corridor vertices (line nodes merged by isSamePlace) joined by one edge per leg, parallel edges kept where
 * lines share a stretch; a vertex per pilot city and port with its access edges; the ocean network between
 * ports and the inland links.
 */
export function buildCorridorGraph(atlas: Atlas): CorridorGraph {
  const { vertices, vertexOfMember } = mergeLineNodes(atlas);
  const graph: CorridorGraph = new MultiUndirectedGraph({ allowSelfLoops: true });
  graph.setAttribute('vertexOfMember', Object.fromEntries(vertexOfMember));
  graph.setAttribute('services', Object.fromEntries([
    ...atlas.lines.map((l) => [l.id, { nameEn: l.nameEn, nameZh: l.nameZh, startYear: l.startYear ?? null }] as const),
    ...inlandLinksOf(atlas).map((l) => [`inland:${l.id}`, { nameEn: l.nameEn, nameZh: l.nameZh, startYear: l.startYear }] as const),
  ]));
  for (const v of vertices) graph.addNode(v.id, v);
  addLineLegs(graph, atlas, vertexOfMember);

  const places = [
    ...[...atlas.cities].sort((a, b) => a.id.localeCompare(b.id)).map((c) => ({ kind: 'city' as const, record: c, countryIso2: 'CN' })),
    ...[...atlas.ports].sort((a, b) => a.id.localeCompare(b.id)).map((p) => ({ kind: 'port' as const, record: p, countryIso2: p.countryIso2 })),
  ];
  const landStops = vertices.filter(isLandStop);
  for (const { kind, record, countryIso2 } of places) addPlace(graph, landStops, kind, record.id, { ...record, countryIso2 });
  for (const port of atlas.ports) {
    if (port.cityId) addAccessEdge(graph, placeVertexId('city', port.cityId), placeVertexId('port', port.id), false);
  }
  addOceanNetwork(graph, atlas);
  addInlandLinks(graph, atlas);
  const hasLinks = (id: string) => graph.someEdge(id, (_, e) => e.kind === 'ocean' || e.kind === 'inland');
  graph.forEachNode((id, v) => {
    if (v.kind !== 'place') return;
    // A city off the corridor lines still ships from its own port.
    v.onNetwork = hasLinks(id) || graph.someEdge(id, (_, e, source, target) => e.kind === 'access' && !e.samePlace && hasLinks(source === id ? target : source));
  });
  return graph;
}

function addLineLegs(graph: CorridorGraph, atlas: Atlas, vertexOfMember: ReadonlyMap<string, string>): void {
  const calibrations = lineCalibrations(atlas);
  for (const line of [...atlas.lines].sort((a, b) => a.id.localeCompare(b.id))) {
    const railFactor = calibrations.get(line.id)?.factor ?? 1;
    for (const leg of line.legs) {
      const toSeq = leg.fromSeq + 1;
      const fromVertex = vertexOfMember.get(memberKey(line.id, leg.fromSeq));
      const toVertex = vertexOfMember.get(memberKey(line.id, toSeq));
      if (!fromVertex || !toVertex) continue; // a leg without its nodes: the data build rejects these
      const path = leg.path.map((p): LngLat => [p[0], p[1]]);
      const drawnKm = pathLengthKm(path);
      const factor = leg.mode === 'rail' ? railFactor : 1;
      graph.addEdgeWithKey(`${line.id}#${leg.fromSeq}`, fromVertex, toVertex, {
        kind: 'leg', lineId: line.id, corridorId: line.corridorId, fromSeq: leg.fromSeq, toSeq, mode: leg.mode,
        lengthKm: drawnKm * factor, drawnKm, factor, path, fromVertex, toVertex, fromYear: line.startYear ?? null,
      });
    }
  }
}

/** Land stops only: a road leg to a sea-lane waypoint makes no sense. */
const isLandStop = (v: CorridorVertex) => v.countryIso2 !== null;

function addPlace(graph: CorridorGraph, stops: CorridorVertex[], kind: PlaceKind, placeId: string, point: NamedPoint & { countryIso2: string | null }): void {
  const id = placeVertexId(kind, placeId);
  const withinReach = stopsByDistance(stops.filter((v) => Math.abs(v.lngLat[1] - point.lngLat[1]) <= ACCESS_MAX_LAT_DEG), point);
  const targets = accessTargets(withinReach, point);
  const nearest = targets.length > 0 ? undefined : stopsByDistance(stops, point)[0];
  const access: PlaceAccess = targets.length > 0
    ? { status: 'connected', vertexIds: targets.map((t) => t.vertex.id) }
    : {
      status: 'too-far', nearestVertexId: nearest?.vertex.id ?? null, nearestKm: nearest?.km ?? null,
      nearestEn: nearest?.vertex.nameEn ?? null, nearestZh: nearest?.vertex.nameZh ?? null,
    };
  graph.addNode(id, {
    kind: 'place', id, placeKind: kind, placeId, nameEn: point.nameEn, nameZh: point.nameZh, lngLat: point.lngLat,
    countryIso2: point.countryIso2, access, onNetwork: false,
  });
  for (const { vertex, samePlace } of targets) addAccessEdge(graph, id, vertex.id, samePlace);
}

export function addAccessEdge(graph: CorridorGraph, fromVertex: string, toVertex: string, samePlace: boolean): void {
  if (!graph.hasNode(fromVertex) || !graph.hasNode(toVertex)) return;
  const path: LngLat[] = [graph.getNodeAttribute(fromVertex, 'lngLat'), graph.getNodeAttribute(toVertex, 'lngLat')];
  const drawnKm = pathLengthKm(path);
  graph.addEdgeWithKey(`access:${fromVertex}>${toVertex}`, fromVertex, toVertex, {
    kind: 'access', lineId: null, corridorId: null, mode: 'road', lengthKm: drawnKm, drawnKm, path, fromVertex, toVertex,
    samePlace, fromYear: null,
  });
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
  // A stop that is the same place in any corridor is a transfer, whatever the nearest stop of its corridor.
  for (const s of byDistance) {
    if (s.km <= ACCESS_MAX_KM && isSamePlace(s.vertex, point) && !targets.some((t) => t.vertex.id === s.vertex.id)) {
      targets.push({ vertex: s.vertex, samePlace: true });
    }
  }
  return targets;
}

/** Every pilot city and port with how it reaches the network, cities first, each group by id. */
export const routeOrigins = (graph: CorridorGraph): PlaceVertex[] =>
  graph.mapNodes((_, v) => v).filter((v): v is PlaceVertex => v.kind === 'place');

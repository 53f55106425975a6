import { MultiUndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/dijkstra';
import type { CorridorGraph, EdgeAttributes, LegEdge, VertexAttributes } from './corridor-graph';
import { hasRole, isCorridorVertex } from './corridor-graph';
import { type RouteLeg, type RouteShape, chooseEdges, shapeRoute } from './route-path';

export type { BorderCrossing, RouteLeg } from './route-path';

export type RouteFamily = 'sea' | 'cre-rail' | 'lsc-rail-sea' | 'lsc-land' | 'shortest';

type FamilySpec = {
  family: RouteFamily;
  labelEn: string;
  /** The corridor legs the family may use; access legs at the two ends are always allowed. */
  allows: (edge: LegEdge) => boolean;
  /** What an option of the family must contain; a path without it is not an option of this family. */
  requires: (legs: RouteLeg[]) => boolean;
  /** Also route once per Chinese border crossing with the other crossings closed, so each exit gives an option. */
  perExit: boolean;
};

const hasSea = (legs: RouteLeg[]) => legs.some((l) => l.mode === 'sea');

/** The families tried, in the order options are listed. */
export const ROUTE_FAMILIES: readonly FamilySpec[] = [
  {
    family: 'sea', labelEn: 'Sea (Silk Road Maritime)', perExit: false, requires: hasSea,
    allows: (e) => e.corridorId === 'srm' || (e.corridorId === 'lsc' && e.mode === 'sea'),
  },
  {
    family: 'cre-rail', labelEn: 'Rail (China–Europe Railway Express)', perExit: true,
    allows: (e) => e.corridorId === 'cre', requires: (legs) => legs.some((l) => l.corridorId === 'cre'),
  },
  {
    family: 'lsc-rail-sea', labelEn: 'Land–Sea Corridor rail to the sea, then ship', perExit: false,
    allows: (e) => (e.corridorId === 'lsc' && e.mode === 'rail') || (e.corridorId !== 'cre' && e.mode === 'sea'),
    requires: (legs) => hasSea(legs) && legs.some((l) => l.corridorId === 'lsc' && l.mode === 'rail'),
  },
  {
    family: 'lsc-land', labelEn: 'Land–Sea Corridor cross-border rail and road', perExit: true,
    allows: (e) => e.corridorId === 'lsc' && e.mode !== 'sea', requires: (legs) => legs.some((l) => l.corridorId === 'lsc'),
  },
  { family: 'shortest', labelEn: 'Shortest through any corridor', perExit: false, allows: () => true, requires: () => true },
];

export type RouteOption = RouteShape & {
  /** Stable within one result: the family, plus "-via-<crossing>" for the Chinese border crossing used. */
  id: string;
  family: RouteFamily;
  labelEn: string;
  /** True for the shortest option(s) of the result. */
  isShortest: boolean;
};

export type RouteOptionsResult =
  | { status: 'found'; options: RouteOption[]; unavailable: { family: RouteFamily; reason: string }[] }
  | { status: 'unreachable'; reason: string }
  | { status: 'invalid'; reason: string };

/**
 * Every option through the corridor network between two vertices (a pilot city or port `city:<id>` /
 * `port:<id>`, or a corridor stop such as a destination id): the shortest path (by geodesic km) within each
 * family's legs, once per Chinese exit where the family has several, without repeating a path.
 */
export function findRouteOptions(graph: CorridorGraph, from: string, to: string): RouteOptionsResult {
  const problem = endpointProblem(graph, from, to);
  if (problem) return problem;
  const options: RouteOption[] = [];
  const unavailable: { family: RouteFamily; reason: string }[] = [];
  const seen = new Set<string>();
  const names = `${nameOf(graph, from)} and ${nameOf(graph, to)}`;

  for (const spec of ROUTE_FAMILIES) {
    const found = familyPaths(graph, spec, from, to)
      .filter((shape) => spec.requires(shape.legs))
      .sort((a, b) => a.distanceKm - b.distanceKm);
    for (const shape of found) {
      const key = shape.vertexIds.join('>'); // identical paths found by several families are listed once
      if (seen.has(key)) continue;
      seen.add(key);
      options.push({ ...shape, id: uniqueId(optionId(graph, spec, shape), options), family: spec.family, labelEn: spec.labelEn, isShortest: false });
    }
    if (found.length === 0 && spec.family !== 'shortest') unavailable.push({ family: spec.family, reason: `no ${spec.labelEn} route between ${names} in the modelled lines` });
  }

  const withLegs = options.filter((o) => o.legs.length > 0);
  if (withLegs.length === 0) {
    return options.length > 0
      ? { status: 'invalid', reason: `${names} are the same place` }
      : { status: 'unreachable', reason: `no route through the modelled corridor lines connects ${names}` };
  }
  const shortestKm = Math.min(...withLegs.map((o) => o.distanceKm));
  for (const o of withLegs) o.isShortest = o.distanceKm <= shortestKm + 1e-6;
  return { status: 'found', options: withLegs, unavailable };
}

function endpointProblem(graph: CorridorGraph, from: string, to: string): RouteOptionsResult | null {
  for (const id of [from, to]) {
    if (!graph.hasNode(id)) return { status: 'invalid', reason: `unknown place "${id}"` };
    const v = graph.getNodeAttributes(id);
    if (v.kind === 'place' && v.access.status === 'too-far') return { status: 'unreachable', reason: v.access.reason };
  }
  return from === to ? { status: 'invalid', reason: 'origin and destination are the same place' } : null;
}

const nameOf = (graph: CorridorGraph, id: string) => graph.getNodeAttribute(id, 'nameEn');

/** The family's shortest path, and with perExit one more per Chinese border crossing it can use. */
function familyPaths(graph: CorridorGraph, spec: FamilySpec, from: string, to: string): RouteShape[] {
  const usable = (e: EdgeAttributes) =>
    e.kind === 'access' ? [from, to].includes(e.fromVertex) : spec.allows(e);
  const exits = spec.perExit ? chineseExits(graph, usable) : [];
  const closures: Set<string>[] = [new Set(), ...exits.map((open) => new Set(exits.filter((x) => x !== open)))];
  return closures.flatMap((closed) => {
    const sub = subgraph(graph, (e) => usable(e) && !closed.has(e.fromVertex) && !closed.has(e.toVertex));
    const vertexPath = shortestPath(sub, from, to);
    return vertexPath ? [shapeRoute(sub, vertexPath, chooseEdges(sub, vertexPath))] : [];
  });
}

/** Border crossings on the Chinese side that the usable legs touch, sorted by id. */
function chineseExits(graph: CorridorGraph, usable: (e: EdgeAttributes) => boolean): string[] {
  const exits = new Set<string>();
  graph.forEachEdge((_, e) => {
    if (!usable(e)) return;
    for (const id of [e.fromVertex, e.toVertex]) {
      const v: VertexAttributes = graph.getNodeAttributes(id);
      if (isCorridorVertex(v) && v.countryIso2 === 'CN' && hasRole(v, 'border_crossing')) exits.add(id);
    }
  });
  return [...exits].sort();
}

/** A copy with every vertex and only the kept edges (same keys), so shortest paths see nothing else. */
function subgraph(graph: CorridorGraph, keep: (e: EdgeAttributes) => boolean): CorridorGraph {
  const sub: CorridorGraph = new MultiUndirectedGraph({ allowSelfLoops: true });
  sub.replaceAttributes(graph.getAttributes());
  graph.forEachNode((id, v) => sub.addNode(id, v));
  graph.forEachEdge((key, e, source, target) => {
    if (keep(e)) sub.addEdgeWithKey(key, source, target, e);
  });
  return sub;
}

function shortestPath(graph: CorridorGraph, from: string, to: string): string[] | null {
  const path = bidirectional(graph, from, to, 'lengthKm') as string[] | null;
  return path && path.length > 0 ? path : null;
}

function optionId(graph: CorridorGraph, spec: FamilySpec, shape: RouteShape): string {
  const exit = spec.perExit
    ? shape.borderCrossings.find((b) => b.countryIso2 === 'CN' && graph.hasNode(b.vertexId))
    : undefined;
  return exit ? `${spec.family}-via-${exit.vertexId}` : spec.family;
}

function uniqueId(base: string, taken: readonly RouteOption[]): string {
  let id = base;
  for (let n = 2; taken.some((o) => o.id === id); n++) id = `${base}-${n}`;
  return id;
}

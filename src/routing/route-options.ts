import { bidirectional } from 'graphology-shortest-path/dijkstra';
import type { CorridorGraph, EdgeAttributes, VertexAttributes } from './corridor-graph';
import { ACCESS_MAX_KM, hasRole, isCorridorVertex } from './corridor-graph';
import { type FamilySpec, type RouteFamily, ROUTE_FAMILIES } from './route-families';
import { type RouteShape, chooseEdges, shapeRoute } from './route-path';

export type { BorderCrossing, RouteLeg } from './route-path';
export { ROUTE_FAMILIES, type RouteFamily } from './route-families';

export type Names = { en: string; zh: string };

export type RouteOption = RouteShape & {
  /** Stable within one result: the family, plus "-via-<crossing>" for the Chinese border crossing used. */
  id: string;
  family: RouteFamily;
  /** True for the shortest option(s) of the result. */
  isShortest: boolean;
  /** The first year every leg of the option runs. */
  fromYear: number | null;
};

/** An option that needs a line or link opened after the selected year. */
export type LaterOption = {
  id: string;
  family: RouteFamily;
  distanceKm: number;
  fromYear: number;
  /** The lines and links that open after the selected year, with their first year. */
  services: (Names & { id: string; startYear: number })[];
};

/** Why there is nothing to compare, in data: the panel words it in the reader's language. */
export type RouteProblem =
  | { code: 'unknown-place'; id: string }
  | { code: 'same-place' }
  | { code: 'too-far'; place: Names; nearest: Names | null; km: number | null; maxKm: number }
  | { code: 'no-route'; from: Names; to: Names };

export type RouteOptionsResult =
  | { status: 'found'; year: number; options: RouteOption[]; unavailable: RouteFamily[]; later: LaterOption[] }
  | { status: 'unreachable' | 'invalid'; year: number; problem: RouteProblem; later: LaterOption[] };

/** Used when no year is given: every line and link in the data. */
export const ANY_YEAR = Number.POSITIVE_INFINITY;

/**
 * Every option between two vertices (a place `city:<id>` / `port:<id>`, or a corridor stop) with the lines and
 * links running in `year`: the shortest path (by km) within each family's legs, once per Chinese exit where the
 * family has several, without repeating a path. Options that need a later line are listed as `later`.
 */
export function findRouteOptions(graph: CorridorGraph, from: string, to: string, year: number = ANY_YEAR): RouteOptionsResult {
  const problem = endpointProblem(graph, from, to);
  if (problem) return { status: problem.code === 'too-far' ? 'unreachable' : 'invalid', year, problem, later: [] };

  const options = optionsIn(graph, from, to, year);
  const later = Number.isFinite(year) ? laterOptions(graph, options, optionsIn(graph, from, to, ANY_YEAR), year) : [];
  const withLegs = options.filter((o) => o.legs.length > 0);
  if (withLegs.length === 0) {
    return options.length > 0
      ? { status: 'invalid', year, problem: { code: 'same-place' }, later }
      : { status: 'unreachable', year, problem: { code: 'no-route', from: namesOf(graph, from), to: namesOf(graph, to) }, later };
  }
  const shortestKm = Math.min(...withLegs.map((o) => o.distanceKm));
  for (const o of withLegs) o.isShortest = o.distanceKm <= shortestKm + 1e-6;
  const found = new Set(withLegs.map((o) => o.family));
  const unavailable = ROUTE_FAMILIES.map((f) => f.family).filter((f) => f !== 'shortest' && !found.has(f) && !later.some((l) => l.family === f));
  return { status: 'found', year, options: withLegs, unavailable, later };
}

function optionsIn(graph: CorridorGraph, from: string, to: string, year: number): RouteOption[] {
  const options: RouteOption[] = [];
  const seen = new Set<string>();
  for (const spec of ROUTE_FAMILIES) {
    const found = familyPaths(graph, spec, from, to, year)
      .filter((shape) => spec.requires(shape.legs))
      .sort((a, b) => a.distanceKm - b.distanceKm);
    for (const shape of found) {
      const key = shape.vertexIds.join('>'); // identical paths found by several families are listed once
      if (seen.has(key)) continue;
      seen.add(key);
      const fromYear = shape.legs.reduce<number | null>((y, l) => (l.fromYear === null ? y : Math.max(y ?? l.fromYear, l.fromYear)), null);
      options.push({ ...shape, id: uniqueId(optionId(graph, spec, shape), options), family: spec.family, isShortest: false, fromYear });
    }
  }
  return options;
}

/** Options of the whole data that the selected year does not have, with the services that open later. */
function laterOptions(graph: CorridorGraph, inYear: readonly RouteOption[], all: readonly RouteOption[], year: number): LaterOption[] {
  const have = new Set(inYear.map((o) => o.vertexIds.join('>')));
  const services = graph.getAttribute('services');
  return all
    .filter((o) => o.legs.length > 0 && o.fromYear !== null && o.fromYear > year && !have.has(o.vertexIds.join('>')))
    .map((o) => {
      const keys = [...new Set(o.legs.flatMap((l) => (l.lineId ? [l.lineId] : l.linkId ? [`inland:${l.linkId}`] : [])))];
      const opening = keys.flatMap((key) => {
        const s = services[key];
        return s && s.startYear !== null && s.startYear > year ? [{ id: key, en: s.nameEn, zh: s.nameZh, startYear: s.startYear }] : [];
      });
      return { id: o.id, family: o.family, distanceKm: o.distanceKm, fromYear: o.fromYear!, services: opening };
    });
}

function endpointProblem(graph: CorridorGraph, from: string, to: string): RouteProblem | null {
  for (const id of [from, to]) {
    if (!graph.hasNode(id)) return { code: 'unknown-place', id };
    const v = graph.getNodeAttributes(id);
    if (v.kind === 'place' && v.access.status === 'too-far' && !v.onNetwork) {
      const nearest = v.access.nearestEn ? { en: v.access.nearestEn, zh: v.access.nearestZh ?? v.access.nearestEn } : null;
      return { code: 'too-far', place: { en: v.nameEn, zh: v.nameZh }, nearest, km: v.access.nearestKm, maxKm: ACCESS_MAX_KM };
    }
  }
  return from === to ? { code: 'same-place' } : null;
}

const namesOf = (graph: CorridorGraph, id: string): Names => {
  const v = graph.getNodeAttributes(id);
  return { en: v.nameEn, zh: v.nameZh };
};

/** Access legs count only at the two ends, except a same-place link, which is a transfer anywhere. */
function usableFor(spec: FamilySpec, from: string, to: string, year: number) {
  return (e: EdgeAttributes) => {
    if (e.fromYear !== null && e.fromYear > year) return false;
    if (e.kind === 'access') return e.samePlace || [from, to].includes(e.fromVertex);
    return spec.allows(e);
  };
}

/** The family's shortest path, and with perExit one more per Chinese border crossing it can use. */
function familyPaths(graph: CorridorGraph, spec: FamilySpec, from: string, to: string, year: number): RouteShape[] {
  const usable = usableFor(spec, from, to, year);
  const exits = spec.perExit ? chineseExits(graph, usable) : [];
  const closures: Set<string>[] = [new Set(), ...exits.map((open) => new Set(exits.filter((x) => x !== open)))];
  return closures.flatMap((closed) => {
    const keep = (e: EdgeAttributes) => usable(e) && !closed.has(e.fromVertex) && !closed.has(e.toVertex);
    const vertexPath = shortestPath(graph, from, to, keep);
    return vertexPath ? [shapeRoute(graph, vertexPath, chooseEdges(graph, vertexPath, keep))] : [];
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

/** Shortest vertex path by drawn km over the kept edges (calibration must not pull a route off its line); other edges weigh Infinity and a path through one is no path. */
function shortestPath(graph: CorridorGraph, from: string, to: string, keep: (e: EdgeAttributes) => boolean): string[] | null {
  const weight = (_: string, e: EdgeAttributes) => (keep(e) ? e.drawnKm : Number.POSITIVE_INFINITY);
  const path = bidirectional(graph, from, to, weight) as string[] | null;
  if (!path || path.length === 0) return null;
  for (let i = 1; i < path.length; i++) {
    if (!graph.someEdge(path[i - 1]!, path[i]!, (_, e) => keep(e))) return null;
  }
  return path;
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

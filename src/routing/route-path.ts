import type { CorridorId, LngLat } from '../data/schema';
import { type CorridorGraph, type EdgeAttributes, type RouteMode, type VertexAttributes, hasRole, isCorridorVertex } from './corridor-graph';
import { joinPaths } from './geo';

/** A stretch of a route on one line in one mode, an access leg, an ocean crossing or an inland link (lineId null). */
export type RouteLeg = {
  kind: EdgeAttributes['kind'];
  lineId: string | null;
  corridorId: CorridorId | null;
  /** The inland link travelled (kind inland). */
  linkId: string | null;
  mode: RouteMode;
  fromId: string;
  toId: string;
  fromName: string;
  toName: string;
  fromNameZh: string;
  toNameZh: string;
  /** Length as routed, km: the drawn length, calibrated for rail legs, or an inland link's sourced length. */
  lengthKm: number;
  /** Geodesic length of `path`, km. */
  drawnKm: number;
  /** Straits and canals an ocean leg passes, in travel order. */
  passages: string[];
  /** The latest first year of the edges on the leg; null when none is tied to a service start. */
  fromYear: number | null;
  /** Drawn geometry in travel order. */
  path: LngLat[];
};

export type BorderCrossing = { vertexId: string; nameEn: string; nameZh: string; countryIso2: string | null; note: string };

/** What a vertex path becomes once its edges are chosen. */
export type RouteShape = {
  corridors: CorridorId[];
  /** Sum of the legs' lengths, km. */
  distanceKm: number;
  legs: RouteLeg[];
  borderCrossings: BorderCrossing[];
  /** How often the mode changes from one leg to the next. */
  modeChanges: number;
  path: LngLat[];
  vertexIds: string[];
};

/** Among equally short parallel edges, a service beats a straight access line. */
const KIND_RANK: Record<EdgeAttributes['kind'], number> = { leg: 0, inland: 1, ocean: 2, access: 3 };

/** Parallel edges whose lengths differ by less than this count as equally short. */
const EQUAL_LENGTH_KM = 0.5;

/**
 * The edges along a vertex path: the shortest between each pair of vertices and, among equally short
 * parallel edges (lines sharing a stretch), the choice with the fewest line changes; only `keep` edges count. Ties go to a
 * service before an access line, then to the
 * edge key that sorts first, so the choice is deterministic.
 */
export function chooseEdges(graph: CorridorGraph, vertexPath: readonly string[], keep: (e: EdgeAttributes) => boolean = () => true): EdgeAttributes[] {
  const steps: EdgeAttributes[][] = [];
  for (let i = 1; i < vertexPath.length; i++) {
    const edges = graph.edges(vertexPath[i - 1]!, vertexPath[i]!).sort()
      .map((e) => graph.getEdgeAttributes(e)).filter(keep)
      .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
    const shortest = Math.min(...edges.map((e) => e.drawnKm));
    steps.push(edges.filter((e) => e.drawnKm <= shortest + EQUAL_LENGTH_KM));
  }
  // changes[i][j]: fewest line changes up to step i when step i takes its candidate j; from[i][j]: the candidate before it
  const changes: number[][] = [];
  const from: number[][] = [];
  steps.forEach((candidates, i) => {
    changes.push([]);
    from.push([]);
    for (const edge of candidates) {
      let best = i === 0 ? 0 : Infinity;
      let bestK = -1;
      steps[i - 1]?.forEach((prev, k) => {
        const c = changes[i - 1]![k]! + (prev.lineId === edge.lineId ? 0 : 1);
        if (c < best) [best, bestK] = [c, k];
      });
      changes[i]!.push(best);
      from[i]!.push(bestK);
    }
  });
  const chosen: EdgeAttributes[] = [];
  const last = changes[changes.length - 1] ?? [];
  let j = last.indexOf(Math.min(...last));
  for (let i = steps.length - 1; i >= 0 && j >= 0; i--) {
    chosen.unshift(steps[i]![j]!);
    j = from[i]![j]!;
  }
  return chosen;
}

/** Legs, crossings and geometry of a vertex path with its chosen edges; same-place links are not legs. */
export function shapeRoute(graph: CorridorGraph, vertexPath: readonly string[], edges: readonly EdgeAttributes[]): RouteShape {
  const legs: RouteLeg[] = [];
  edges.forEach((edge, i) => {
    if (edge.kind === 'access' && edge.samePlace) return;
    const fromId = vertexPath[i]!;
    const toId = vertexPath[i + 1]!;
    const path = edge.fromVertex === fromId ? edge.path : [...edge.path].reverse();
    const previous = legs[legs.length - 1];
    const start = graph.getNodeAttributes(fromId);
    const end = graph.getNodeAttributes(toId);
    const linkId = edge.kind === 'inland' ? edge.linkId : null;
    const passages = edge.kind === 'ocean' ? (edge.fromVertex === fromId ? edge.passages : [...edge.passages].reverse()) : [];
    if (previous && previous.kind === edge.kind && previous.lineId === edge.lineId && previous.linkId === linkId
      && previous.mode === edge.mode && previous.toId === fromId) {
      Object.assign(previous, { toId, toName: end.nameEn, toNameZh: end.nameZh });
      previous.lengthKm += edge.lengthKm;
      previous.drawnKm += edge.drawnKm;
      previous.passages = [...previous.passages, ...passages.filter((p) => !previous.passages.includes(p))];
      previous.fromYear = laterYear(previous.fromYear, edge.fromYear);
      previous.path = joinPaths([previous.path, path]);
      return;
    }
    legs.push({
      kind: edge.kind, lineId: edge.lineId, corridorId: edge.corridorId, linkId, mode: edge.mode, fromId, toId,
      fromName: start.nameEn, fromNameZh: start.nameZh, toName: end.nameEn, toNameZh: end.nameZh,
      lengthKm: edge.lengthKm, drawnKm: edge.drawnKm, passages: [...new Set(passages)], fromYear: edge.fromYear, path,
    });
  });
  return {
    corridors: [...new Set(legs.flatMap((l) => l.corridorId ?? []))],
    distanceKm: legs.reduce((sum, l) => sum + l.lengthKm, 0),
    legs,
    borderCrossings: vertexPath.map((id) => graph.getNodeAttributes(id)).flatMap(borderCrossingOf),
    modeChanges: legs.filter((l, i) => i > 0 && l.mode !== legs[i - 1]!.mode).length,
    path: joinPaths(legs.map((l) => l.path)),
    vertexIds: [...vertexPath],
  };
}

const laterYear = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

function borderCrossingOf(v: VertexAttributes): BorderCrossing[] {
  if (!isCorridorVertex(v) || !hasRole(v, 'border_crossing')) return [];
  const note = v.members.find((m) => m.role === 'border_crossing' && m.note !== '')?.note ?? '';
  return [{ vertexId: v.id, nameEn: v.nameEn, nameZh: v.nameZh, countryIso2: v.countryIso2, note }];
}

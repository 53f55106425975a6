import type { Atlas, CorridorId, LngLat, NodeRole } from '../data/schema';
import { coreName, distanceKm, slugify } from './geo';

/** Two records can name the same place only when they lie within this distance of each other. */
export const SAME_PLACE_MAX_KM = 25;

export type NamedPoint = { nameEn: string; nameZh: string; lngLat: LngLat; countryIso2?: string | null };

/**
 * Names match when the English names without their qualifiers are equal ("Chongqing (Tuanjiecun hub)" = "Chongqing"),
 * one is the other plus further words ("Qingdao Port" = "Qingdao"), or the Chinese names are equal
 * ("Yangon Port" = "Yangon (port)": 仰光港).
 */
export function namesMatch(a: NamedPoint, b: NamedPoint): boolean {
  if (a.nameZh === b.nameZh) return true;
  const [x, y] = [coreName(a.nameEn), coreName(b.nameEn)];
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);
}

/** Both countries known and different: the two sides of a border, never one place. */
const inDifferentCountries = (a: NamedPoint, b: NamedPoint) => !!a.countryIso2 && !!b.countryIso2 && a.countryIso2 !== b.countryIso2;

/**
 * The merge rule: within SAME_PLACE_MAX_KM, names that match, and not in two different countries.
 * Border pairs a few km apart (Alashankou / Dostyk, Mohan / Boten) stay apart.
 */
export const isSamePlace = (a: NamedPoint, b: NamedPoint): boolean =>
  Math.abs(a.lngLat[1] - b.lngLat[1]) <= SAME_PLACE_MAX_KM / KM_PER_DEGREE_LAT_MIN && // cheap reject first
  !inDifferentCountries(a, b) && distanceKm(a.lngLat, b.lngLat) <= SAME_PLACE_MAX_KM && namesMatch(a, b);

/** A degree of latitude is at least this long, km. */
const KM_PER_DEGREE_LAT_MIN = 110;

/** One line node as merged into a vertex. */
export type VertexMember = { lineId: string; corridorId: CorridorId; seq: number; role: NodeRole; note: string };

/** A place on the corridor network: the line nodes that are the same place, merged. */
export type CorridorVertex = {
  kind: 'corridor';
  /** Kebab-case from the English name of the first merged node; stable while the data keeps its order. */
  id: string;
  nameEn: string;
  nameZh: string;
  lngLat: LngLat;
  /** null for sea-lane waypoints. */
  countryIso2: string | null;
  corridorIds: CorridorId[];
  members: VertexMember[];
};

export const memberKey = (lineId: string, seq: number) => `${lineId}#${seq}`;
export const hasRole = (v: CorridorVertex, role: NodeRole) => v.members.some((m) => m.role === role);

export type MergedNodes = {
  /** In order of first appearance (lines by id, nodes by seq). */
  vertices: CorridorVertex[];
  /** Vertex id of every line node, keyed by memberKey(lineId, seq). */
  vertexOfMember: Map<string, string>;
};

const mergedCache = new WeakMap<Atlas, MergedNodes>();

/**
 * Merges line nodes into vertices, deterministically: lines in id order, nodes in seq order; a node joins the
 * nearest existing vertex whose first node is the same place (isSamePlace), otherwise it starts a new vertex.
 * Comparing with the first node only keeps merges from chaining along a line.
 */
export function mergeLineNodes(atlas: Atlas): MergedNodes {
  const cached = mergedCache.get(atlas);
  if (cached) return cached;
  const vertices: CorridorVertex[] = [];
  const vertexOfMember = new Map<string, string>();
  const usedIds = new Set<string>();
  const lines = [...atlas.lines].sort((a, b) => a.id.localeCompare(b.id));
  for (const line of lines) {
    for (const node of [...line.nodes].sort((a, b) => a.seq - b.seq)) {
      let vertex = nearestSamePlace(vertices, node);
      if (!vertex) {
        vertex = {
          kind: 'corridor', id: uniqueId(slugify(node.nameEn) || 'place', usedIds), nameEn: node.nameEn, nameZh: node.nameZh,
          lngLat: node.lngLat, countryIso2: node.countryIso2, corridorIds: [], members: [],
        };
        vertices.push(vertex);
      }
      vertex.members.push({ lineId: line.id, corridorId: line.corridorId, seq: node.seq, role: node.role, note: node.note });
      if (!vertex.corridorIds.includes(line.corridorId)) vertex.corridorIds.push(line.corridorId);
      vertexOfMember.set(memberKey(line.id, node.seq), vertex.id);
    }
  }
  const merged = { vertices, vertexOfMember };
  mergedCache.set(atlas, merged);
  return merged;
}

function nearestSamePlace(vertices: CorridorVertex[], point: NamedPoint): CorridorVertex | undefined {
  let best: CorridorVertex | undefined;
  let bestKm = Infinity;
  for (const v of vertices) {
    if (!isSamePlace(v, point)) continue;
    const km = distanceKm(v.lngLat, point.lngLat);
    if (km < bestKm) [best, bestKm] = [v, km];
  }
  return best;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** A place a route can end at: a corridor stop (its vertex id) or a foreign seaport off the lines (`port:<id>`). */
export type RouteDestination = Omit<CorridorVertex, 'kind' | 'members'> & { kind: 'stop' | 'port'; lineIds: string[] };

/** A vertex is a destination when a line ends there (role destination), it is a seaport, or it is a transit hub abroad. */
export const isDestinationVertex = (v: CorridorVertex): boolean =>
  hasRole(v, 'destination') || hasRole(v, 'seaport') || (hasRole(v, 'transit') && v.countryIso2 !== null && v.countryIso2 !== 'CN');

/** The corridor destinations and the foreign seaports that are not already one of them, sorted by id. */
export function routeDestinations(atlas: Atlas): RouteDestination[] {
  const stops: RouteDestination[] = mergeLineNodes(atlas).vertices
    .filter(isDestinationVertex)
    .map((v) => ({
      kind: 'stop', id: v.id, nameEn: v.nameEn, nameZh: v.nameZh, lngLat: v.lngLat, countryIso2: v.countryIso2,
      corridorIds: [...v.corridorIds], lineIds: [...new Set(v.members.map((m) => m.lineId))],
    }));
  const ports: RouteDestination[] = atlas.ports
    .filter((p) => p.kind === 'seaport' && p.countryIso2 !== 'CN')
    .filter((p) => !stops.some((d) => isSamePlace(d, { ...p, countryIso2: p.countryIso2 })))
    .map((p) => ({
      kind: 'port', id: `port:${p.id}`, nameEn: p.nameEn, nameZh: p.nameZh, lngLat: p.lngLat, countryIso2: p.countryIso2,
      corridorIds: [], lineIds: [],
    }));
  return [...stops, ...ports].sort((a, b) => a.id.localeCompare(b.id));
}

/** European countries, for the published China–Europe comparisons (ISO 3166-1 alpha-2). */
const EUROPE = new Set(('AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FR GB GR HR HU IE IS IT LI LT LU LV MC MD ME MK MT '
  + 'NL NO PL PT RO RS SE SI SK SM UA VA').split(' '));
export const isInEurope = (countryIso2: string | null) => countryIso2 !== null && EUROPE.has(countryIso2);

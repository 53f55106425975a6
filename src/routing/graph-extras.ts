import type { Atlas, LngLat } from '../data/schema';
import type { CorridorGraph } from './corridor-graph';
import { inlandLinksOf, oceanOf } from './network-data';

/** Ocean junctions are vertices of their own; ports are their `port:<id>` place vertex. */
const oceanVertexId = (node: { id: string; portId: string | null }) => (node.portId ? `port:${node.portId}` : `ocean:${node.id}`);

/** The ocean network of the data build: ship routes between every Chinese seaport and every foreign one. */
export function addOceanNetwork(graph: CorridorGraph, atlas: Atlas): void {
  const ocean = oceanOf(atlas);
  if (!ocean) return;
  const vertexOf = new Map<string, string>();
  for (const node of ocean.nodes) {
    const id = oceanVertexId(node);
    if (!graph.hasNode(id)) {
      if (node.portId) continue; // a port the data no longer has: its edges are left out
      graph.addNode(id, { kind: 'junction', id, nameEn: 'open sea', nameZh: '海上', lngLat: node.lngLat, countryIso2: null });
    }
    vertexOf.set(node.id, id);
  }
  for (const edge of ocean.edges) {
    const [fromVertex, toVertex] = [vertexOf.get(edge.from), vertexOf.get(edge.to)];
    if (!fromVertex || !toVertex) continue;
    const path = edge.path.map((p): LngLat => [p[0], p[1]]);
    graph.addEdgeWithKey(`ocean:${edge.id}`, fromVertex, toVertex, {
      kind: 'ocean', lineId: null, corridorId: null, mode: 'sea', lengthKm: edge.lengthKm, drawnKm: edge.lengthKm,
      path, fromVertex, toVertex, passages: [...edge.passages], fromYear: null,
    });
  }
}

/** `port:<id>`, `city:<id>` or `node:<line>.<seq>` as a vertex id of the graph; null when it names nothing. */
function refVertex(graph: CorridorGraph, ref: string): string | null {
  const node = /^node:(.+)\.(\d+)$/.exec(ref);
  const id = node ? graph.getAttribute('vertexOfMember')[`${node[1]}#${node[2]}`] : ref;
  return id && graph.hasNode(id) ? id : null;
}

/** River, rail and road links between the ends of their refs, drawn through every ref. */
export function addInlandLinks(graph: CorridorGraph, atlas: Atlas): void {
  for (const link of inlandLinksOf(atlas)) {
    const fromVertex = refVertex(graph, link.refs[0] ?? '');
    const toVertex = refVertex(graph, link.refs[link.refs.length - 1] ?? '');
    if (!fromVertex || !toVertex || fromVertex === toVertex) continue;
    graph.addEdgeWithKey(`inland:${link.id}`, fromVertex, toVertex, {
      kind: 'inland', lineId: null, corridorId: null, mode: link.mode, linkId: link.id,
      lengthKm: link.lengthKm ?? link.drawnKm, drawnKm: link.drawnKm, path: link.path.map((p): LngLat => [p[0], p[1]]),
      fromVertex, toVertex, fromYear: link.startYear,
    });
  }
}

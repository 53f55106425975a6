// Reads and checks the committed, generated data/ocean-network.geojson.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Id, LngLat, SourceId, type OceanEdge, type OceanNetwork, type OceanNode } from '../../src/data/schema';
import { checkUniqueIds, errorAt, type DataError } from './read';
import type { RowsOf } from './rows';
import { jsonErrorAt } from './sea-legs';

export const OCEAN_FILE = 'data/ocean-network.geojson';
const REGENERATE = 'run npm run build:ocean';

const Collection = z.object({
  type: z.literal('FeatureCollection'),
  credit: z.string().min(1),
  sources: z.array(SourceId).min(1),
  features: z.array(z.unknown()),
});
const NodeFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({ id: Id, port_id: z.nullable(Id) }),
  geometry: z.object({ type: z.literal('Point'), coordinates: LngLat }),
});
const EdgeFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    id: Id, from: Id, to: Id, length_km: z.number().positive(), passages: z.array(z.string().min(1)),
  }),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(LngLat).min(2) }),
});

/** The line each element of the top-level `features` array starts on (strings and nesting skipped). */
export function featureLines(text: string): number[] {
  const lines: number[] = [];
  let [depth, line, inString, lastKey, inFeatures] = [0, 1, false, '', false];
  let keyStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') {
        inString = false;
        if (depth === 1) lastKey = text.slice(keyStart, i);
      }
    } else if (c === '"') [inString, keyStart] = [true, i + 1];
    else if (c === '{' || c === '[') {
      if (c === '[' && depth === 1 && lastKey === 'features') inFeatures = true;
      else if (inFeatures && depth === 2) lines.push(line);
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 1) inFeatures = false;
    }
  }
  return lines;
}

export type OceanRead = { network: OceanNetwork; edgeAt: Map<string, string> };

/** The ocean network, or an empty one after reporting why; every error names the feature's line. */
export function readOceanNetwork(dataDir: string, rows: RowsOf, errors: DataError[]): OceanRead {
  const empty: OceanRead = { network: { credit: '', sourceIds: [], nodes: [], edges: [] }, edgeAt: new Map() };
  const path = join(dataDir, 'ocean-network.geojson');
  if (!existsSync(path)) {
    errors.push(errorAt(OCEAN_FILE, '', `file is missing (${REGENERATE})`));
    return empty;
  }
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    errors.push(errorAt(jsonErrorAt(OCEAN_FILE, text, message), '', `not valid JSON (${message.replace(/\s+/g, ' ')})`));
    return empty;
  }
  const collection = Collection.safeParse(json);
  if (!collection.success) {
    for (const issue of collection.error.issues) errors.push(errorAt(OCEAN_FILE, issue.path.join('.'), issue.message));
    return empty;
  }
  const lines = featureLines(text);
  const nodes: (OceanNode & { at: string })[] = [];
  const edges: (OceanEdge & { at: string })[] = [];
  collection.data.features.forEach((raw, i) => {
    const at = `${OCEAN_FILE}:${lines[i] ?? '?'}`;
    const isPoint = (raw as { geometry?: { type?: unknown } })?.geometry?.type === 'Point';
    const parsed = isPoint ? NodeFeature.safeParse(raw) : EdgeFeature.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(errorAt(at, issue.path.join('.'), issue.message));
    } else if (isPoint) {
      const { properties: p, geometry } = parsed.data as z.infer<typeof NodeFeature>;
      nodes.push({ id: p.id, lngLat: geometry.coordinates as [number, number], portId: p.port_id, at });
    } else {
      const { properties: p, geometry } = parsed.data as z.infer<typeof EdgeFeature>;
      edges.push({ id: p.id, from: p.from, to: p.to, lengthKm: p.length_km, passages: p.passages,
        path: geometry.coordinates as [number, number][], at });
    }
  });
  checkOceanNetwork(rows, collection.data.sources, nodes, edges, errors);
  const strip = <T extends { at: string }>({ at: _at, ...rest }: T) => rest;
  return {
    network: { credit: collection.data.credit, sourceIds: collection.data.sources, nodes: nodes.map(strip), edges: edges.map(strip) },
    edgeAt: new Map(edges.map((e) => [e.id, e.at])),
  };
}

function checkOceanNetwork(
  rows: RowsOf, sources: string[], nodes: (OceanNode & { at: string })[], edges: (OceanEdge & { at: string })[],
  errors: DataError[],
) {
  const sourceIds = new Set(rows.sources.map((s) => s.id));
  for (const id of sources) if (!sourceIds.has(id)) errors.push(errorAt(OCEAN_FILE, 'sources', `unknown source id "${id}"`));
  checkUniqueIds([...nodes, ...edges], errors, 'properties.id');
  const seaports = new Map(rows.ports.filter((p) => p.kind === 'seaport').map((p) => [p.id, p]));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  for (const n of nodes) {
    if (n.portId === null) continue;
    const port = seaports.get(n.portId);
    if (!port) errors.push(errorAt(n.at, 'properties.port_id', `unknown seaport "${n.portId}" (data/ports.csv, kind seaport)`));
    else if (port.lng !== n.lngLat[0] || port.lat !== n.lngLat[1])
      errors.push(errorAt(n.at, 'geometry.coordinates', `node of ${port.id} is not at the port's coordinates in data/ports.csv (${REGENERATE})`));
  }
  const withNode = new Set(nodes.map((n) => n.portId));
  for (const port of seaports.values())
    if (!withNode.has(port.id)) errors.push(errorAt(port.at, 'id', `seaport "${port.id}" has no node in ${OCEAN_FILE} (${REGENERATE})`));
  for (const e of edges)
    for (const [end, column, index] of [[e.from, 'properties.from', 0], [e.to, 'properties.to', e.path.length - 1]] as const) {
      const node = nodeById.get(end);
      if (!node) {
        errors.push(errorAt(e.at, column, `unknown node "${end}"`));
        continue;
      }
      const [lng, lat] = e.path[index]!;
      if (Math.abs(((lng - node.lngLat[0] + 540) % 360) - 180) > 1e-9 || lat !== node.lngLat[1])
        errors.push(errorAt(e.at, 'geometry.coordinates', `the path does not ${index ? 'end' : 'start'} at node "${end}"`));
    }
}

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LngLat } from '../../src/data/schema';
import { errorAt, type DataError } from './read';

const SeaLegFeature = z.object({
  type: z.literal('Feature'),
  properties: z.object({ line_id: z.string(), from_seq: z.number().int(), to_seq: z.number().int() }).passthrough(),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(LngLat).min(2) }),
});
const SeaLegCollection = z.object({
  type: z.literal('FeatureCollection'),
  attribution: z.string().min(1),
  features: z.array(z.unknown()),
});

/** Each routed leg with where it came from, e.g. `data/sea-legs.geojson feature 12`. */
export type SeaLegs = { attribution: string; paths: Map<string, { path: [number, number][]; at: string }> };
export const seaLegKey = (lineId: string, fromSeq: number) => `${lineId}#${fromSeq}`;

/** Reads the committed, generated sea legs; a missing file means no leg can be drawn at sea. */
export function readSeaLegs(dataDir: string, errors: DataError[]): SeaLegs {
  const shown = 'data/sea-legs.geojson';
  const path = join(dataDir, 'sea-legs.geojson');
  const legs: SeaLegs = { attribution: '', paths: new Map() };
  if (!existsSync(path)) {
    errors.push(errorAt(shown, '', 'file is missing (run npm run build:sea-legs)'));
    return legs;
  }
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    errors.push(errorAt(jsonErrorAt(shown, text, (e as Error).message), '', `not valid JSON (${(e as Error).message.replace(/\s+/g, ' ')})`));
    return legs;
  }
  const collection = SeaLegCollection.safeParse(json);
  if (!collection.success) {
    for (const issue of collection.error.issues) errors.push(errorAt(shown, issue.path.join('.'), issue.message));
    return legs;
  }
  legs.attribution = collection.data.attribution;
  collection.data.features.forEach((raw, i) => {
    const at = `${shown} feature ${i}`;
    const feature = SeaLegFeature.safeParse(raw);
    if (!feature.success) {
      for (const issue of feature.error.issues) errors.push(errorAt(at, issue.path.join('.'), issue.message));
      return;
    }
    const { line_id, from_seq } = feature.data.properties;
    const key = seaLegKey(line_id, from_seq);
    const first = legs.paths.get(key);
    if (first) errors.push(errorAt(at, 'properties', `duplicate sea leg ${line_id} from_seq ${from_seq} (first at ${first.at})`));
    else legs.paths.set(key, { path: feature.data.geometry.coordinates as [number, number][], at });
  });
  return legs;
}

/** Where a JSON syntax error is, from V8's message: a position, or the text around an unexpected token. */
function jsonErrorOffset(text: string, message: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  // V8 quotes the source around the token, cut to 10 characters either side when longer.
  const token = /^Unexpected token '([^']+)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  const start = token ? text.indexOf(token[3]!) : -1;
  if (token && start >= 0) return start + (token[2] ? 10 : Math.max(0, token[3]!.indexOf(token[1]!)));
  return /end of JSON input/.test(message) ? text.length : null;
}

/** `data/sea-legs.geojson:12` where the error can be placed, else the file alone. */
export function jsonErrorAt(shown: string, text: string, message: string): string {
  const offset = jsonErrorOffset(text, message);
  return offset === null ? shown : `${shown}:${text.slice(0, offset).split('\n').length}`;
}

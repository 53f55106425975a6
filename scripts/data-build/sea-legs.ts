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

export type SeaLegs = { attribution: string; paths: Map<string, [number, number][]> };
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
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    errors.push(errorAt(shown, '', `not valid JSON (${(e as Error).message})`));
    return legs;
  }
  const collection = SeaLegCollection.safeParse(json);
  if (!collection.success) {
    for (const issue of collection.error.issues) errors.push(errorAt(shown, issue.path.join('.'), issue.message));
    return legs;
  }
  legs.attribution = collection.data.attribution;
  collection.data.features.forEach((raw, i) => {
    const feature = SeaLegFeature.safeParse(raw);
    if (!feature.success) {
      for (const issue of feature.error.issues)
        errors.push(errorAt(`${shown} feature ${i}`, issue.path.join('.'), issue.message));
      return;
    }
    const { line_id, from_seq } = feature.data.properties;
    legs.paths.set(seaLegKey(line_id, from_seq), feature.data.geometry.coordinates as [number, number][]);
  });
  return legs;
}

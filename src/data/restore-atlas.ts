import { AtlasSchema, type Atlas } from './schema';
import { OLDEST_SCHEMA_VERSION, SCHEMA_VERSION } from './schema-version';
import { ATLAS_UPGRADES, type AtlasUpgrade, type RawAtlas } from './atlas-upgrades';

/** Why a file is not usable: older than any shape this app can upgrade, newer than the app, or just wrong. */
export type RestoreProblem = 'too-old' | 'too-new' | 'invalid';
export type RestoreResult = { ok: true; atlas: Atlas; upgradedFrom: number } | { ok: false; problem: RestoreProblem; reason: string };

/** The shape a file says it has; a file without the field predates it and is version 1. */
function schemaVersionOf(json: RawAtlas): number | null {
  const v = json.schemaVersion === undefined ? 1 : json.schemaVersion;
  return Number.isInteger(v) && (v as number) >= 0 ? (v as number) : null;
}

/**
 * The one place untrusted atlas JSON becomes an Atlas: reads its schema version, applies every upgrade
 * step from there to SCHEMA_VERSION, then parses the result with today's schema.
 */
export function restoreAtlas(json: unknown, upgrades: readonly AtlasUpgrade[] = ATLAS_UPGRADES): RestoreResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, problem: 'invalid', reason: 'not a JSON object' };
  let raw = json as RawAtlas;
  const from = schemaVersionOf(raw);
  if (from === null) return { ok: false, problem: 'invalid', reason: 'schemaVersion is not a whole number' };
  if (from < OLDEST_SCHEMA_VERSION) {
    return { ok: false, problem: 'too-old', reason: `schema version ${from} is older than ${OLDEST_SCHEMA_VERSION}, the oldest this app reads` };
  }
  if (from > SCHEMA_VERSION) {
    return { ok: false, problem: 'too-new', reason: `schema version ${from} is newer than ${SCHEMA_VERSION}, the newest this app reads` };
  }
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = upgrades.find((u) => u.from === v);
    if (!step) return { ok: false, problem: 'too-old', reason: `no upgrade from schema version ${v}` };
    raw = { ...step.upgrade(raw), schemaVersion: v + 1 };
  }
  const parsed = AtlasSchema.safeParse({ ...raw, schemaVersion: SCHEMA_VERSION });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: 'invalid', reason: `${first?.path.join('.')}: ${first?.message}` };
  }
  return { ok: true, atlas: parsed.data, upgradedFrom: from };
}

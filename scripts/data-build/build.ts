import { AtlasSchema, type Atlas } from '../../src/data/schema';
import { assembleAtlas } from './assemble';
import { checkOceanEdgesAtSea, checkSeaLegsAtSea } from './at-sea';
import { checkAudit } from './audit-checks';
import { checkRows } from './checks';
import { checkComparatorRows } from './comparator';
import { readOceanNetwork } from './ocean-network';
import { readDataDir, type DataError } from './read';
import { readSeaLegs } from './sea-legs';

export type BuildResult = { ok: true; atlas: Atlas } | { ok: false; errors: DataError[] };

/** Validates every file of a data directory; returns the atlas only when nothing is wrong. */
export function buildAtlas(dataDir: string): BuildResult {
  const { rows, errors } = readDataDir(dataDir);
  errors.push(...checkRows(rows));
  checkComparatorRows(rows, errors);
  checkAudit(rows, errors);
  const seaLegs = readSeaLegs(dataDir, errors);
  const ocean = readOceanNetwork(dataDir, rows, errors);
  const atlas = assembleAtlas(rows, seaLegs, ocean.network, errors);
  checkSeaLegsAtSea(atlas.lines, seaLegs, errors);
  checkOceanEdgesAtSea(ocean.network.edges, ocean.edgeAt, errors);
  if (errors.length) return { ok: false, errors };
  // A last check of the assembled whole, so the app and the build agree on the format.
  const final = AtlasSchema.safeParse(atlas);
  if (!final.success)
    for (const issue of final.error.issues) errors.push(`atlas ${issue.path.join('.')}: ${issue.message}`);
  return errors.length ? { ok: false, errors } : { ok: true, atlas };
}

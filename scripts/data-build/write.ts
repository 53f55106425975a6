import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Atlas } from '../../src/data/schema';
import { buildAtlas } from './build';
import { healthSummary } from './health';

/** Writes via a temporary file and a rename, so no reader ever sees half a file. */
function writeWhole(path: string, text: string) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** `atlas.json` and, once per data version, `versions/<version>.json` (kept, so a pinned embed never changes). */
export function writeAtlas(atlas: Atlas, outDir: string) {
  const json = JSON.stringify(atlas) + '\n';
  mkdirSync(join(outDir, 'versions'), { recursive: true });
  const versionFile = join(outDir, 'versions', `${atlas.version}.json`);
  if (!existsSync(versionFile)) writeWhole(versionFile, json);
  writeWhole(join(outDir, 'atlas.json'), json);
}

type Log = { log: (line: string) => void; error: (line: string) => void };

/** Builds `dataDir` into `outDir`; returns the exit code. On any error nothing is written. */
export function runDataBuild(dataDir: string, outDir: string, out: Log = console): number {
  const result = buildAtlas(dataDir);
  if (!result.ok) {
    for (const e of result.errors) out.error(e);
    out.error(`\nData build failed: ${result.errors.length} error(s). Nothing was written.`);
    return 1;
  }
  const { atlas } = result;
  writeAtlas(atlas, outDir);
  out.log(
    `atlas ${atlas.version}: ${atlas.cities.length} cities, ${atlas.ports.length} ports, ` +
      `${atlas.lines.length} corridor lines, ${atlas.events.length} events, ${atlas.sources.length} sources → ${join(outDir, 'atlas.json')}`,
  );
  if (atlas.health) for (const line of healthSummary(atlas.health)) out.log(line);
  return 0;
}

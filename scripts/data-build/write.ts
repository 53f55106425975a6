import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_PACKAGE_PATH } from '../../src/data/data-package-path';
import type { Atlas } from '../../src/data/schema';
import { buildAtlas } from './build';
import { healthSummary } from './health';
import { dataPackageZip } from './package/write-package';
import { MANIFEST, manifestWith, missingKeptVersions } from './kept-versions';

/** Writes via a temporary file and a rename, so no reader ever sees half a file. */
function writeWhole(path: string, text: string | Uint8Array) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/**
 * `atlas.json` and, once per data version, `versions/<version>.json` listed in `versions/index.json`
 * (kept, so a pinned embed never changes).
 */
export function writeAtlas(atlas: Atlas, outDir: string) {
  const json = JSON.stringify(atlas) + '\n';
  const versionsDir = join(outDir, 'versions');
  mkdirSync(versionsDir, { recursive: true });
  const versionFile = join(versionsDir, `${atlas.version}.json`);
  if (!existsSync(versionFile)) writeWhole(versionFile, json);
  writeWhole(join(versionsDir, MANIFEST), manifestWith(versionsDir, { version: atlas.version, schemaVersion: atlas.schemaVersion }));
  writeWhole(join(outDir, 'atlas.json'), json);
}

type Log = { log: (line: string) => void; error: (line: string) => void };

const fail = (errors: string[], out: Log) => {
  for (const e of errors) out.error(e);
  out.error(`\nData build failed: ${errors.length} error(s). Nothing was written.`);
  return 1;
};

/** Builds `dataDir` into `outDir`: the atlas and the data package; returns the exit code. On any error nothing is written. */
export async function runDataBuild(dataDir: string, outDir: string, out: Log = console): Promise<number> {
  const result = buildAtlas(dataDir);
  // A published version is never dropped: pinned links in articles load it.
  const missing = missingKeptVersions(join(outDir, 'versions'));
  if (!result.ok || missing.length) return fail([...(result.ok ? [] : result.errors), ...missing], out);
  const { atlas } = result;
  const errors: string[] = [];
  const zip = await dataPackageZip(dataDir, atlas.version, errors);
  if (errors.length) return fail(errors, out);
  writeAtlas(atlas, outDir);
  // DATA_PACKAGE_PATH is relative to the site root; outDir is the site's data/ folder.
  const zipPath = join(outDir, '..', DATA_PACKAGE_PATH);
  mkdirSync(dirname(zipPath), { recursive: true });
  writeWhole(zipPath, zip);
  out.log(
    `atlas ${atlas.version}: ${atlas.cities.length} cities, ${atlas.ports.length} ports, ` +
      `${atlas.lines.length} corridor lines, ${atlas.events.length} events, ${atlas.sources.length} sources → ${join(outDir, 'atlas.json')}`,
  );
  out.log(`data package ${atlas.version}: ${Math.round(zip.length / 1024)} KB → ${zipPath}`);
  if (atlas.health) for (const line of healthSummary(atlas.health)) out.log(line);
  return 0;
}

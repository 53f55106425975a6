import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAtlas } from './data-build/build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ? resolve(process.argv[2]) : resolve(root, 'data');
const outFile = resolve(root, 'public/data/atlas.json');

const result = buildAtlas(dataDir);
if (!result.ok) {
  for (const e of result.errors) console.error(e);
  console.error(`\nData build failed: ${result.errors.length} error(s). Nothing was written.`);
  process.exit(1);
}
const { atlas } = result;
mkdirSync(dirname(outFile), { recursive: true });
const json = JSON.stringify(atlas) + '\n';
writeFileSync(outFile, json);
// Every published data version is kept (and committed), so a pinned embed never changes under an article.
const versionFile = resolve(dirname(outFile), 'versions', `${atlas.version}.json`);
mkdirSync(dirname(versionFile), { recursive: true });
if (!existsSync(versionFile)) writeFileSync(versionFile, json);
console.log(
  `atlas ${atlas.version}: ${atlas.cities.length} cities, ${atlas.ports.length} ports, ` +
    `${atlas.lines.length} corridor lines, ${atlas.events.length} events, ${atlas.sources.length} sources → public/data/atlas.json`,
);

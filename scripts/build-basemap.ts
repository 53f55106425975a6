// Cuts the offline basemap (Natural Earth countries) into vector tiles under public/basemap/ (generated, not committed).
//
//   npx tsx scripts/build-basemap.ts [--out public/basemap]
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBasemapTiles } from './basemap/vector-tiles';
import { BASEMAP_TILE_PATH } from '../src/map/basemap';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = values.out ? resolve(values.out) : resolve(root, 'public', BASEMAP_TILE_PATH);
const started = performance.now();
const { tiles, bytes } = writeBasemapTiles(outDir);
console.log(`basemap: ${tiles} vector tiles, ${Math.round(bytes / 1024)} KB → ${relative(process.cwd(), outDir)} (${Math.round(performance.now() - started)} ms)`);

// Validates data/ and writes public/data/atlas.json and the data package public/data/corridor-atlas-data.zip; on any error it writes nothing and exits with 1.
//
//   npx tsx scripts/build-data.ts [data-dir] [--out public/data]
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runDataBuild } from './data-build/write';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
const dataDir = positionals[0] ? resolve(positionals[0]) : resolve(root, 'data');
const outDir = values.out ? resolve(values.out) : resolve(root, 'public/data');

process.exitCode = await runDataBuild(dataDir, outDir, {
  log: (line) => console.log(line.replace(outDir, relative(process.cwd(), outDir) || '.')),
  error: (line) => console.error(line.replaceAll(outDir, relative(process.cwd(), outDir) || '.')),
});

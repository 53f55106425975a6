import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runDataBuild } from '../../scripts/data-build/write';

const ROOT = resolve(__dirname, '../..');
const DATA_DIR = resolve(ROOT, 'data');
const OUT_DIR = resolve(ROOT, 'public/data');
const ATLAS = join(OUT_DIR, 'atlas.json');

/** The newest modification time of any file under a folder. */
function newestChange(dir: string): number {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Tests that read the built atlas.json get one built from data/ as it is now, on a fresh clone too. */
export default async function setup() {
  if (existsSync(ATLAS) && statSync(ATLAS).mtimeMs >= newestChange(DATA_DIR)) return;
  const errors: string[] = [];
  const code = await runDataBuild(DATA_DIR, OUT_DIR, { log: () => {}, error: (line) => errors.push(line) });
  if (code !== 0) throw new Error(`the data build failed, so the tests that read atlas.json cannot run:\n${errors.join('\n')}`);
}

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { missingKeptVersions, readManifest } from '../../scripts/data-build/kept-versions';
import { runDataBuild } from '../../scripts/data-build/write';
import { DATA_DIR } from './fixture-dir';
import { tempDirForTest } from '../setup/temp-dir';

const ROOT = resolve(__dirname, '../..');
const VERSIONS = join(ROOT, 'public/data/versions');
const BUILD_TIMEOUT_MS = 60_000;
const OLDEST = '7e0e2fdc4291';

/** Every file under `dir` with its content, to prove a failed build left it as it was. */
const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]));

/** An output folder holding the repository's published versions, as public/data does. */
function outDirWithKeptVersions() {
  const outDir = tempDirForTest('atlas-out-');
  cpSync(VERSIONS, join(outDir, 'versions'), { recursive: true });
  return outDir;
}

async function build(outDir: string) {
  const errors: string[] = [];
  const code = await runDataBuild(DATA_DIR, outDir, { log: () => {}, error: (line) => errors.push(line) });
  return { code, errors };
}

const manifestLine = (version: string) => readFileSync(join(VERSIONS, 'index.json'), 'utf8').split('\n').findIndex((l) => l.includes(version)) + 1;

describe('the data build never drops a published version', () => {
  test('a version listed in versions/index.json but missing fails the build, naming it, and writes nothing', async () => {
    const outDir = outDirWithKeptVersions();
    rmSync(join(outDir, 'versions', `${OLDEST}.json`));
    const before = snapshot(outDir);
    const { code, errors } = await build(outDir);
    expect(code).toBe(1);
    expect(errors[0]).toBe(
      `${join(outDir, 'versions/index.json')}:${manifestLine(OLDEST)}: published data version ${OLDEST} has no file ${join(outDir, 'versions', `${OLDEST}.json`)}; ` +
        `a pinned link to it would break: restore it with git checkout -- ${join(outDir, 'versions', `${OLDEST}.json`)}`,
    );
    expect(errors.at(-1)).toBe('\nData build failed: 1 error(s). Nothing was written.');
    expect(snapshot(outDir)).toEqual(before);
  }, BUILD_TIMEOUT_MS);

  test('the command exits with 1 and names the missing file', () => {
    const outDir = outDirWithKeptVersions();
    rmSync(join(outDir, 'versions', `${OLDEST}.json`));
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-data.ts', '--out', outDir], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`published data version ${OLDEST} has no file`);
    expect(result.stdout).toBe('');
  }, BUILD_TIMEOUT_MS);

  test('a good build keeps every published version and appends a new one to the end of the list', async () => {
    const outDir = outDirWithKeptVersions();
    const kept = readManifest(VERSIONS, []).map(({ version, schemaVersion }) => ({ version, schemaVersion }));
    const [current] = kept.splice(-1);
    writeFileSync(join(outDir, 'versions/index.json'), JSON.stringify({ versions: kept }));
    rmSync(join(outDir, 'versions', `${current!.version}.json`));
    expect(await build(outDir)).toEqual({ code: 0, errors: [] });
    expect(readManifest(join(outDir, 'versions'), []).map((k) => k.version)).toEqual([...kept, current].map((k) => k!.version));
    expect(readdirSync(join(outDir, 'versions')).sort()).toEqual(readdirSync(VERSIONS).sort());
  }, BUILD_TIMEOUT_MS);

  test('a manifest that is not JSON fails the build', async () => {
    const outDir = outDirWithKeptVersions();
    writeFileSync(join(outDir, 'versions/index.json'), '{"versions": [');
    const { code, errors } = await build(outDir);
    expect(code).toBe(1);
    expect(errors[0]).toMatch(new RegExp(`^${join(outDir, 'versions/index.json')}: not valid JSON`));
  }, BUILD_TIMEOUT_MS);

  test('a version file committed in git but deleted is reported even when the manifest does not list it', () => {
    const repo = tempDirForTest('atlas-git-');
    const versions = join(repo, 'versions');
    mkdirSync(versions);
    writeFileSync(join(versions, 'abcdefabcdef.json'), '{}');
    execFileSync('git', ['init', '-q'], { cwd: repo });
    execFileSync('git', ['add', '.'], { cwd: repo });
    rmSync(join(versions, 'abcdefabcdef.json'));
    expect(missingKeptVersions(versions)).toEqual([
      `${join(versions, 'abcdefabcdef.json')}: committed in git but missing; a pinned link to it would break: restore it with git checkout -- ${join(versions, 'abcdefabcdef.json')}`,
    ]);
  });

  test('a fresh output folder has nothing to keep', () => {
    expect(missingKeptVersions(join(tempDirForTest('atlas-out-'), 'versions'))).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadAtlas } from '../../../src/data/load-atlas';
import { SCHEMA_VERSION } from '../../../src/data/schema-version';

const ROOT = resolve(__dirname, '../../..');
/** Every data version committed in git: the files pinned links load. */
const COMMITTED = execFileSync('git', ['ls-files', '--', 'public/data/versions/*.json'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n').filter((path) => /\/[0-9a-f]{12}\.json$/.test(path));

const MANIFEST = (JSON.parse(readFileSync(resolve(ROOT, 'public/data/versions/index.json'), 'utf8')) as { versions: { version: string; schemaVersion: number }[] }).versions;

type RawCity = { years: { year: number }[] };
type Raw = { version: string; cities: RawCity[]; programYears: { year: number; citiesTotal: number | null }[]; keyFigures: { id: string; value: number }[] } & Record<string, unknown[]>;

/** Serves a file of the repository as the browser's fetch would get it from the static host. */
const fetchFromDisk = (async (url: string) =>
  new Response(readFileSync(resolve(ROOT, 'public', url.replace(/^\//, '')), 'utf8'), { headers: { 'content-type': 'application/json' } })) as typeof fetch;

const citiesPerYear = (cities: RawCity[]) => {
  const counts: Record<number, number> = {};
  for (const c of cities) for (const y of c.years) counts[y.year] = (counts[y.year] ?? 0) + 1;
  return counts;
};

describe('every committed data version loads in this app', () => {
  test('there are committed versions, and the current one is among them', () => {
    expect(COMMITTED.length).toBeGreaterThanOrEqual(6);
    const { version } = JSON.parse(readFileSync(resolve(ROOT, 'public/data/atlas.json'), 'utf8')) as Raw;
    expect(COMMITTED, `public/data/versions/${version}.json is not committed: commit it, pinned links load it`).toContain(`public/data/versions/${version}.json`);
    expect(MANIFEST.at(-1)?.version).toBe(version);
  });

  test('versions/index.json lists every committed version once, each with the schema version it was written in', () => {
    expect(MANIFEST.map((k) => `public/data/versions/${k.version}.json`).sort()).toEqual([...COMMITTED].sort());
    for (const { version, schemaVersion } of MANIFEST) {
      const raw = JSON.parse(readFileSync(resolve(ROOT, `public/data/versions/${version}.json`), 'utf8')) as Record<string, unknown>;
      expect(schemaVersion, version).toBe(raw.schemaVersion ?? 1);
    }
  });

  test.each(COMMITTED.map((path) => [basename(path, '.json'), path]))('%s parses and keeps its own numbers', async (version, path) => {
    const raw = JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as Raw;
    const result = await loadAtlas(`/data/versions/${version}.json`, fetchFromDisk);
    if (!result.ok) throw new Error(result.reason);
    const { atlas } = result;
    expect(atlas.version).toBe(version);
    expect(atlas.schemaVersion).toBe(SCHEMA_VERSION);
    expect(citiesPerYear(atlas.cities)).toEqual(citiesPerYear(raw.cities));
    expect(atlas.programYears.map((p) => [p.year, p.citiesTotal])).toEqual(raw.programYears.map((p) => [p.year, p.citiesTotal]));
    expect(atlas.keyFigures.map((f) => [f.id, f.value])).toEqual(raw.keyFigures.map((f) => [f.id, f.value]));
    for (const list of ['sources', 'events', 'measures', 'corridors', 'lines', 'ports', 'stats', 'storySteps'] as const)
      expect(atlas[list].length, list).toBe(raw[list]!.length);
  });
});

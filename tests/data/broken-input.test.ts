import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDirForTest } from '../setup/temp-dir';
import { runDataBuild } from '../../scripts/data-build/write';
import {
  DATA_DIR, dataDirWith, editLine, editOceanLine, editRow, editSeaLegs, lineOf, oceanLineOf, seaLegIndex, setCell,
} from './fixture-dir';

type Edits = Parameters<typeof dataDirWith>[0];
const ROOT = resolve(__dirname, '../..');
const BUILD_TIMEOUT_MS = 60_000;

/** Every file under `dir` with its content, to prove a failed build left it as it was. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries((readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => { const path = join(e.parentPath, e.name); return [relative(dir, path), readFileSync(path, 'utf8')]; }));
}

async function build(dataDir: string, outDir: string) {
  const errors: string[] = [];
  const code = await runDataBuild(dataDir, outDir, { log: () => {}, error: (line) => errors.push(line) });
  return { code, errors };
}

const row = lineOf;
const wuxi = row('cities.csv', 'id', 'wuxi');
const pek = row('ports.csv', 'id', 'pek');
const seaLegsText = readFileSync(join(DATA_DIR, 'sea-legs.geojson'), 'utf8');
const seaLegs = (JSON.parse(seaLegsText) as { features: { properties: { line_id: string; from_seq: number } }[] }).features;
const w5Leg = seaLegIndex('CRE-W5', 24);
const fourthLeg = 3;
const { line_id: fourthLine, from_seq: fourthFrom } = seaLegs[fourthLeg]!.properties;

/** Each a copy of data/ with one thing broken, and a message that must name file, line and field. */
const FIXTURES: [string, Edits, string][] = [
  ['a longitude out of range', { 'cities.csv': setCell('id', 'wuxi', 'lng', '216.4') }, `data/cities.csv:${wuxi} lng: longitude above 180`],
  ['a latitude below -90', { 'ports.csv': setCell('id', 'pek', 'lat', '-91') }, `data/ports.csv:${pek} lat: latitude below -90`],
  ['a coordinate that is not a number', { 'ports.csv': setCell('id', 'pek', 'lat', 'north') }, `data/ports.csv:${pek} lat: number expected`],
  ['NaN as a coordinate', { 'corridor-nodes.csv': editRow('line_id', 'CRE-W1', (r) => { r.lng = 'NaN'; }) },
    `data/corridor-nodes.csv:${row('corridor-nodes.csv', 'line_id', 'CRE-W1')} lng: number expected`],
  // Every pilot city lies east of 90°E, so swapped coordinates put its latitude above 90.
  ['longitude and latitude swapped', { 'cities.csv': editRow('id', 'wuxi', (r) => { [r.lng, r.lat] = [r.lat!, r.lng!]; }) },
    `data/cities.csv:${wuxi} lat: latitude above 90`],
  ['an unknown source id', { 'cities.csv': setCell('id', 'wuxi', 'source_ids', 'S15;S99') }, `data/cities.csv:${wuxi} source_ids: unknown source id "S99"`],
  ['an unknown source id in the sources of a statistic', { 'corridor-stats.csv': editRow('corridor_id', 'cre', (r) => { r.source_ids = 'S98'; }) },
    `data/corridor-stats.csv:${row('corridor-stats.csv', 'corridor_id', 'cre')} source_ids: unknown source id "S98"`],
  ['a duplicate city id', { 'cities.csv': setCell('id', 'wuxi', 'id', 'beijing') },
    `data/cities.csv:${wuxi}: duplicate city id "beijing" (first at data/cities.csv:${row('cities.csv', 'id', 'beijing')})`],
  ['a duplicate port id', { 'ports.csv': setCell('id', 'pkx', 'id', 'pek') },
    `data/ports.csv:${row('ports.csv', 'id', 'pkx')}: duplicate port id "pek" (first at data/ports.csv:${pek})`],
  ['a year after the timeline', { 'city-years.csv': setCell('city_id', 'beijing', 'year', '2031') },
    `data/city-years.csv:${row('city-years.csv', 'city_id', 'beijing')} year: 2031 is outside 2018–2026`],
  ['a story year before the timeline', { 'story-steps.csv': setCell('step', '1', 'year', '2017') },
    `data/story-steps.csv:${row('story-steps.csv', 'step', '1')} year: 2017 is outside 2018–2026`],
  ['a measure set year before 2000', { 'measure-sets.csv': setCell('id', '2024-action', 'year', '1999') },
    `data/measure-sets.csv:${row('measure-sets.csv', 'id', '2024-action')} year: Too small: expected number to be >=2000`],
  ['more named cities than the official total', { 'program-years.csv': setCell('year', '2025', 'cities_total', '19') },
    `data/program-years.csv:${row('program-years.csv', 'year', '2025')} cities_total: 20 cities are named for 2025 but the official total is 19`],
  ['an unterminated quote', { 'cities.csv': editLine('cities.csv', 'id', 'wuxi', (l) => l.replace(',Wuxi,', ',"Wuxi,')) },
    `data/cities.csv:${wuxi} name_en: unterminated quote: the value runs to the end of the file`],
  ['a stray quote inside a value', { 'cities.csv': editLine('cities.csv', 'id', 'wuxi', (l) => l.replace(',Wuxi,', ',Wu"xi,')) },
    `data/cities.csv:${wuxi} name_en: a quote inside an unquoted value; quote the whole value and double the quote`],
  ['a row with a field too few', { 'cities.csv': editLine('cities.csv', 'id', 'wuxi', (l) => l.slice(0, l.lastIndexOf(','))) },
    `data/cities.csv:${wuxi} source_ids: missing: the row has 7 field(s), the header 8`],
  ['a row with a field too many', { 'ports.csv': editLine('ports.csv', 'id', 'pek', (l) => l.replace(',Beijing Capital', ',Beijing, Capital')) },
    `data/ports.csv:${pek} field 12: has no column: the row has 12 fields, the header 11; quote a value that contains a comma`],
  ['a blank line between rows', { 'cities.csv': editLine('cities.csv', 'id', 'wuxi', (l) => `\n${l}`) },
    `data/cities.csv:${wuxi} name_en: missing: the row has 1 field(s), the header 8`],
  ['a header column missing', { 'cities.csv': (csv) => csv.replace(',lat,', ',') }, 'data/cities.csv:1: missing column(s) lat'],
  ['a header column twice', { 'events.csv': (csv) => csv.replace(/^id,date,/, 'id,id,') }, 'data/events.csv:1 id: column appears twice'],
  ['a Point where a sea leg needs a LineString', { 'sea-legs.geojson': editSeaLegs((f) => { f[fourthLeg]!.geometry = { type: 'Point', coordinates: [120, 30] }; }) },
    `data/sea-legs.geojson feature ${fourthLeg} geometry.type: Invalid input: expected "LineString"`],
  ['a sea leg vertex beyond 180°', { 'sea-legs.geojson': editSeaLegs((f) => { (f[fourthLeg]!.geometry.coordinates as number[][])[1] = [200, 10]; }) },
    `data/sea-legs.geojson feature ${fourthLeg} geometry.coordinates.1.0: Too big: expected number to be <=180`],
  ['a sea leg vertex given as text', { 'sea-legs.geojson': editSeaLegs((f) => { (f[fourthLeg]!.geometry.coordinates as unknown[][])[1] = ['120.5', 'north']; }) },
    `data/sea-legs.geojson feature ${fourthLeg} geometry.coordinates.1.1: Invalid input: expected number, received string`],
  ['a sea leg listed twice', { 'sea-legs.geojson': editSeaLegs((f) => { f.push(structuredClone(f[fourthLeg]!)); }) },
    `data/sea-legs.geojson feature ${seaLegs.length} properties: duplicate sea leg ${fourthLine} from_seq ${fourthFrom} (first at data/sea-legs.geojson feature ${fourthLeg})`],
  ['sea legs cut off mid-file', { 'sea-legs.geojson': (text) => text.slice(0, 5000) },
    `data/sea-legs.geojson:${seaLegsText.slice(0, 5000).split('\n').length}: not valid JSON (`],
  ['sea legs with a stray comma', { 'sea-legs.geojson': (text) => text.replace('"features": [', '"features": [,') },
    'data/sea-legs.geojson:5: not valid JSON ('],
  ['sea legs that are not JSON at all', { 'sea-legs.geojson': () => '<!doctype html><p>Not found</p>\n' }, 'data/sea-legs.geojson:1: not valid JSON ('],
  ['a sea leg over land', { 'sea-legs.geojson': editSeaLegs((f) => {
    const path = f[w5Leg]!.geometry.coordinates as number[][];
    f[w5Leg]!.geometry.coordinates = [path[0], [58, 44], path.at(-1)]; // across the Ustyurt plateau
  }) }, `data/sea-legs.geojson feature ${w5Leg} geometry.coordinates: sea leg CRE-W5 24→25 crosses land (Kazakhstan) at 51.708,43.719, ` +
    '40 km from the nearer port (51 sample(s) every 20 km on land); only samples within 30 km of a port or in the Suez Canal may touch land'],
  ['an ocean edge from an unknown node', { 'ocean-network.geojson': editOceanLine('edge-9', (l) => l.replace('"from":"constanta"', '"from":"atlantis"')) },
    `data/ocean-network.geojson:${oceanLineOf('edge-9')} properties.from: unknown node "atlantis"`],
  ['a published distance to an unknown port', { 'published-distances.csv': setCell('id', 'shanghai-piraeus-suez', 'to_port_id', 'atlantis') },
    `data/published-distances.csv:${row('published-distances.csv', 'id', 'shanghai-piraeus-suez')} to_port_id: unknown port id "atlantis"`],
  ['an inland link through an unknown place', { 'inland-links.csv': setCell('id', 'rotterdam-duisburg-rail', 'path_refs', 'port:rotterdam;node:CRE-W1.99') },
    `data/inland-links.csv:${row('inland-links.csv', 'id', 'rotterdam-duisburg-rail')} path_refs: unknown place "node:CRE-W1.99"`],
];

describe('broken input fails the build with file, line and field, and writes nothing', () => {
  let outDir = '';
  let before: Record<string, string> = {};
  beforeAll(async () => {
    // The output of a good build, which a failed one must leave exactly as it is.
    outDir = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    expect(await build(DATA_DIR, outDir)).toEqual({ code: 0, errors: [] });
    before = snapshot(outDir);
    const { version } = JSON.parse(before['atlas.json']!) as { version: string };
    expect(Object.keys(before).sort()).toEqual(['atlas.json', 'versions/index.json', `versions/${version}.json`].sort());
  }, BUILD_TIMEOUT_MS);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('the fixtures cover every kind of breakage', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(FIXTURES.map(([, edits]) => Object.keys(edits)[0])).size).toBeGreaterThanOrEqual(10);
  });

  test.each(FIXTURES)('%s', async (_, edits, message) => {
    const fresh = join(tempDirForTest('atlas-out-'), 'data');
    const dataDir = dataDirWith(edits);
    const { code, errors } = await build(dataDir, outDir);
    expect(code).toBe(1);
    expect(errors.filter((e) => e.startsWith(message)), errors.slice(0, 5).join('\n')).toHaveLength(1);
    expect(errors.at(-1)).toMatch(/^\nData build failed: \d+ error\(s\)\. Nothing was written\.$/);
    expect(snapshot(outDir)).toEqual(before);
    expect((await build(dataDir, fresh)).code).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  }, BUILD_TIMEOUT_MS);

  test('the command exits with 1, prints the message and leaves the output directory alone', () => {
    const dataDir = dataDirWith(FIXTURES.find(([name]) => name === 'an unterminated quote')![1]);
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-data.ts', dataDir, '--out', outDir],
      { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`data/cities.csv:${wuxi} name_en: unterminated quote`);
    expect(result.stdout).toBe('');
    expect(snapshot(outDir)).toEqual(before);
  }, BUILD_TIMEOUT_MS);

  test('the command writes atlas.json and its kept version into --out', () => {
    const fresh = tempDirForTest('atlas-out-');
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-data.ts', '--out', fresh],
      { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(snapshot(fresh)).toEqual(before);
  }, BUILD_TIMEOUT_MS);
});

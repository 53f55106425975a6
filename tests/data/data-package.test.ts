import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { csvParse, type DSVRowArray } from 'd3';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildAtlas } from '../../scripts/data-build/build';
import type { Descriptor } from '../../scripts/data-build/package/descriptor';
import { dataPackageZip } from '../../scripts/data-build/package/write-package';
import { DATA_DIR, dataDirWith } from './fixture-dir';

/** Every table of data/ goes into the package. */
const TABLES_IN_DATA = readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv')).length;
import { cellErrors, profileErrors, unresolvedReferences } from './package-checks';

const built = buildAtlas(DATA_DIR);
if (!built.ok) throw new Error(built.errors.join('\n'));
const version = built.atlas.version;

let zip: JSZip;
let descriptor: Descriptor;
const tables: Record<string, DSVRowArray> = {};
const texts: Record<string, string> = {};

beforeAll(async () => {
  const errors: string[] = [];
  zip = await JSZip.loadAsync(await dataPackageZip(DATA_DIR, version, errors));
  expect(errors).toEqual([]);
  descriptor = JSON.parse(await zip.file('datapackage.json')!.async('string')) as Descriptor;
  for (const r of descriptor.resources) {
    texts[r.path] = (await zip.file(r.path)?.async('string')) ?? '';
    if (r.format === 'csv') tables[r.name] = csvParse(texts[r.path]!);
  }
});

describe('the data package descriptor', () => {
  test('validates against the official Data Package profile', () => {
    expect(profileErrors('dataPackage', descriptor)).toEqual([]);
  });

  test('each table validates against the Tabular Data Resource profile and its schema against Table Schema', () => {
    const tabular = descriptor.resources.filter((r) => r.profile === 'tabular-data-resource');
    expect(tabular.length).toBe(TABLES_IN_DATA);
    expect(TABLES_IN_DATA).toBeGreaterThanOrEqual(23);
    for (const r of tabular) {
      expect(profileErrors('tabularResource', r), r.name).toEqual([]);
      expect(profileErrors('tableSchema', r.schema), r.name).toEqual([]);
    }
    for (const r of descriptor.resources.filter((x) => x.profile === 'data-resource')) expect(profileErrors('dataResource', r), r.name).toEqual([]);
  });

  test('the profiles reject a broken descriptor, so these checks can fail', () => {
    const [first, ...rest] = descriptor.resources;
    expect(profileErrors('dataPackage', { ...descriptor, resources: [] })).not.toEqual([]);
    expect(profileErrors('dataPackage', { ...descriptor, resources: [{ ...first, name: 'Not A Name' }, ...rest] })).not.toEqual([]);
    const listField = { fields: [{ name: 'source_ids', type: 'list', delimiter: ';' }] };
    expect(profileErrors('tableSchema', listField)).not.toEqual([]);
    expect(profileErrors('tabularResource', { ...first, schema: undefined })).not.toEqual([]);
  });

  test('carries the data version, a title, a licence on the package and on every resource', () => {
    expect(descriptor).toMatchObject({ name: 'corridor-atlas-data', title: 'Corridor Atlas data', dataVersion: version });
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    for (const r of descriptor.resources) expect(r.licenses.length, r.name).toBeGreaterThan(0);
    expect(descriptor.resources.find((r) => r.name === 'sea-legs')!.licenses.map((l) => l.name)).toContain('Apache-2.0');
  });

  test('every field has a type and a description; coordinates and lengths have units', () => {
    for (const r of descriptor.resources)
      for (const f of r.schema?.fields ?? []) expect(f.description, `${r.name}.${f.name}`).toBeTruthy();
    const field = (table: string, name: string) => descriptor.resources.find((r) => r.name === table)!.schema!.fields.find((f) => f.name === name)!;
    expect(field('cities', 'lng')).toMatchObject({ type: 'number', unit: 'degrees (WGS 84)' });
    expect(field('inland-links', 'length_km')).toMatchObject({ type: 'number', unit: 'km' });
    expect(field('city-years', 'year').type).toBe('integer');
  });
});

describe('the files of the data package', () => {
  test('the zip holds exactly the listed resources, the README and datapackage.json', () => {
    const inZip = Object.keys(zip.files).sort();
    expect(inZip).toEqual([...descriptor.resources.map((r) => r.path), 'README.md', 'datapackage.json'].sort());
    // the tables, two GeoJSON files, the README and the descriptor
    expect(inZip.length).toBe(TABLES_IN_DATA + 4);
  });

  test('each CSV parses and its columns are the schema fields, in order', () => {
    for (const r of descriptor.resources.filter((x) => x.format === 'csv')) {
      expect(texts[r.path]!.startsWith('#'), r.path).toBe(false);
      expect(tables[r.name]!.columns, r.path).toEqual(r.schema!.fields.map((f) => f.name));
      expect(tables[r.name]!.length, r.path).toBeGreaterThan(0);
    }
  });

  test('every cell fits its field type and constraints, and primary keys are unique', () => {
    const errors = descriptor.resources.flatMap((r) => (r.schema ? cellErrors(r.name, tables[r.name]!, r.schema) : []));
    expect(errors).toEqual([]);
  });

  test('foreign keys resolve: every source id is in sources.csv, every city id in cities.csv', () => {
    expect(unresolvedReferences(descriptor, tables)).toEqual([]);
    const sourceFields = descriptor.resources.flatMap((r) => r.schema?.fields.filter((f) => f.itemReference?.resource === 'sources') ?? []);
    expect(sourceFields.length).toBeGreaterThan(15);
  });

  test('an unknown source or city id is reported', () => {
    const broken = { ...tables };
    const ports = csvParse(texts['ports.csv']!.replace(/^([^,]+,[^\n]*?),([A-Z0-9;-]+)$/m, '$1,S-NOPE'));
    broken.ports = ports;
    broken['city-years'] = csvParse(texts['city-years.csv']!.replace(/\n[a-z-]+,/, '\natlantis,'));
    const errors = unresolvedReferences(descriptor, broken);
    expect(errors.some((e) => e.includes('"S-NOPE" is not a sources.id'))).toBe(true);
    expect(errors.some((e) => e.includes('"atlantis" is not a cities.id'))).toBe(true);
  });

  test('bytes and sha256 hashes match the files', async () => {
    for (const r of descriptor.resources) {
      const bytes = Buffer.from(await zip.file(r.path)!.async('uint8array'));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  test('the README names the version, the files and the licence', async () => {
    const readme = await zip.file('README.md')!.async('string');
    expect(readme).toContain(`version ${version}`);
    for (const r of descriptor.resources) expect(readme).toContain(`\`${r.path}\``);
    expect(readme).toMatch(/## Licence[\s\S]*sources\.csv[\s\S]*Apache-2\.0/);
  });

  test('the same data gives the same bytes', async () => {
    const again = await dataPackageZip(DATA_DIR, version, []);
    const first = await dataPackageZip(DATA_DIR, version, []);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  test('a table whose columns differ from its schema fails the build of the package', async () => {
    const dir = dataDirWith({ 'cities.csv': (t) => t.replace(/^id,name_en,/, 'id,english_name,') });
    const errors: string[] = [];
    await dataPackageZip(dir, version, errors);
    expect(errors).toEqual([expect.stringMatching(/^data\/cities\.csv:1: columns id,english_name,.* differ from the fields/)]);
  });
});

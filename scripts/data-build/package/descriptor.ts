import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../csv';
import type { DataError } from '../read';

/** A Table Schema field, with two properties of our own for `;`-lists of ids (Table Schema 1 has no list type). */
export type TableField = {
  name: string;
  type: 'string' | 'number' | 'integer';
  description?: string;
  unit?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
  delimiter?: string;
  itemReference?: { resource: string; fields: string };
};
export type ForeignKey = { fields: string; reference: { resource: string; fields: string } };
export type TableSchema = { fields: TableField[]; primaryKey?: string | string[]; foreignKeys?: ForeignKey[] };
type TableMeta = { title: string; schema: TableSchema };
type SchemasFile = { package: { name: string; title: string; description: string; keywords: string[] }; tables: Record<string, TableMeta> };

export type License = { name?: string; path?: string; title: string };
export type Resource = {
  profile: 'tabular-data-resource' | 'data-resource';
  name: string; path: string; title: string; format: string; mediatype: string; encoding: 'utf-8';
  bytes: number; hash: string; licenses: License[]; schema?: TableSchema; description?: string;
};
export type Descriptor = {
  profile: 'data-package'; name: string; title: string; description: string; keywords: string[];
  dataVersion: string; licenses: License[]; sources: { title: string; path: string }[]; resources: Resource[];
};

/** Each record keeps the terms of the sources it cites (README "Licences"); the README inside the zip says so. */
export const COMPILED_DATA_LICENSE: License = {
  title: 'Data compiled from the cited sources: each record keeps the terms of the sources listed for it in sources.csv',
  path: 'README.md',
};
const SEA_LANES_LICENSE: License = { name: 'Apache-2.0', path: 'https://www.apache.org/licenses/LICENSE-2.0', title: 'Apache License 2.0' };

/** The routed sea paths, with the credit each file carries. */
const GEOJSON_FILES = [
  { name: 'sea-legs', title: 'Sea legs of the corridor lines, routed along sea lanes' },
  { name: 'ocean-network', title: 'Sea paths between Chinese and foreign seaports' },
] as const;

export type PackageFile = { path: string; bytes: Buffer };
export type PackageParts = { descriptor: Descriptor; files: PackageFile[] };

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** Reads the header of a CSV and checks that it names the schema's fields, in order. */
function checkHeader(file: string, text: string, schema: TableSchema, errors: DataError[]) {
  const header = parseCsv(text).records[0]?.cells ?? [];
  const fields = schema.fields.map((f) => f.name);
  if (header.join(',') !== fields.join(','))
    errors.push(`data/${file}:1: columns ${header.join(',')} differ from the fields in data/table-schemas.json (${fields.join(',')})`);
}

/** Every CSV table of `dataDir` and the routed GeoJSON, described by `data/table-schemas.json`. */
export function dataPackageParts(dataDir: string, dataVersion: string, errors: DataError[]): PackageParts {
  const meta = JSON.parse(readFileSync(join(dataDir, 'table-schemas.json'), 'utf8')) as SchemasFile;
  const files: PackageFile[] = [];
  const resources: Resource[] = [];
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.csv')).sort())
    if (!Object.hasOwn(meta.tables, file.replace(/\.csv$/, '')))
      errors.push(`data/${file}: a table with no schema in data/table-schemas.json; every table of data/ goes into the data package`);
  for (const [name, table] of Object.entries(meta.tables)) {
    const path = `${name}.csv`;
    const text = readFileSync(join(dataDir, path), 'utf8').replace(/^\uFEFF/, '');
    checkHeader(path, text, table.schema, errors);
    const bytes = Buffer.from(text, 'utf8');
    files.push({ path, bytes });
    resources.push({
      profile: 'tabular-data-resource', name, path, title: table.title, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      bytes: bytes.length, hash: sha256(bytes), licenses: [COMPILED_DATA_LICENSE], schema: table.schema,
    });
  }
  for (const { name, title } of GEOJSON_FILES) {
    const path = `${name}.geojson`;
    const bytes = readFileSync(join(dataDir, path));
    const credit = JSON.parse(bytes.toString('utf8')) as { attribution?: string; credit?: string };
    files.push({ path, bytes });
    resources.push({
      profile: 'data-resource', name, path, title, description: credit.attribution ?? credit.credit ?? '', format: 'geojson',
      mediatype: 'application/geo+json', encoding: 'utf-8', bytes: bytes.length, hash: sha256(bytes),
      licenses: [SEA_LANES_LICENSE, COMPILED_DATA_LICENSE],
    });
  }
  const descriptor: Descriptor = {
    profile: 'data-package', ...meta.package, dataVersion, licenses: [COMPILED_DATA_LICENSE],
    sources: [{ title: 'The sources listed in sources.csv, cited by id in every table', path: 'sources.csv' }], resources,
  };
  return { descriptor, files };
}

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import type { DSVRowArray } from 'd3';
import type { Descriptor, TableField, TableSchema } from '../../scripts/data-build/package/descriptor';

const require = createRequire(import.meta.url);
const profile = (id: string) => JSON.parse(readFileSync(require.resolve(id), 'utf8')) as object;

/** The official Frictionless profiles (JSON Schema draft-04) as the `datapackage` and `tableschema` packages ship them. */
export const PROFILES = {
  dataPackage: profile('datapackage/lib/profiles/data-package.json'),
  tabularResource: profile('datapackage/lib/profiles/tabular-data-resource.json'),
  dataResource: profile('datapackage/lib/profiles/data-resource.json'),
  tableSchema: profile('tableschema/lib/profiles/table-schema.json'),
};

// The profiles carry documentation keywords (propertyOrder, context) that strict mode would reject, and
// formats of their own (textarea); the descriptor uses no format-checked property, so formats are not checked.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
const validators = Object.fromEntries(Object.entries(PROFILES).map(([k, s]) => [k, ajv.compile(s)])) as Record<keyof typeof PROFILES, ReturnType<typeof ajv.compile>>;

/** Schema errors as `path message` lines; empty when valid. */
export function profileErrors(which: keyof typeof PROFILES, value: unknown): string[] {
  const validate = validators[which];
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/** Cells that break their field's type or constraints (Table Schema: an empty cell is a missing value). */
export function cellErrors(table: string, rows: DSVRowArray, schema: TableSchema): string[] {
  const errors: string[] = [];
  const check = (field: TableField, value: string, at: string) => {
    const c = field.constraints ?? {};
    if (value === '') {
      if (c.required) errors.push(`${at}: required`);
      return;
    }
    if (field.type === 'integer' && !INTEGER.test(value)) errors.push(`${at}: "${value}" is not an integer`);
    if (field.type === 'number' && !NUMBER.test(value)) errors.push(`${at}: "${value}" is not a number`);
    if (c.enum && !c.enum.includes(value)) errors.push(`${at}: "${value}" is not one of ${c.enum.join(', ')}`);
    if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) errors.push(`${at}: "${value}" does not match ${c.pattern}`);
  };
  rows.forEach((row, i) => {
    for (const field of schema.fields) check(field, row[field.name] ?? '', `${table}.csv:${i + 2} ${field.name}`);
  });
  const key = schema.primaryKey === undefined ? [] : [schema.primaryKey].flat();
  if (key.length) {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const value = key.map((k) => row[k]).join('\u0000');
      if (seen.has(value)) errors.push(`${table}.csv:${i + 2}: primary key ${key.join('+')} repeats`);
      seen.add(value);
    });
  }
  return errors;
}

/** Values of foreign keys and `;`-list references that name no row of the referenced table. */
export function unresolvedReferences(descriptor: Descriptor, tables: Record<string, DSVRowArray>): string[] {
  const errors: string[] = [];
  const keysOf = (resource: string, field: string) => new Set((tables[resource] ?? []).map((r) => r[field]));
  for (const resource of descriptor.resources) {
    const schema = resource.schema;
    if (!schema) continue;
    const rows = tables[resource.name] ?? [];
    const refs = [
      ...(schema.foreignKeys ?? []).map((fk) => ({ field: fk.fields, to: fk.reference, split: (v: string) => [v] })),
      ...schema.fields.flatMap((f) => (f.itemReference ? [{ field: f.name, to: f.itemReference, split: (v: string) => v.split(f.delimiter ?? ';').map((x) => x.trim()).filter((x) => x !== '') }] : [])),
    ];
    for (const { field, to, split } of refs) {
      const known = keysOf(to.resource, to.fields);
      rows.forEach((row, i) => {
        const value = row[field] ?? '';
        for (const id of value === '' ? [] : split(value))
          if (!known.has(id)) errors.push(`${resource.name}.csv:${i + 2} ${field}: "${id}" is not a ${to.resource}.${to.fields}`);
      });
    }
  }
  return errors;
}

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { parseCsv } from './csv';
import { CSV_FILES, type RowsOf } from './rows';

export type DataError = string;

/** `data/cities.csv:17 lng: longitude above 180` */
export const errorAt = (at: string, column: string, message: string): DataError =>
  `${at}${column ? ` ${column}` : ''}: ${message}`;

/** Reports every id seen before, at its row, naming where it first appeared. */
export function checkUniqueIds(rows: readonly { id: string; at: string }[], errors: DataError[], column = 'id') {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const first = seen.get(r.id);
    if (first) errors.push(errorAt(r.at, column, `duplicate id "${r.id}" (first at ${first})`));
    else seen.set(r.id, r.at);
  }
}

function readCsv<S extends z.ZodTypeAny>(dataDir: string, file: string, row: S, errors: DataError[]) {
  const path = join(dataDir, file);
  const shown = `data/${file}`;
  if (!existsSync(path)) {
    errors.push(errorAt(shown, '', 'file is missing'));
    return [];
  }
  const { records, problems } = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const columns = records[0]?.cells ?? [];
  for (const p of problems) errors.push(errorAt(`${shown}:${p.line}`, columns[p.field] ?? `field ${p.field + 1}`, p.message));
  const expected = Object.keys((row as unknown as z.ZodObject<z.ZodRawShape>).shape);
  const missing = expected.filter((c) => !columns.includes(c));
  const extra = columns.filter((c) => !expected.includes(c));
  const twice = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (missing.length) errors.push(errorAt(`${shown}:1`, '', `missing column(s) ${missing.join(', ')}`));
  if (extra.length) errors.push(errorAt(`${shown}:1`, '', `unknown column(s) ${extra.join(', ')}`));
  for (const c of twice) errors.push(errorAt(`${shown}:1`, c, 'column appears twice'));
  if (missing.length || twice.length) return [];

  const parsed: (z.infer<S> & { at: string })[] = [];
  for (const { line, cells } of records.slice(1)) {
    const at = `${shown}:${line}`;
    if (cells.length < columns.length) {
      errors.push(errorAt(at, columns[cells.length]!, `missing: the row has ${cells.length} field(s), the header ${columns.length}`));
      continue;
    }
    if (cells.length > columns.length) {
      errors.push(errorAt(at, `field ${columns.length + 1}`,
        `has no column: the row has ${cells.length} fields, the header ${columns.length}; quote a value that contains a comma`));
      continue;
    }
    const result = row.safeParse(Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
    if (result.success) parsed.push({ ...(result.data as object), at } as z.infer<S> & { at: string });
    else for (const issue of result.error.issues) errors.push(errorAt(at, issue.path.join('.'), issue.message));
  }
  return parsed;
}

/** Parses every CSV of data/ and collects every row error instead of stopping at the first. */
export function readDataDir(dataDir: string): { rows: RowsOf; errors: DataError[] } {
  const errors: DataError[] = [];
  const rows = Object.fromEntries(
    Object.entries(CSV_FILES).map(([key, { file, row }]) => [key, readCsv(dataDir, file, row, errors)]),
  ) as RowsOf;
  return { rows, errors };
}

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { z } from 'zod';
import { CSV_FILES, type RowsOf } from './rows';

export type DataError = string;

/** `data/cities.csv:17 lng: longitude above 180` */
export const errorAt = (at: string, column: string, message: string): DataError =>
  `${at}${column ? ` ${column}` : ''}: ${message}`;

function readCsv<S extends z.ZodTypeAny>(dataDir: string, file: string, row: S, errors: DataError[]) {
  const path = join(dataDir, file);
  const shown = `data/${file}`;
  if (!existsSync(path)) {
    errors.push(errorAt(shown, '', 'file is missing'));
    return [];
  }
  const table = csvParse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const expected = Object.keys((row as unknown as z.ZodObject<z.ZodRawShape>).shape);
  const missing = expected.filter((c) => !table.columns.includes(c));
  const extra = table.columns.filter((c) => !expected.includes(c));
  if (missing.length) errors.push(errorAt(`${shown}:1`, '', `missing column(s) ${missing.join(', ')}`));
  if (extra.length) errors.push(errorAt(`${shown}:1`, '', `unknown column(s) ${extra.join(', ')}`));
  if (missing.length) return [];

  const parsed: (z.infer<S> & { at: string })[] = [];
  table.forEach((raw, i) => {
    const at = `${shown}:${i + 2}`; // line 1 is the header
    const result = row.safeParse(raw);
    if (result.success) parsed.push({ ...(result.data as object), at } as z.infer<S> & { at: string });
    else for (const issue of result.error.issues) errors.push(errorAt(at, issue.path.join('.'), issue.message));
  });
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

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvFormat, csvParse } from 'd3';
import { tempDirForTest } from '../setup/temp-dir';

export const DATA_DIR = resolve(__dirname, '../../data');

/** A copy of data/ with some files edited, for feeding the build broken input; removed when the test finishes. */
export function dataDirWith(edits: Record<string, (text: string) => string>): string {
  const dir = tempDirForTest('atlas-data-');
  cpSync(DATA_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return dir;
}

/** Edits the first row whose `key` column equals `keyValue`. */
export const editRow = (key: string, keyValue: string, edit: (row: Record<string, string>) => void) => (csv: string) => {
  const rows = csvParse(csv);
  const row = rows.find((r) => r[key] === keyValue);
  if (!row) throw new Error(`no row with ${key}=${keyValue}`);
  edit(row as Record<string, string>);
  return csvFormat(rows, rows.columns);
};
export const setCell = (key: string, keyValue: string, column: string, value: string) =>
  editRow(key, keyValue, (row) => { row[column] = value; });

/** The line number the build reports for that row (the header is line 1). */
export const lineOf = (file: string, key: string, keyValue: string) =>
  csvParse(readFileSync(join(DATA_DIR, file), 'utf8')).findIndex((r) => r[key] === keyValue) + 2;

/** Edits the text of the line where the row with `key` = `keyValue` starts, for breaking the CSV itself. */
export const editLine = (file: string, key: string, keyValue: string, edit: (line: string) => string) => (csv: string) => {
  const index = lineOf(file, key, keyValue) - 1;
  const lines = csv.split('\n');
  lines[index] = edit(lines[index]!);
  return lines.join('\n');
};

type SeaLegFeature = { properties: { line_id: string; from_seq: number }; geometry: { type: string; coordinates: unknown } };
/** Edits the sea legs as JSON. */
export const editSeaLegs = (edit: (features: SeaLegFeature[]) => void) => (text: string) => {
  const collection = JSON.parse(text) as { features: SeaLegFeature[] };
  edit(collection.features);
  return JSON.stringify(collection, null, 1);
};
/** The position of a sea leg in data/sea-legs.geojson, as the build reports it. */
export const seaLegIndex = (lineId: string, fromSeq: number) =>
  (JSON.parse(readFileSync(join(DATA_DIR, 'sea-legs.geojson'), 'utf8')) as { features: SeaLegFeature[] }).features
    .findIndex((f) => f.properties.line_id === lineId && f.properties.from_seq === fromSeq);

/** The line of data/ocean-network.geojson that holds the feature with this id (one feature per line). */
export const oceanLineOf = (id: string) =>
  readFileSync(join(DATA_DIR, 'ocean-network.geojson'), 'utf8').split('\n').findIndex((l) => l.includes(`"id":"${id}"`)) + 1;
/** Edits the text of that line. */
export const editOceanLine = (id: string, edit: (line: string) => string) => (text: string) => {
  const lines = text.split('\n');
  lines[oceanLineOf(id) - 1] = edit(lines[oceanLineOf(id) - 1]!);
  return lines.join('\n');
};

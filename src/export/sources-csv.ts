import { csvFormat } from 'd3-dsv';
import type { Atlas } from '../data/schema';
import { citiesOfYear, resolveSources } from '../state/atlas-queries';
import { citationOrder, citySourceIds } from './data-export';
import { linesShownIn, portsShownIn } from '../data/shown-in-year';

/** Which download cites which source ids: the same records as the CSV files of that name. */
export type CitingTables = Record<string, readonly string[]>;

/** The sources behind the CSV downloads of `year`: cities, ports, lines and the key figures. */
export function citingTablesOf(atlas: Atlas, year: number): CitingTables {
  return {
    cities: citiesOfYear(atlas, year).flatMap(citySourceIds),
    ports: portsShownIn(atlas, year).flatMap((p) => p.sourceIds),
    lines: linesShownIn(atlas, year).flatMap((l) => l.sourceIds),
    key_figures: atlas.keyFigures.flatMap((f) => f.sourceIds),
  };
}

export const SOURCES_CSV_COLUMNS = ['id', 'publisher', 'title', 'date', 'url', 'quote', 'note', 'cited_in'] as const;

/** A plain table of the cited sources, the columns of data/sources.csv plus which downloads cite each one. */
export function sourcesCsv(atlas: Atlas, tables: CitingTables): string {
  const citedIn = new Map<string, string[]>();
  for (const [table, ids] of Object.entries(tables))
    for (const id of new Set(ids)) citedIn.set(id, [...(citedIn.get(id) ?? []), table]);
  const rows = resolveSources(atlas, citationOrder(citedIn.keys())).map((s) => ({
    id: s.id, publisher: s.publisher, title: s.title, date: s.date ?? '', url: s.url ?? '', quote: s.quote, note: s.note,
    cited_in: (citedIn.get(s.id) ?? []).join(';'),
  }));
  return `${csvFormat(rows, [...SOURCES_CSV_COLUMNS])}\n`;
}

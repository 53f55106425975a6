import type { Atlas } from '../data/schema';
import { citiesCsv, figuresCsv, linesCsv, portsCsv, shownGeoJson, type DownloadKind, type LayerVisibility } from './data-export';
import { exportFileName, type NamedView } from './file-name';
import { citingTablesOf, sourcesCsv, type CitingTables } from './sources-csv';

export type DownloadView = NamedView & { layers: LayerVisibility };

/** A file ready to save: its name says which view, which language and which data version. */
export type Download = { filename: string; text: string; mime: string };

const WHAT: Record<DownloadKind, string> = {
  citiesCsv: 'cities', portsCsv: 'ports', linesCsv: 'lines', figuresCsv: 'key-figures', sourcesCsv: 'sources', geojson: 'map',
};

/** `extraCitations` adds tables shown beside the map (the route comparison) to the sources file. */
export function buildDownload(kind: DownloadKind, atlas: Atlas, view: DownloadView, extraCitations: CitingTables = {}): Download {
  const { year } = view;
  const csv = (text: string) => ({
    filename: exportFileName(view, 'csv', { what: WHAT[kind], version: atlas.version }), text, mime: 'text/csv',
  });
  switch (kind) {
    case 'citiesCsv':
      return csv(citiesCsv(atlas, year));
    case 'portsCsv':
      return csv(portsCsv(atlas, year));
    case 'linesCsv':
      return csv(linesCsv(atlas, year));
    case 'figuresCsv':
      return csv(figuresCsv(atlas));
    case 'sourcesCsv':
      return csv(sourcesCsv(atlas, { ...citingTablesOf(atlas, year), ...extraCitations }));
    case 'geojson':
      return {
        filename: exportFileName(view, 'geojson', { what: WHAT[kind], version: atlas.version }),
        text: `${JSON.stringify(shownGeoJson(atlas, year, view.layers, view.lang), null, 1)}\n`,
        mime: 'application/geo+json',
      };
  }
}

import { csvFormat } from 'd3-dsv';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Atlas, Line, Port } from '../data/schema';
import { translator, type Lang } from '../lib/i18n';
import { citiesOfYear, resolveSources, type CityInYear } from '../state/atlas-queries';
import { linesShownIn, portsShownIn, type LayerVisibility } from '../data/shown-in-year';
import { linePath } from '../data/line-path';
import { groupKeyFigures } from '../data/key-figures';

export type { LayerVisibility };
export type DownloadKind = 'citiesCsv' | 'portsCsv' | 'linesCsv' | 'figuresCsv' | 'sourcesCsv' | 'geojson';
export type SourceRef = { id: string; publisher: string; title: string; url: string | null };

/** Lists inside a cell are separated by `;`, as in data/*.csv. */
const joinIds = (ids: readonly string[]) => ids.join(';');
const unique = (ids: Iterable<string>) => [...new Set(ids)];
/** Coordinates come from the GEO-* reference sources, so a file with coordinates cites them too. */
const coordinateSourceIds = (sourceIds: readonly string[]) => sourceIds.filter((id) => id.startsWith('GEO-'));


/** One header row, then the records: no comment lines, so pandas, R and spreadsheets read the header. */
const plainTable = (table: string) => `${table}\n`;

export const citySourceIds = ({ city, membership }: CityInYear) => unique([...membership.sourceIds, ...coordinateSourceIds(city.sourceIds)]);

/** Policy and press sources first, then the coordinate references. */
export const citationOrder = (ids: Iterable<string>) =>
  unique(ids).sort((a, b) => Number(a.startsWith('GEO-')) - Number(b.startsWith('GEO-')) || a.localeCompare(b));

/** The pilot cities of `year`, one row each: the same rows as the app's table. */
export function citiesCsv(atlas: Atlas, year: number): string {
  const rows = citiesOfYear(atlas, year);
  const statusColumn = `status_${year}`;
  const table = csvFormat(
    rows.map((row) => {
      const { city, membership, firstYear } = row;
      return {
        id: city.id, name_en: city.nameEn, name_zh: city.nameZh, province_en: city.provinceEn, province_zh: city.provinceZh,
        lng: city.lngLat[0], lat: city.lngLat[1], first_year: firstYear, [statusColumn]: membership.status,
        basis: membership.basis, source_ids: joinIds(citySourceIds(row)),
      };
    }),
    ['id', 'name_en', 'name_zh', 'province_en', 'province_zh', 'lng', 'lat', 'first_year', statusColumn, 'basis', 'source_ids'],
  );
  return plainTable(table);
}

/** Ports drawn in `year`: a pilot city's ports while it is a pilot, corridor ports always. */
export function portsCsv(atlas: Atlas, year: number): string {
  const ports = portsShownIn(atlas, year);
  const table = csvFormat(
    ports.map((p) => ({
      id: p.id, name_en: p.nameEn, name_zh: p.nameZh, kind: p.kind, city_id: p.cityId ?? '', country_iso2: p.countryIso2,
      lng: p.lngLat[0], lat: p.lngLat[1], code: p.code ?? '', coord_status: p.coordStatus, source_ids: joinIds(p.sourceIds),
    })),
    ['id', 'name_en', 'name_zh', 'kind', 'city_id', 'country_iso2', 'lng', 'lat', 'code', 'coord_status', 'source_ids'],
  );
  return plainTable(table);
}

/** Corridor lines running by `year`; their geometry is in the GeoJSON. */
export function linesCsv(atlas: Atlas, year: number): string {
  const lines = linesShownIn(atlas, year);
  const table = csvFormat(
    lines.map((l) => {
      const first = l.nodes[0];
      const last = l.nodes[l.nodes.length - 1];
      return {
        id: l.id, corridor_id: l.corridorId, name_en: l.nameEn, name_zh: l.nameZh, start_year: l.startYear,
        from_en: first?.nameEn ?? '', to_en: last?.nameEn ?? '', stops: l.nodes.length, length_km: Math.round(l.lengthKm),
        alignment: l.alignment, status: l.status, basis: l.basis, source_ids: joinIds(l.sourceIds),
      };
    }),
    ['id', 'corridor_id', 'name_en', 'name_zh', 'start_year', 'from_en', 'to_en', 'stops', 'length_km', 'alignment', 'status', 'basis', 'source_ids'],
  );
  return plainTable(table);
}

/** Every key figure, in the panel's order, with its source's words and links: not tied to a year. */
export function figuresCsv(atlas: Atlas): string {
  const figures = groupKeyFigures(atlas.keyFigures).flatMap((g) => g.figures);
  const urls = new Map(atlas.sources.map((s) => [s.id, s.url ?? '']));
  const table = csvFormat(
    figures.map((f) => ({
      id: f.id, group: f.group, label_en: f.labelEn, label_zh: f.labelZh, value: f.value, unit: f.unit, as_of: f.asOf,
      status: f.status, quote: f.quote ?? '', note: f.note, source_ids: joinIds(f.sourceIds),
      source_urls: joinIds(f.sourceIds.map((id) => urls.get(id) ?? '').filter((u) => u !== '')),
    })),
    ['id', 'group', 'label_en', 'label_zh', 'value', 'unit', 'as_of', 'status', 'quote', 'note', 'source_ids', 'source_urls'],
  );
  return plainTable(table);
}

export type ShownProperties = Record<string, unknown> & { kind: 'city' | 'port' | 'line'; status: string; sourceIds: string[] };
export type ShownFeature = Feature<Point | LineString, ShownProperties>;
/** A FeatureCollection with RFC 7946 foreign members that say what it is and whom to cite. */
export type ShownGeoJson = FeatureCollection<Point | LineString, ShownProperties> & {
  name: string;
  description: string;
  sources: SourceRef[];
  licence: string;
  dataVersion: string;
};

const cityFeature = ({ city, membership, firstYear, isNew }: CityInYear, sourceIds: string[]): ShownFeature => ({
  type: 'Feature', id: `city:${city.id}`, geometry: { type: 'Point', coordinates: [...city.lngLat] },
  properties: {
    kind: 'city', id: city.id, nameEn: city.nameEn, nameZh: city.nameZh, provinceEn: city.provinceEn, provinceZh: city.provinceZh,
    firstYear, addedThisYear: isNew, status: membership.status, basis: membership.basis, sourceIds,
  },
});

const portFeature = (p: Port): ShownFeature => ({
  type: 'Feature', id: `port:${p.id}`, geometry: { type: 'Point', coordinates: [...p.lngLat] },
  properties: {
    kind: 'port', id: p.id, nameEn: p.nameEn, nameZh: p.nameZh, portKind: p.kind, cityId: p.cityId, countryIso2: p.countryIso2,
    code: p.code, status: p.coordStatus, sourceIds: [...p.sourceIds],
  },
});

const lineFeature = (l: Line): ShownFeature => ({
  type: 'Feature', id: `line:${l.id}`, geometry: { type: 'LineString', coordinates: linePath(l).map((c) => [...c]) },
  properties: {
    kind: 'line', id: l.id, corridorId: l.corridorId, nameEn: l.nameEn, nameZh: l.nameZh, startYear: l.startYear,
    alignment: l.alignment, status: l.status, basis: l.basis, lengthKm: l.lengthKm, sourceIds: [...l.sourceIds],
  },
});

/** What the map shows for `year` with these layers: cities and ports as points, corridor lines as lines. */
export function shownGeoJson(atlas: Atlas, year: number, layers: LayerVisibility, lang: Lang = 'en'): ShownGeoJson {
  const t = translator(lang);
  const features: ShownFeature[] = [
    ...(layers.cities ? citiesOfYear(atlas, year).map((c) => cityFeature(c, citySourceIds(c))) : []),
    ...(layers.ports ? portsShownIn(atlas, year).map(portFeature) : []),
    ...linesShownIn(atlas, year).filter((l) => layers[l.corridorId]).map(lineFeature),
  ];
  const sources = resolveSources(atlas, citationOrder(features.flatMap((f) => f.properties.sourceIds)))
    .map(({ id, publisher, title, url }) => ({ id, publisher, title, url }));
  return {
    type: 'FeatureCollection', name: t('exportGeoName', { year }), description: t('exportGeoDescription', { year }),
    sources, licence: t('exportLicence'), dataVersion: atlas.version, features,
  };
}

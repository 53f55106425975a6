import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../../src/lib/i18n';
import type { Atlas } from '../../../src/data/schema';
import { citiesOfYear } from '../../../src/state/atlas-queries';
import { citiesCsv, linesCsv, portsCsv, shownGeoJson, type LayerVisibility } from '../../../src/export/data-export';
import { buildDownload, type DownloadView } from '../../../src/export/downloads';
import { sourcesCsv, citingTablesOf } from '../../../src/export/sources-csv';
import { makeAtlas, makeCity, makeCityYear, makeLine, makePort } from '../../fixtures/atlas';

const realAtlas = JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/atlas.json'), 'utf8')) as Atlas;
const ALL_LAYERS: LayerVisibility = { cities: true, ports: true, srm: true, cre: true, lsc: true };

const parseTable = (text: string) => csvParse(text);
const firstLine = (text: string) => text.slice(0, text.indexOf('\n'));
const VIEW_2025: DownloadView = { year: 2025, layers: ALL_LAYERS, corridor: null, line: null, selection: null, lang: 'en' };

const synthetic = makeAtlas({
  cities: [
    makeCity({ id: 'alpha', nameEn: 'Alpha, North', provinceEn: 'Province "A"', years: [makeCityYear(2024), makeCityYear(2025, { status: 'inferred', basis: 'kept, as before' })] }),
    makeCity({ id: 'beta', nameEn: 'Beta', nameZh: '乙', years: [makeCityYear(2026)] }),
  ],
  ports: [
    makePort({ id: 'alpha-airport', cityId: 'alpha' }),
    makePort({ id: 'beta-port', cityId: 'beta', kind: 'seaport' }),
    makePort({ id: 'border', cityId: null, kind: 'rail_border' }),
  ],
  lines: [makeLine({ id: 'CRE-W1', startYear: 2011 }), makeLine({ id: 'SRM-L1', corridorId: 'srm', startYear: 2026 })],
});


// Chinese messages load on first use in the app; these tests show Chinese text.
beforeAll(() => loadCatalogue('zh'));
describe('cities CSV', () => {
  test.each([2023, 2025, 2026])('has one row per pilot city of %i, as the table shows', (year) => {
    const rows = parseTable(citiesCsv(realAtlas, year));
    expect(rows.length).toBe(citiesOfYear(realAtlas, year).length);
    expect(rows.map((r) => r.id)).toEqual(citiesOfYear(realAtlas, year).map((c) => c.city.id));
  });

  test('the real data has 13, 20 and 33 pilot cities in 2023, 2025 and 2026', () => {
    expect([2023, 2025, 2026].map((y) => parseTable(citiesCsv(realAtlas, y)).length)).toEqual([13, 20, 33]);
  });

  test('is a plain table: the first line is the header row, no comment lines', () => {
    const text = citiesCsv(realAtlas, 2025);
    expect(firstLine(text)).toBe('id,name_en,name_zh,province_en,province_zh,lng,lat,first_year,status_2025,basis,source_ids');
    expect(text.split('\n').some((l) => l.startsWith('#'))).toBe(false);
  });

  test('every source id in the rows is in the sources file, with its publisher', () => {
    const ids = new Set(parseTable(citiesCsv(realAtlas, 2026)).flatMap((r) => (r.source_ids ?? '').split(';')));
    const sources = parseTable(sourcesCsv(realAtlas, citingTablesOf(realAtlas, 2026)));
    const byId = new Map(sources.map((r) => [r.id, r]));
    for (const id of ids) {
      expect(byId.get(id)?.publisher, id).toBeTruthy();
      expect((byId.get(id)?.cited_in ?? '').split(';')).toContain('cities');
    }
  });

  test('has the documented columns, with the year in the status column', () => {
    expect(parseTable(citiesCsv(synthetic, 2025)).columns).toEqual([
      'id', 'name_en', 'name_zh', 'province_en', 'province_zh', 'lng', 'lat', 'first_year', 'status_2025', 'basis', 'source_ids',
    ]);
  });

  test('names with commas and quotes survive a round trip', () => {
    const [alpha] = parseTable(citiesCsv(synthetic, 2025));
    expect(alpha).toMatchObject({
      name_en: 'Alpha, North', province_en: 'Province "A"', status_2025: 'inferred', basis: 'kept, as before', first_year: '2024',
    });
  });

  test('Chinese names stay UTF-8 text in the table', () => {
    expect(parseTable(citiesCsv(synthetic, 2026))[0]).toMatchObject({ id: 'beta', name_zh: '乙' });
  });
});

describe('ports and lines CSV', () => {
  test('a city’s ports are listed while it is a pilot; corridor ports always', () => {
    expect(parseTable(portsCsv(synthetic, 2025)).map((r) => r.id)).toEqual(['alpha-airport', 'border']);
    expect(parseTable(portsCsv(synthetic, 2023)).map((r) => r.id)).toEqual(['border']);
    expect(parseTable(portsCsv(synthetic, 2026)).map((r) => r.id)).toEqual(['beta-port', 'border']);
  });

  test('lines are listed from their start year', () => {
    expect(parseTable(linesCsv(synthetic, 2025)).map((r) => r.id)).toEqual(['CRE-W1']);
    expect(parseTable(linesCsv(synthetic, 2026)).map((r) => r.id)).toEqual(['CRE-W1', 'SRM-L1']);
  });

  test('both files start with their header row', () => {
    expect(firstLine(portsCsv(realAtlas, 2025))).toBe('id,name_en,name_zh,kind,city_id,country_iso2,lng,lat,code,coord_status,source_ids');
    expect(firstLine(linesCsv(realAtlas, 2025))).toBe('id,corridor_id,name_en,name_zh,start_year,from_en,to_en,stops,length_km,alignment,status,basis,source_ids');
  });
});

describe('GeoJSON of what is shown', () => {
  const count = (g: ReturnType<typeof shownGeoJson>, kind: string) => g.features.filter((f) => f.properties.kind === kind).length;

  test('has a point per city and port and a line per corridor line shown', () => {
    const geo = shownGeoJson(realAtlas, 2025, ALL_LAYERS);
    expect(count(geo, 'city')).toBe(citiesOfYear(realAtlas, 2025).length);
    expect(count(geo, 'port')).toBe(parseTable(portsCsv(realAtlas, 2025)).length);
    expect(count(geo, 'line')).toBe(parseTable(linesCsv(realAtlas, 2025)).length);
    expect(geo.features.every((f) => f.geometry.type === (f.properties.kind === 'line' ? 'LineString' : 'Point'))).toBe(true);
  });

  test('leaves out hidden layers', () => {
    const geo = shownGeoJson(synthetic, 2026, { ...ALL_LAYERS, ports: false, cre: false });
    expect(geo.features.map((f) => f.id)).toEqual(['city:beta', 'line:SRM-L1']);
  });

  test('every feature has a status and sources; the collection says what it is and whom to cite', () => {
    const geo = shownGeoJson(realAtlas, 2026, ALL_LAYERS);
    for (const f of geo.features) {
      expect(typeof f.properties.status).toBe('string');
      expect(f.properties.sourceIds.length).toBeGreaterThan(0);
    }
    const cited = new Set(geo.sources.map((s) => s.id));
    expect(geo.features.every((f) => f.properties.sourceIds.every((id) => cited.has(id)))).toBe(true);
    expect(geo).toMatchObject({ type: 'FeatureCollection', dataVersion: realAtlas.version, name: 'Corridor Atlas 2026' });
    expect(geo.licence).toContain('MIT');
  });

  test('a download is named after the view, the language and the data version, and carries licence and version', () => {
    const file = buildDownload('geojson', synthetic, { ...VIEW_2025, year: 2026 });
    expect(file).toMatchObject({ filename: 'corridor-atlas-2026-all-en-map-test000000.geojson', mime: 'application/geo+json' });
    const geo = JSON.parse(file.text);
    expect(geo.features).toHaveLength(5);
    expect(geo).toMatchObject({ dataVersion: 'test000000', licence: expect.stringContaining('cited sources') });
  });

  test('the sources download names the view and lists the sources of the shown tables', () => {
    const file = buildDownload('sourcesCsv', realAtlas, { ...VIEW_2025, corridor: 'cre', lang: 'zh' });
    expect(file.filename).toBe(`corridor-atlas-2025-cre-zh-sources-${realAtlas.version}.csv`);
    expect(firstLine(file.text)).toBe('id,publisher,title,date,url,quote,note,cited_in');
    const cited = new Set(parseTable(file.text).map((r) => r.id));
    for (const row of parseTable(linesCsv(realAtlas, 2025))) for (const id of row.source_ids!.split(';')) expect(cited).toContain(id);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../../src/lib/i18n';
import type { Atlas } from '../../../src/data/schema';
import { citiesOfYear } from '../../../src/state/atlas-queries';
import {
  buildDownload, citiesCsv, linesCsv, portsCsv, shownGeoJson, type LayerVisibility,
} from '../../../src/export/data-export';
import { makeAtlas, makeCity, makeCityYear, makeLine, makePort } from '../../fixtures/atlas';

const realAtlas = JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/atlas.json'), 'utf8')) as Atlas;
const ALL_LAYERS: LayerVisibility = { cities: true, ports: true, srm: true, cre: true, lsc: true };

const commentLines = (text: string) => text.split('\n').filter((l) => l.startsWith('#'));
const parseTable = (text: string) => csvParse(text.split('\n').filter((l) => !l.startsWith('#')).join('\n'));

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

  test('the header line names the year, the sources, the licence and the data version', () => {
    const [first] = commentLines(citiesCsv(realAtlas, 2025));
    expect(first).toMatch(/^# Corridor Atlas — pilot cities 2025\. Sources: S\d{2}/);
    expect(first).toContain('(see sources list)');
    expect(first).toContain('Licence: data compiled from the cited sources; code MIT.');
    expect(first).toContain(`Data version ${realAtlas.version}.`);
  });

  test('every source id in the rows is cited, with its publisher, in the header', () => {
    const text = citiesCsv(realAtlas, 2026);
    const header = commentLines(text).join('\n');
    const ids = new Set(parseTable(text).flatMap((r) => (r.source_ids ?? '').split(';')));
    for (const id of ids) expect(header).toContain(`[${id}]`);
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

  test('the header can be in Chinese', () => {
    expect(commentLines(citiesCsv(synthetic, 2025, 'zh'))[0]).toContain('许可');
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

  test('both files start with the sources and licence', () => {
    for (const text of [portsCsv(realAtlas, 2025), linesCsv(realAtlas, 2025)]) {
      expect(text.startsWith('# Corridor Atlas — ')).toBe(true);
      expect(commentLines(text)[0]).toMatch(/Sources: .*Licence: /);
    }
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

  test('a download is named after what, which year and which data version', () => {
    const file = buildDownload('geojson', synthetic, 2026, ALL_LAYERS, 'en');
    expect(file).toMatchObject({ filename: 'corridor-atlas-map-2026-test000000.geojson', mime: 'application/geo+json' });
    expect(JSON.parse(file.text).features).toHaveLength(5);
  });
});

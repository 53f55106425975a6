import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { csvParse, geoContains } from 'd3';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { buildAtlas } from '../../scripts/data-build/build';
import { countryLabelPoints, minZoomForArea } from '../../scripts/basemap/country-label-points';
import { DATA_DIR, dataDirWith, lineOf, setCell } from './fixture-dir';

const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8')) as
  Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection;
const outlinesOf = (numeric: string) => countries.features.filter((f) => String(f.id) === numeric);
const committed = csvParse(readFileSync(join(DATA_DIR, 'country-labels.csv'), 'utf8'));
const seas = csvParse(readFileSync(join(DATA_DIR, 'sea-labels.csv'), 'utf8'));

describe('country labels', () => {
  test('every committed label point lies inside its country (d3 geoContains)', () => {
    expect(committed.length).toBeGreaterThan(200);
    const outside = committed.filter((r) => !outlinesOf(r.iso_numeric!).some((f) => geoContains(f, [Number(r.lng), Number(r.lat)])));
    expect(outside.map((r) => r.id)).toEqual([]);
  });

  test('shapes whose centroid falls outside (Chile, Croatia, Norway) get a point inside', () => {
    const points = countryLabelPoints(countries);
    for (const id of ['CL', 'HR', 'NO', 'VN', 'ID']) {
      const p = points.find((x) => x.id === id)!;
      expect(outlinesOf(p.numeric).some((f) => geoContains(f, [p.lng, p.lat])), id).toBe(true);
    }
  });

  test('the committed file is what the generator writes (names and points are reproducible)', () => {
    const points = countryLabelPoints(countries);
    expect(points.map((p) => `${p.id} ${p.lng.toFixed(2)} ${p.lat.toFixed(2)} ${p.minZoom}`))
      .toEqual(committed.map((r) => `${r.id} ${r.lng} ${r.lat} ${r.min_zoom}`));
  });

  test('every label has an English and a Chinese name; known ones read as expected', () => {
    for (const r of [...committed, ...seas]) {
      expect(r.name_en, r.id).toMatch(/\S/);
      expect(r.name_zh, r.id).toMatch(/\p{Script=Han}/u);
    }
    const name = (id: string) => committed.find((r) => r.id === id);
    expect([name('KZ')?.name_en, name('KZ')?.name_zh]).toEqual(['Kazakhstan', '哈萨克斯坦']);
    expect([name('HK')?.name_en, name('HK')?.name_zh]).toEqual(['Hong Kong', '香港']);
  });

  test('big countries are named from a lower zoom than small ones', () => {
    expect(minZoomForArea(17e6)).toBe(1);
    expect(minZoomForArea(357_000)).toBe(2.5);
    expect(minZoomForArea(2.7e6)).toBe(1);
    expect(minZoomForArea(41_000)).toBe(4);
    expect(minZoomForArea(1)).toBe(8);
  });
});

describe('the data build', () => {
  test('ships both label sets in the atlas', () => {
    const result = buildAtlas(DATA_DIR);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.atlas.basemapLabels?.countries.find((c) => c.id === 'KZ')?.nameZh).toBe('哈萨克斯坦');
    expect(result.atlas.basemapLabels?.seas.map((s) => s.id)).toEqual(expect.arrayContaining([
      'strait-of-malacca', 'bab-el-mandeb', 'suez-canal', 'caspian-sea', 'south-china-sea', 'red-sea', 'baltic-sea',
    ]));
  }, 60_000);

  test('rejects a country label moved outside its country, and a sea label without a Chinese name', () => {
    const dir = dataDirWith({
      'country-labels.csv': setCell('id', 'KZ', 'lat', '30'),
      'sea-labels.csv': setCell('id', 'red-sea', 'name_zh', 'Red Sea'),
    });
    const result = buildAtlas(dir);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toContain(`data/country-labels.csv:${lineOf('country-labels.csv', 'id', 'KZ')} lng: ${committed.find((r) => r.id === 'KZ')!.lng} 30 is outside Kazakhstan; run npm run build:country-labels`);
    expect(errors).toContain(`data/sea-labels.csv:${lineOf('sea-labels.csv', 'id', 'red-sea')} name_zh: the Chinese name has no Chinese characters`);
  }, 60_000);
});

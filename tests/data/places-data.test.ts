import { describe, expect, test } from 'vitest';
import { buildAtlas } from '../../scripts/data-build/build';
import { DATA_DIR, dataDirWith, lineOf, setCell } from './fixture-dir';

const errorsFor = (edits: Parameters<typeof dataDirWith>[0]) => {
  const result = buildAtlas(dataDirWith(edits));
  if (result.ok) throw new Error('expected the build to fail');
  return result.errors;
};

describe('city facts and places', () => {
  const result = buildAtlas(DATA_DIR);
  const atlas = result.ok ? result.atlas : null;
  test('Hainan is the Natural Earth polygon around 110°E 19°N', () => {
    const ring = atlas!.places!.find((p) => p.id === 'hainan-ftp')!.rings[0]!;
    const lngs = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    expect(Math.min(...lngs)).toBeGreaterThan(108);
    expect(Math.max(...lngs)).toBeLessThan(111.5);
    expect(Math.min(...lats)).toBeGreaterThan(18);
    expect(Math.max(...lats)).toBeLessThan(20.5);
  });
  test('Ningbo and Guangzhou carry their facts', () => {
    const ids = atlas!.cityFacts!.map((f) => f.cityId);
    expect(ids.filter((id) => id === 'ningbo').length).toBeGreaterThanOrEqual(5);
    expect(ids.filter((id) => id === 'guangzhou').length).toBeGreaterThanOrEqual(5);
  });
  test('an unknown city in a city fact names file and row', () => {
    expect(errorsFor({ 'city-facts.csv': setCell('id', 'nb-robots', 'city_id', 'atlantis') }))
      .toContain(`data/city-facts.csv:${lineOf('city-facts.csv', 'id', 'nb-robots')} city_id: unknown city id "atlantis"`);
  });
  test('a Chinese text without Chinese names file and row', () => {
    expect(errorsFor({ 'city-facts.csv': setCell('id', 'gz-trade', 'text_zh', 'Foreign trade') }))
      .toContain(`data/city-facts.csv:${lineOf('city-facts.csv', 'id', 'gz-trade')} text_zh: the Chinese text has no Chinese characters`);
  });
  test('an area at sea names file and row', () => {
    expect(errorsFor({ 'places.csv': setCell('id', 'hainan-ftp', 'geometry', 'ne-land:112.5 17.5') }))
      .toContain(`data/places.csv:${lineOf('places.csv', 'id', 'hainan-ftp')} geometry: 112.5 17.5 is not inside any Natural Earth 1:50m land polygon`);
  });
  test('a place fact with an unknown unit names file and row', () => {
    const errors = errorsFor({ 'place-facts.csv': setCell('id', 'hn-shoppers', 'unit', 'furlongs') });
    expect(errors.some((e) => e.startsWith(`data/place-facts.csv:${lineOf('place-facts.csv', 'id', 'hn-shoppers')} unit:`))).toBe(true);
  });
});

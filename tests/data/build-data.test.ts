import { describe, expect, test } from 'vitest';
import { buildAtlas } from '../../scripts/data-build/build';
import { yearSummary } from '../../src/state/atlas-queries';
import { DATA_DIR, dataDirWith, editRow, lineOf, setCell } from './fixture-dir';

const errorsFor = (edits: Parameters<typeof dataDirWith>[0]) => {
  const result = buildAtlas(dataDirWith(edits));
  if (result.ok) throw new Error('expected the build to fail');
  return result.errors;
};

describe('the real data', () => {
  const result = buildAtlas(DATA_DIR);
  test('builds without a single error', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
  const atlas = result.ok ? result.atlas : null;
  test.each([
    [2023, 17, 13], [2024, 20, 20], [2025, 25, 20], [2026, 45, 33],
  ])('%i: official total %i, %i named', (year, total, named) => {
    expect(yearSummary(atlas!, year)).toMatchObject({ citiesTotal: total, named });
  });
  test('years without a published list stay unknown', () => {
    expect(yearSummary(atlas!, 2018)).toMatchObject({ citiesTotal: null, named: 0 });
  });
  test('the 2026 launch date conflict is kept with both sources', () => {
    const launch = atlas!.events.filter((e) => e.conflictGroup === 'launch-2026');
    expect(launch.map((e) => e.date)).toEqual(expect.arrayContaining(['2026-03-16', '2026-06-06']));
    expect(launch.find((e) => e.date === '2026-03-16')!.sourceIds).toContain('S07');
    expect(launch.find((e) => e.date === '2026-06-06')!.sourceIds).toContain('S05');
  });
  test('every corridor line has at least two nodes and a positive length', () => {
    for (const line of atlas!.lines) {
      expect(line.nodes.length).toBeGreaterThanOrEqual(2);
      expect(line.lengthKm).toBeGreaterThan(0);
    }
  });
  test('building twice gives the same version', () => {
    const again = buildAtlas(DATA_DIR);
    expect(again.ok && again.atlas.version).toBe(atlas!.version);
  });
});

describe('broken input is reported with file, row and column', () => {
  test('a longitude out of range', () => {
    const row = lineOf('cities.csv', 'id', 'beijing');
    expect(errorsFor({ 'cities.csv': setCell('id', 'beijing', 'lng', '216.4') })).toContain(
      `data/cities.csv:${row} lng: longitude above 180`,
    );
  });
  test('a number that is not a number', () => {
    const row = lineOf('ports.csv', 'id', 'pek');
    expect(errorsFor({ 'ports.csv': setCell('id', 'pek', 'lat', 'north') })).toContain(
      `data/ports.csv:${row} lat: number expected`,
    );
  });
  test('an unknown source id', () => {
    const errors = errorsFor({ 'cities.csv': setCell('id', 'wuxi', 'source_ids', 'S15;S99') });
    expect(errors).toContain(`data/cities.csv:${lineOf('cities.csv', 'id', 'wuxi')} source_ids: unknown source id "S99"`);
  });
  test('a record without sources', () => {
    const errors = errorsFor({ 'cities.csv': setCell('id', 'wuxi', 'source_ids', '') });
    expect(errors).toContain(`data/cities.csv:${lineOf('cities.csv', 'id', 'wuxi')} source_ids: at least one source id`);
  });
  test('a year outside the timeline and an unknown city', () => {
    const errors = errorsFor({ 'city-years.csv': editRow('city_id', 'beijing', (r) => { r.year = '2031'; r.city_id = 'atlantis'; }) });
    const row = lineOf('city-years.csv', 'city_id', 'beijing');
    expect(errors).toContain(`data/city-years.csv:${row} year: 2031 is outside 2018–2026`);
    expect(errors).toContain(`data/city-years.csv:${row} city_id: unknown city id "atlantis"`);
  });
  test('an invalid status', () => {
    const row = lineOf('city-years.csv', 'city_id', 'beijing');
    expect(errorsFor({ 'city-years.csv': setCell('city_id', 'beijing', 'status', 'candidate') }).some((e) =>
      e.startsWith(`data/city-years.csv:${row} status:`))).toBe(true);
  });
  test('more named cities than the official total', () => {
    const row = lineOf('program-years.csv', 'year', '2025');
    expect(errorsFor({ 'program-years.csv': setCell('year', '2025', 'cities_total', '19') })).toContain(
      `data/program-years.csv:${row} cities_total: 20 cities are named for 2025 but the official total is 19`,
    );
  });
  test('a zero where the count is unknown is rejected', () => {
    const row = lineOf('program-years.csv', 'year', '2019');
    expect(errorsFor({ 'program-years.csv': setCell('year', '2019', 'cities_total', '0') }).some((e) =>
      e.startsWith(`data/program-years.csv:${row} cities_total:`))).toBe(true);
  });
  test('a duplicate id', () => {
    const errors = errorsFor({ 'cities.csv': setCell('id', 'wuxi', 'id', 'beijing') });
    expect(errors.some((e) => /duplicate city id "beijing"/.test(e))).toBe(true);
  });
  test('nodes out of order and a line left with one node', () => {
    const errors = errorsFor({ 'corridor-nodes.csv': (csv) => {
      const lines = csv.trimEnd().split('\n');
      const header = lines[0]!;
      const body = lines.slice(1).filter((l) => !l.startsWith('LSC-X1,') || l.startsWith('LSC-X1,1,'));
      return [header, ...body].join('\n') + '\n';
    } });
    expect(errors.some((e) => /line LSC-X1 has 1 node\(s\); it needs at least 2/.test(e))).toBe(true);
  });
  test('a missing column and a missing file', () => {
    const errors = errorsFor({ 'events.csv': (csv) => csv.replace(/^id,/, 'ident,') });
    expect(errors).toContain('data/events.csv:1: missing column(s) id');
    expect(errors).toContain('data/events.csv:1: unknown column(s) ident');
  });
  test('every error is reported, not just the first', () => {
    const errors = errorsFor({
      'cities.csv': setCell('id', 'beijing', 'lat', '95'),
      'sources.csv': setCell('id', 'S07', 'date', '16 March 2026'),
    });
    expect(errors.some((e) => e.startsWith('data/cities.csv:') && e.includes('lat: latitude above 90'))).toBe(true);
    expect(errors.some((e) => e.startsWith('data/sources.csv:') && e.includes('date: date as YYYY, YYYY-MM or YYYY-MM-DD'))).toBe(true);
  });
});

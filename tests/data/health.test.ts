import { describe, expect, test } from 'vitest';
import { computeHealth, healthSummary } from '../../scripts/data-build/health';
import { CSV_FILES, type RowsOf } from '../../scripts/data-build/rows';

/** A tiny synthetic data set: none of these rows are real facts. */
function fixtureRows(): RowsOf {
  const rows = Object.fromEntries(Object.keys(CSV_FILES).map((k) => [k, []])) as unknown as Record<string, unknown[]>;
  const src = (id: string, n: number) => ({ id, publisher: 'p', title: 't', date: null, url: null, quote: 'q', note: '', at: `data/sources.csv:${n}` });
  rows.sources = [src('S01', 2), src('S02', 3), src('S03', 4), src('GEO-NE', 5)];
  rows.sourceKinds = [
    { source_id: 'S01', kind: 'official', coord_reference: 'no', basis: 'b', at: 'data/source-kinds.csv:2' },
    { source_id: 'S02', kind: 'repost', coord_reference: 'no', basis: 'b', at: 'data/source-kinds.csv:3' },
    { source_id: 'S03', kind: 'machine-generated', coord_reference: 'no', basis: 'b', at: 'data/source-kinds.csv:4' },
    { source_id: 'GEO-NE', kind: 'dataset', coord_reference: 'yes', basis: 'b', at: 'data/source-kinds.csv:5' },
  ];
  const cy = (city: string, year: number, status: string, ids: string[], n: number) =>
    ({ city_id: city, year, status, basis: 'b', source_ids: ids, at: `data/city-years.csv:${n}` });
  rows.cityYears = [cy('a', 2024, 'confirmed', ['S01'], 2), cy('b', 2024, 'inferred', ['S02'], 3), cy('a', 2025, 'confirmed', ['S01', 'S02'], 4)];
  const py = (year: number, total: number | null, n: number) => ({
    year, cities_total: total, cities_total_status: total === null ? null : 'confirmed', measures_total: null, measures_total_status: null,
    agencies_total: null, duration_months: null, source_ids: ['S01'], note: '', at: `data/program-years.csv:${n}`,
  });
  rows.programYears = [py(2025, 3, 3), py(2024, 2, 2), py(2023, null, 4)];
  rows.events = [{ id: 'e', date: '2024', kind: 'action', title_en: 'E', title_zh: 'E', summary_en: '', summary_zh: '', status: 'uncertain', conflict_group: null, source_ids: ['S02', 'S03'], at: 'data/events.csv:2' }];
  rows.ports = [{ id: 'x', name_en: 'X', name_zh: 'X', kind: 'airport', city_id: null, country_iso2: 'CN', lng: 1, lat: 1, code: null, coord_status: 'confirmed', source_ids: ['GEO-NE'], at: 'data/ports.csv:2' }];
  rows.lines = [
    { id: 'CRE-W1', corridor_id: 'cre', name_en: 'L', name_zh: 'L', start_year: null, alignment: 'indicative', status: 'inferred', basis: '', source_ids: ['S01'], at: 'data/corridor-lines.csv:2' },
  ];
  return rows as unknown as RowsOf;
}

describe('data health', () => {
  const health = computeHealth(fixtureRows());
  test('counts records by status per file', () => {
    expect(health.statusByFile).toEqual([
      { file: 'city-years.csv', confirmed: 2, inferred: 1, uncertain: 0 },
      { file: 'events.csv', confirmed: 0, inferred: 0, uncertain: 1 },
      { file: 'corridor-lines.csv', confirmed: 0, inferred: 1, uncertain: 0 },
      { file: 'ports.csv (coordinates)', confirmed: 1, inferred: 0, uncertain: 0 },
    ]);
  });
  test('counts named cities against the official total per year, unknown totals kept as null', () => {
    expect(health.citiesByYear).toEqual([{ year: 2023, total: null, named: 0 }, { year: 2024, total: 2, named: 2 }, { year: 2025, total: 3, named: 1 }]);
  });
  test('counts sources by kind', () => {
    expect(health.sourcesByKind).toEqual([
      { kind: 'official', count: 1 }, { kind: 'repost', count: 1 }, { kind: 'machine-generated', count: 1 }, { kind: 'dataset', count: 1 },
    ]);
  });
  test('lists the records whose every source is weak, with file and row', () => {
    expect(health.weakOnly).toEqual([
      { file: 'city-years.csv', row: 3, label: 'b 2024', status: 'inferred', sourceIds: ['S02'] },
      { file: 'events.csv', row: 2, label: 'e', status: 'uncertain', sourceIds: ['S02', 'S03'] },
    ]);
  });
  test('counts lines without a start year', () => {
    expect(health.linesWithoutStartYear).toBe(1);
  });
  test('the printed summary says "2 of 2 named" style counts', () => {
    expect(healthSummary(health).join('\n')).toContain('pilot cities named: 2024 2 of 2; 2025 1 of 3; years with no official total: 2023');
  });
});

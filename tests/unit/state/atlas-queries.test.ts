import { describe, expect, test } from 'vitest';
import { citiesOfYear, groupConflicts, growthSeries, resolveSources, yearSummary } from '../../../src/state/atlas-queries';
import { makeAtlas, makeCity, makeCityYear, makeEvent, makeProgramYear } from '../../fixtures/atlas';

const early = makeCity({ id: 'early', nameEn: 'Early', years: [makeCityYear(2023), makeCityYear(2024), makeCityYear(2025, { status: 'inferred' })] });
const later = makeCity({ id: 'later', nameEn: 'Later', years: [makeCityYear(2026)] });
const atlas = makeAtlas({
  cities: [later, early],
  programYears: Array.from({ length: 9 }, (_, i) =>
    makeProgramYear(2018 + i, 2018 + i === 2025 ? { citiesTotal: 25, citiesTotalStatus: 'confirmed', measuresTotal: 29, measuresTotalStatus: 'confirmed' } : {}),
  ),
});

describe('cities of a year', () => {
  test('a city that joins in 2026 is not listed in 2025', () => {
    expect(citiesOfYear(atlas, 2025).map((c) => c.city.id)).toEqual(['early']);
  });
  test('a city is new only in its first year', () => {
    expect(citiesOfYear(atlas, 2023)[0]?.isNew).toBe(true);
    expect(citiesOfYear(atlas, 2024)[0]?.isNew).toBe(false);
    expect(citiesOfYear(atlas, 2026)[0]?.isNew).toBe(true);
  });
  test('carries the status of that year', () => {
    expect(citiesOfYear(atlas, 2025)[0]?.membership.status).toBe('inferred');
  });
  test('returns the same array for the same year so renders stay cheap', () => {
    expect(citiesOfYear(atlas, 2024)).toBe(citiesOfYear(atlas, 2024));
  });
});

describe('year summary', () => {
  test('counts named cities against the official total', () => {
    expect(yearSummary(atlas, 2025)).toMatchObject({ citiesTotal: 25, named: 1, unnamed: 24, measuresTotal: 29 });
  });
  test('an unpublished total stays unknown, not zero', () => {
    expect(yearSummary(atlas, 2019)).toMatchObject({ citiesTotal: null, named: 0, unnamed: null, measuresTotal: null });
  });
  test('growth series has one entry per programme year', () => {
    expect(growthSeries(atlas).map((s) => s.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
});

describe('events and sources', () => {
  test('events with conflicting dates are grouped, others stand alone', () => {
    const groups = groupConflicts([
      makeEvent({ id: 'a', conflictGroup: 'launch' }), makeEvent({ id: 'b', conflictGroup: 'launch', date: '2026-06-06' }),
      makeEvent({ id: 'c' }),
    ]);
    expect(groups.map((g) => g.map((e) => e.id))).toEqual([['a', 'b'], ['c']]);
  });
  test('source ids resolve once each, unknown ids are dropped', () => {
    expect(resolveSources(atlas, ['S01', 'S01', 'S99']).map((s) => s.id)).toEqual(['S01']);
  });
});

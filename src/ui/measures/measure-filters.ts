import type { City, Measure, MeasureSet } from '../../data/schema';

/** A direction (group) of measures; `key` is the English name, '' when the source gives none. */
export type Direction = { key: string; en: string; zh: string };
export type MeasureFilter = { direction: string | null; cityId: string | null };
export const NO_FILTER: MeasureFilter = { direction: null, cityId: null };

/** The directions the measures name, in the order they first appear. */
export function directionsOf(measures: readonly Measure[]): Direction[] {
  const seen = new Map<string, Direction>();
  for (const m of measures) if (!seen.has(m.groupEn)) seen.set(m.groupEn, { key: m.groupEn, en: m.groupEn, zh: m.groupZh });
  return [...seen.values()];
}

export const matchesFilter = (m: Measure, f: MeasureFilter) =>
  (f.direction === null || m.groupEn === f.direction) && (f.cityId === null || m.cityIds.includes(f.cityId));

/** The cities at least one measure names, by English name. */
export function citiesOfMeasures(measures: readonly Measure[], cities: readonly City[]): City[] {
  const ids = new Set(measures.flatMap((m) => m.cityIds));
  return cities.filter((c) => ids.has(c.id)).sort((a, b) => a.nameEn.localeCompare(b.nameEn));
}

/** Sets by year, then id; each with its listed measures and those the filter keeps. */
export function setsWithMeasures(sets: readonly MeasureSet[], measures: readonly Measure[], filter: MeasureFilter) {
  return [...sets]
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))
    .map((set) => {
      const listed = measures.filter((m) => m.setId === set.id);
      return { set, listed, shown: listed.filter((m) => matchesFilter(m, filter)) };
    });
}

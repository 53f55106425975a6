import { memoizeLast } from '../lib/memo';
import type { Atlas, City, CityYear, Source } from './schema';

/** The earliest year the sources put a city in the special action. */
export const firstYearOf = (city: City): number | null => city.years[0]?.year ?? null;
export const membershipIn = (city: City, year: number): CityYear | undefined => city.years.find((y) => y.year === year);

/** The years in which at least one city first joined, ascending. */
export const cohortsOf = memoizeLast((atlas: Atlas): number[] =>
  [...new Set(atlas.cities.flatMap((c) => c.years[0]?.year ?? []))].sort((a, b) => a - b),
);

const sourceIndex = memoizeLast((all: readonly Source[]) => new Map(all.map((s) => [s.id, s])));
/** The sources with these ids, in the order given, each once; unknown ids are skipped. */
export const pickSources = (all: readonly Source[], ids: readonly string[]): Source[] => {
  const byId = sourceIndex(all);
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
};

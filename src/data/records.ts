import { memoizeLast } from '../lib/memo';
import type { Atlas, City, CityYear } from './schema';

/** The earliest year the sources put a city in the special action. */
export const firstYearOf = (city: City): number | null => city.years[0]?.year ?? null;
export const membershipIn = (city: City, year: number): CityYear | undefined => city.years.find((y) => y.year === year);

/** The years in which at least one city first joined, ascending. */
export const cohortsOf = memoizeLast((atlas: Atlas): number[] =>
  [...new Set(atlas.cities.flatMap((c) => c.years[0]?.year ?? []))].sort((a, b) => a - b),
);

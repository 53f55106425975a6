// Rules about places and city facts that map, detail panel and legend share.
import type { Atlas } from './schema';
import type { CityFact, Place } from './places-schema';

const NO_PLACES: Place[] = [];
const NO_FACTS: CityFact[] = [];

/** Older pinned data versions have no places. */
export const placesOf = (atlas: Atlas): Place[] => atlas.places ?? NO_PLACES;
/** A place shows on the yearly map from its `fromYear` on. */
export const placeShownFrom = (place: Place): number => place.fromYear;
export const placeShownIn = (place: Place, year: number) => placeShownFrom(place) <= year;
export const placesShownIn = (atlas: Atlas, year: number) => placesOf(atlas).filter((p) => placeShownIn(p, year));
/** A city's facts, latest year first, in file order within a year. */
export const factsOfCity = (atlas: Atlas, cityId: string): CityFact[] => {
  const facts = (atlas.cityFacts ?? NO_FACTS).filter((f) => f.cityId === cityId);
  return facts.sort((a, b) => b.year - a.year);
};
/** Measures a city piloted or is reported in: named in the measure's cities or in one of the city's facts. */
export const measuresOfCity = (atlas: Atlas, cityId: string) => {
  const viaFacts = new Set(factsOfCity(atlas, cityId).flatMap((f) => f.measureIds));
  return atlas.measures.filter((m) => m.cityIds.includes(cityId) || viaFacts.has(m.id));
};
/** Cities of a measure: its own `cityIds`, then cities whose facts report on it. */
export const citiesOfMeasure = (atlas: Pick<Atlas, 'cityFacts'>, measure: { id: string; cityIds: readonly string[] }) => {
  const viaFacts = (atlas.cityFacts ?? NO_FACTS).filter((f) => f.measureIds.includes(measure.id)).map((f) => f.cityId);
  return [...new Set([...measure.cityIds, ...viaFacts])];
};

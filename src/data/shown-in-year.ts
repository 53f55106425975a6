// What the atlas shows in a year: one rule each for the map's layers, the legends, the downloads and the exports.
import type { Atlas, City, Line, Port } from './schema';
import { membershipIn } from './records';
import { lineShownFrom } from './line-years';
import { memoizeLast } from '../lib/memo';

export const citiesById = memoizeLast((atlas: Atlas): ReadonlyMap<string, City> => new Map(atlas.cities.map((c) => [c.id, c])));

/** A city's ports show while the city is a pilot; corridor ports (no city) always show. 1 = shown (a GPU filter value). */
export const portActiveIn = (cities: ReadonlyMap<string, City>, year: number) => (p: Port): 0 | 1 => {
  if (!p.cityId) return 1;
  const city = cities.get(p.cityId);
  return city && membershipIn(city, year) ? 1 : 0;
};
export const portsShownIn = (atlas: Atlas, year: number): Port[] => {
  const active = portActiveIn(citiesById(atlas), year);
  return atlas.ports.filter((p) => active(p) === 1);
};

/** A line shows from its start year on (every year when no source gives one; see line-years.ts). */
export const lineActiveIn = (line: { startYear: number | null }, year: number) => lineShownFrom(line) <= year;
export const linesShownIn = (atlas: Atlas, year: number): Line[] => atlas.lines.filter((l) => lineActiveIn(l, year));

/** Which layers are drawn: the record the store keeps (places and names default to shown). */
export type LayerVisibility = Readonly<Record<'cities' | 'ports' | Line['corridorId'], boolean>> & { places?: boolean; names?: boolean };

import type { Atlas, City, CityYear, CorridorId, PolicyEvent, ProgramYear, Source } from '../data/schema';
import { STATUS_RANK } from '../data/figures';
import { memoizeLast, memoizePerYear } from '../lib/memo';
import { cohortsOf, firstYearOf, membershipIn, pickSources } from '../data/records';

export { cohortsOf, firstYearOf, membershipIn };

/** A pilot city as it stands in one year. */
export type CityInYear = {
  city: City;
  membership: CityYear;
  /** The earliest year the sources put the city in the action. */
  firstYear: number;
  /** True when the city joined in this year. */
  isNew: boolean;
};


export const citiesOfYear = memoizePerYear((atlas: Atlas, year: number): CityInYear[] =>
  atlas.cities.flatMap((city) => {
    const membership = membershipIn(city, year);
    const firstYear = firstYearOf(city);
    return membership && firstYear !== null ? [{ city, membership, firstYear, isNew: firstYear === year }] : [];
  }).sort((a, b) => a.firstYear - b.firstYear || a.city.nameEn.localeCompare(b.city.nameEn)),
);

export type YearSummary = {
  year: number;
  program: ProgramYear | undefined;
  /** Official count; null when not published. */
  citiesTotal: number | null;
  named: number;
  /** Cities counted officially but not named by any source; null when the total is unknown. */
  unnamed: number | null;
  added: number;
  measuresTotal: number | null;
};

const summarize = (atlas: Atlas, year: number): YearSummary => {
  const program = atlas.programYears.find((p) => p.year === year);
  const cities = citiesOfYear(atlas, year);
  const citiesTotal = program?.citiesTotal ?? null;
  return {
    year, program, citiesTotal, named: cities.length,
    unnamed: citiesTotal === null ? null : citiesTotal - cities.length,
    added: cities.filter((c) => c.isNew).length,
    measuresTotal: program?.measuresTotal ?? null,
  };
};

export const yearSummary = memoizePerYear(summarize);
export const growthSeries = memoizeLast((atlas: Atlas): YearSummary[] =>
  atlas.programYears.map((p) => summarize(atlas, p.year)),
);

export const eventYear = (e: PolicyEvent) => Number(e.date.slice(0, 4));
export const eventsOfYear = (atlas: Atlas, year: number) => atlas.events.filter((e) => eventYear(e) === year);
export const eventYears = memoizeLast((atlas: Atlas) => [...new Set(atlas.events.map(eventYear))]);

/** Events that report the same thing with different dates, grouped; single events stand alone. */
export function groupConflicts(events: PolicyEvent[]): PolicyEvent[][] {
  const groups = new Map<string, PolicyEvent[]>();
  for (const e of events) {
    const key = e.conflictGroup ?? e.id;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  // Best-sourced first: confirmed, then inferred, then uncertain; ties by date.
  return [...groups.values()].map((g) => g.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.date.localeCompare(b.date)));
}

export const resolveSources = (atlas: Atlas, ids: readonly string[]): Source[] => pickSources(atlas.sources, ids);


/** What the map emphasises. */
export type Highlight = { cityIds: readonly string[]; corridorIds: readonly CorridorId[] };
const memoHighlight = new WeakMap<Atlas, Map<string, Highlight>>();
const cached = (atlas: Atlas, key: string, make: () => Highlight): Highlight => {
  let byKey = memoHighlight.get(atlas);
  if (!byKey) memoHighlight.set(atlas, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key)!;
};
export const storyHighlight = (atlas: Atlas, step: number): Highlight =>
  cached(atlas, `story:${step}`, () => {
    const s = atlas.storySteps.find((x) => x.step === step);
    return { cityIds: s?.cityIds ?? [], corridorIds: s?.corridorIds ?? [] };
  });
export const measureHighlight = (atlas: Atlas, measureId: string): Highlight =>
  cached(atlas, `measure:${measureId}`, () => ({ cityIds: atlas.measures.find((m) => m.id === measureId)?.cityIds ?? [], corridorIds: [] }));

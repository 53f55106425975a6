import type { CorridorStat, Status } from './schema';

type Qualifier = CorridorStat['qualifier'];

/** Best-sourced first: what a source states, then what is inferred from it, then what is uncertain. */
export const STATUS_RANK: Readonly<Record<Status, number>> = { confirmed: 0, inferred: 1, uncertain: 2 };
/** Whole-year figures before part-year ones, and a forecast last. */
const COVERAGE_RANK: Readonly<Record<Qualifier, number>> = { exact: 0, approx: 0, lower_bound: 0, upper_bound: 0, part_year: 1, forecast: 2 };
const PRECISION_RANK: Readonly<Record<Qualifier, number>> = { exact: 0, approx: 1, lower_bound: 2, upper_bound: 3, part_year: 4, forecast: 5 };

function compareAsOfLatestFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return b.localeCompare(a); // YYYY[-MM[-DD]] sorts as text
}

/**
 * Which figure of one metric and year wins, for the charts, the flow density and the route days alike:
 * whole-year, then confirmed, then the latest (no asOf = the whole year, so latest), then the most precise;
 * then the sources' ids and last the larger value, so the order never depends on the order of the rows.
 */
export function compareFigures(a: CorridorStat, b: CorridorStat): number {
  return (
    COVERAGE_RANK[a.qualifier] - COVERAGE_RANK[b.qualifier] ||
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    compareAsOfLatestFirst(a.asOf, b.asOf) ||
    PRECISION_RANK[a.qualifier] - PRECISION_RANK[b.qualifier] ||
    a.sourceIds.join().localeCompare(b.sourceIds.join()) ||
    b.value - a.value
  );
}

/** The winning figure of figures for one metric and year; null when there are none. */
export const bestFigure = (figures: readonly CorridorStat[]): CorridorStat | null =>
  figures.reduce<CorridorStat | null>((best, f) => (best === null || compareFigures(f, best) < 0 ? f : best), null);

/** The newest year's winning figure of one metric: what a reader is told "the" figure is. */
export function newestFigure(figures: readonly CorridorStat[]): CorridorStat | null {
  const newest = Math.max(...figures.map((f) => f.year));
  return bestFigure(figures.filter((f) => f.year === newest));
}

import type { CorridorId, CorridorStat, Line, Status } from './schema';
import { bestFigure, compareFigures } from './figures';

export type StatQualifier = CorridorStat['qualifier'];

/** One year of one metric. value null = nothing published for that year (a gap, never zero). */
export type SeriesPoint = {
  year: number;
  value: number | null;
  valueMax: number | null;
  qualifier: StatQualifier | null;
  asOf: string | null;
  status: Status | null;
  sourceIds: string[];
  note: string;
  /** Other figures published for the same year, best first; not plotted. */
  alternatives: CorridorStat[];
};

/** A transit time or route length as published. */
export type TransitFact = CorridorStat & { kind: 'transit' | 'route_length' };

/** Metrics that tell the most about a corridor come first; any other chartable metric follows alphabetically. */
const METRIC_PRIORITY = [
  'trains_per_year', 'teu_per_year', 'named_routes', 'ports_reached', 'countries_reached', 'scheduled_lines',
  'europe_cities_reached', 'europe_countries_reached', 'china_origin_cities', 'alliance_members', 'cargo_value_bn_usd',
  'cumulative_trains', 'cumulative_teu', 'cumulative_voyages', 'cumulative_cargo_value_bn_usd', 'cumulative_bulk_cargo_tonnes',
];

/**
 * Not charted: transit times and route lengths are facts, not series; growth rates and shares restate
 * a series that is already charted (and growth can be negative).
 */
const isFactMetric = (metric: string) => /^(transit_|route_length_)/.test(metric);
const isDerivedMetric = (metric: string) => /(_yoy_growth_pct$|^share_)/.test(metric);

const statsOf = (stats: readonly CorridorStat[], corridorId: CorridorId, metric: string) =>
  stats.filter((s) => s.corridorId === corridorId && s.metric === metric);

const gapPoint = (year: number): SeriesPoint => ({
  year, value: null, valueMax: null, qualifier: null, asOf: null, status: null, sourceIds: [], note: '', alternatives: [],
});

/** One point per year of `years`; the best figure of each year is plotted and the others kept as alternatives. */
export function metricSeries(stats: readonly CorridorStat[], corridorId: CorridorId, metric: string, years: readonly number[]): SeriesPoint[] {
  const figures = statsOf(stats, corridorId, metric);
  return years.map((year) => {
    const [best, ...alternatives] = figures.filter((s) => s.year === year).sort(compareFigures);
    if (!best) return gapPoint(year);
    const { value, valueMax, qualifier, asOf, status, sourceIds, note } = best;
    return { year, value, valueMax, qualifier, asOf, status, sourceIds, note, alternatives };
  });
}

/** The unit a metric is published in, or null when the corridor has no figure for it. */
export const metricUnit = (stats: readonly CorridorStat[], corridorId: CorridorId, metric: string): string | null =>
  stats.find((s) => s.corridorId === corridorId && s.metric === metric)?.unit ?? null;

const priorityOf = (metric: string) => {
  const i = METRIC_PRIORITY.indexOf(metric);
  return i === -1 ? METRIC_PRIORITY.length : i;
};

/** Metrics with figures in at least two years, most useful first. */
export function chartableMetrics(stats: readonly CorridorStat[], corridorId: CorridorId): string[] {
  const yearsByMetric = new Map<string, Set<number>>();
  for (const s of stats) {
    if (s.corridorId !== corridorId || isFactMetric(s.metric) || isDerivedMetric(s.metric)) continue;
    yearsByMetric.set(s.metric, (yearsByMetric.get(s.metric) ?? new Set()).add(s.year));
  }
  return [...yearsByMetric]
    .filter(([, years]) => years.size >= 2)
    .map(([metric]) => metric)
    .sort((a, b) => priorityOf(a) - priorityOf(b) || a.localeCompare(b));
}

/** Transit times, then route lengths, each by metric and year. */
export function transitFacts(stats: readonly CorridorStat[], corridorId: CorridorId): TransitFact[] {
  return stats
    .filter((s) => s.corridorId === corridorId && isFactMetric(s.metric))
    .map((s): TransitFact => ({ ...s, kind: s.metric.startsWith('transit_') ? 'transit' : 'route_length' }))
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'transit' ? -1 : 1) || a.metric.localeCompare(b.metric) || a.year - b.year);
}

/** Every year from the corridor's start to the last year shown. */
export const corridorYears = (startYear: number, lastYear: number): number[] =>
  Array.from({ length: Math.max(0, lastYear - startYear + 1) }, (_, i) => startYear + i);

/** A place as stat metric names spell it: "Chongqing (Tuanjiecun hub)" -> "chongqing", "Irun / Hendaye" -> "irun", "Łódź" -> "lodz". */
export const placeKey = (name: string) =>
  name.split(/\s[(/]/)[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l')
    .replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/**
 * The published route length between the line's end stops (either direction), best figure first,
 * e.g. route_length_km_chongqing_duisburg for Chongqing–Duisburg; null when no source gives one.
 */
export function sourcedRouteLength(stats: readonly CorridorStat[], line: Line): CorridorStat | null {
  const stops = line.nodes.filter((n) => n.role !== 'waypoint');
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return null;
  const [from, to] = [placeKey(first.nameEn), placeKey(last.nameEn)];
  const endpoints = new Set([`${from}_${to}`, `${to}_${from}`]);
  const matches = stats.filter((s) => {
    const m = /^route_length_km_(.+)$/.exec(s.metric);
    return s.corridorId === line.corridorId && m !== null && endpoints.has(m[1]!);
  });
  return bestFigure(matches);
}

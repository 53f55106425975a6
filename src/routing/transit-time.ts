import type { CorridorStat } from '../data/schema';
import { newestFigure } from '../data/figures';
import type { RouteMode } from './corridor-graph';
import type { InlandLink, TransitReference } from './network-data';
import type { RouteFamily } from './route-families';
import type { RouteLeg } from './route-path';
import { type SpeedReference, speedReferences, stretchTime } from './transit-sources';

export type { SpeedReference } from './transit-sources';

/** How one leg's days were found: a published time for that stretch or link, a sourced speed, or nothing. */
export type LegTime =
  | { kind: 'stretch'; minDays: number; maxDays: number; stat: CorridorStat }
  | { kind: 'link'; minDays: number; maxDays: number; link: InlandLink }
  | { kind: 'speed'; minDays: number; maxDays: number; references: SpeedReference[] }
  | { kind: 'none'; minDays: null; maxDays: null };

export type TransitEstimate = {
  minDays: number;
  maxDays: number;
  /** One per leg of the option, in order. */
  legs: LegTime[];
  /** True when some legs have no sourced time and are left out of the days. */
  partial: boolean;
  /** Time at ports and transfers: no source gives it, so it is not added. */
  handlingExcluded: boolean;
  sourceIds: string[];
};

export type TransitInputs = {
  stats: readonly CorridorStat[];
  references: readonly TransitReference[];
  inlandLinks: readonly InlandLink[];
};

type LegLike = Pick<RouteLeg, 'mode' | 'lengthKm' | 'kind' | 'fromName' | 'toName'> & { linkId?: string | null };

/**
 * An indicative range in days from sourced figures only. Per leg: a published time for exactly that stretch
 * (Chongqing–Duisburg, Qinzhou–Chongqing, an inland link's own time), else the km over the mode's sourced speeds.
 * Null when no leg can be estimated.
 */
export function estimateTransit(option: { legs: readonly LegLike[]; modeChanges?: number }, inputs: TransitInputs): TransitEstimate | null {
  const speeds = new Map<RouteMode, SpeedReference[]>();
  const speedsOf = (mode: RouteMode) => {
    if (!speeds.has(mode)) speeds.set(mode, speedReferences(mode, inputs.stats, inputs.references));
    return speeds.get(mode)!;
  };
  const legs = option.legs.map((leg) => legTime(leg, inputs, speedsOf));
  const known = legs.filter((l): l is Exclude<LegTime, { kind: 'none' }> => l.kind !== 'none');
  if (known.length === 0) return null;
  return {
    minDays: known.reduce((sum, l) => sum + l.minDays, 0),
    maxDays: known.reduce((sum, l) => sum + l.maxDays, 0),
    legs,
    partial: known.length < legs.length,
    handlingExcluded: (option.modeChanges ?? 0) > 0,
    sourceIds: [...new Set(known.flatMap(legSourceIds))],
  };
}

function legTime(leg: LegLike, inputs: TransitInputs, speedsOf: (mode: RouteMode) => SpeedReference[]): LegTime {
  if (leg.kind === 'inland') {
    const link = inputs.inlandLinks.find((l) => l.id === leg.linkId);
    if (link && link.daysMin !== null) return { kind: 'link', minDays: link.daysMin, maxDays: link.daysMax ?? link.daysMin, link };
  }
  if (leg.kind === 'leg') {
    const time = stretchTime(inputs.stats, leg.fromName, leg.toName);
    if (time) return { kind: 'stretch', minDays: time.minDays, maxDays: time.maxDays, stat: time.stat };
  }
  const references = leg.kind === 'access' ? [] : speedsOf(leg.mode);
  if (references.length === 0) return { kind: 'none', minDays: null, maxDays: null };
  const fastest = Math.max(...references.map((r) => r.kmPerDayMax));
  const slowest = Math.min(...references.map((r) => r.kmPerDayMin));
  return { kind: 'speed', minDays: leg.lengthKm / fastest, maxDays: leg.lengthKm / slowest, references };
}

export function legSourceIds(time: LegTime): string[] {
  switch (time.kind) {
    case 'stretch': return time.stat.sourceIds;
    case 'link': return time.link.sourceIds;
    case 'speed': return [...new Set(time.references.flatMap((r) => r.sourceIds))];
    case 'none': return [];
  }
}

/** Published whole-journey times a planner compares an option with: China–Europe rail, sea and river–sea. */
const COMPARISONS: Readonly<Partial<Record<RouteFamily, readonly string[]>>> = {
  'cre-rail': ['transit_days_chongqing_duisburg', 'transit_days_china_europe_min', 'transit_days_china_duisburg_rail'],
  ocean: ['transit_days_china_duisburg_sea', 'transit_weeks_yiwu_madrid_sea'],
  'lsc-rail-sea': ['transit_days_china_duisburg_sea'],
  'river-sea': ['transit_days_saved_chongqing_duisburg_vs_river_sea', 'transit_days_wuhan_lodz_river_sea'],
};

/** The comparisons for an option of `family` to Europe, newest figure of each metric, as the stats give them. */
export function publishedComparisons(family: RouteFamily, toEurope: boolean, stats: readonly CorridorStat[]): CorridorStat[] {
  if (!toEurope) return [];
  return (COMPARISONS[family] ?? []).flatMap((metric) => {
    const stat = newestFigure(stats.filter((s) => s.metric === metric));
    return stat ? [stat] : [];
  });
}

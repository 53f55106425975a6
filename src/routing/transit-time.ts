import type { CorridorStat, LegMode } from '../data/schema';
import type { RouteLeg } from './route-path';

export type TransitAssumption = { text: string; sourceIds: string[] };

/** Days on the legs of one mode; null days when no sourced speed exists for the mode. */
export type TransitPart = { mode: LegMode; lengthKm: number; minDays: number | null; maxDays: number | null };

export type TransitEstimate = {
  minDays: number;
  maxDays: number;
  assumptions: TransitAssumption[];
  parts: TransitPart[];
  /** True when some legs have no sourced speed and are left out of the days. */
  partial: boolean;
};

/** The metric suffixes whose length and time give each mode's speed (`route_length_*_<route>`, `transit_*_<route>`). */
export const SPEED_ROUTES: Readonly<Partial<Record<LegMode, { route: string; label: string }>>> = {
  rail: { route: 'chongqing_duisburg', label: 'Chongqing–Duisburg' },
  sea: { route: 'china_persian_gulf', label: 'China–Persian Gulf' },
};

/** The international nautical mile, km (a definition, not a sourced figure). */
const KM_PER_NAUTICAL_MILE = 1.852;
const HOURS_PER_DAY = 24;

type Speed = { kmPerDayMin: number; kmPerDayMax: number; assumption: TransitAssumption };

/**
 * An indicative range in days from sourced figures only: each mode's km/day comes from one published route
 * length and its published transit time in `stats` and is applied to the option's km in that mode.
 * Null when no leg can be estimated.
 */
export function estimateTransit(option: { legs: readonly Pick<RouteLeg, 'mode' | 'lengthKm'>[] }, stats: readonly CorridorStat[]): TransitEstimate | null {
  const kmByMode = new Map<LegMode, number>();
  for (const leg of option.legs) kmByMode.set(leg.mode, (kmByMode.get(leg.mode) ?? 0) + leg.lengthKm);

  const parts: TransitPart[] = [];
  const assumptions: TransitAssumption[] = [];
  for (const [mode, lengthKm] of kmByMode) {
    const speed = speedOf(mode, stats);
    if (!speed) {
      parts.push({ mode, lengthKm, minDays: null, maxDays: null });
      assumptions.push({ text: `${capitalised(mode)} legs (${km(lengthKm)} km): no sourced speed; not included`, sourceIds: [] });
      continue;
    }
    parts.push({ mode, lengthKm, minDays: lengthKm / speed.kmPerDayMax, maxDays: lengthKm / speed.kmPerDayMin });
    assumptions.push(speed.assumption);
  }
  const estimated = parts.filter((p) => p.minDays !== null && p.maxDays !== null);
  if (estimated.length === 0) return null;
  assumptions.push({
    text: 'Distances are measured along the drawn lines, which are straighter than the real routes, so days may be on the low side; waiting and handling time beyond what the sourced trips include is not added',
    sourceIds: [],
  });
  return {
    minDays: estimated.reduce((sum, p) => sum + (p.minDays ?? 0), 0),
    maxDays: estimated.reduce((sum, p) => sum + (p.maxDays ?? 0), 0),
    assumptions,
    parts,
    partial: estimated.length < parts.length,
  };
}

/** The mode's km/day from its speed route's length and transit time; null when either is missing. */
export function speedOf(mode: LegMode, stats: readonly CorridorStat[]): Speed | null {
  const spec = SPEED_ROUTES[mode];
  if (!spec) return null;
  const length = routeLength(stats, spec.route);
  const time = routeTime(stats, spec.route);
  if (!length || !time) return null;
  const kmPerDayMin = length.km / time.maxDays;
  const kmPerDayMax = length.km / time.minDays;
  const sourceIds = [...new Set([...length.stat.sourceIds, ...time.stat.sourceIds])];
  const speedText = kmPerDayMin === kmPerDayMax ? `${km(kmPerDayMin)}` : `${km(kmPerDayMin)}–${km(kmPerDayMax)}`;
  const floor = length.stat.qualifier === 'lower_bound' ? '; the distance is a lower bound, so the speed is a floor and the days an upper estimate' : '';
  return {
    kmPerDayMin, kmPerDayMax,
    assumption: {
      text: `${capitalised(mode)}: ${spec.label} ${length.text} in ${time.text} (${sourceIds.join(', ')}) → ${speedText} km/day${floor}`,
      sourceIds,
    },
  };
}

const QUALIFIER_WORDS: Partial<Record<CorridorStat['qualifier'], string>> = { lower_bound: 'more than ', upper_bound: 'under ', approx: 'about ' };

/** The newest stat with this metric. */
const statOf = (stats: readonly CorridorStat[], metric: string): CorridorStat | undefined =>
  stats.filter((s) => s.metric === metric).sort((a, b) => b.year - a.year)[0];

function routeLength(stats: readonly CorridorStat[], route: string) {
  const inKm = statOf(stats, `route_length_km_${route}`);
  if (inKm && inKm.value > 0) return { km: inKm.value, stat: inKm, text: `${QUALIFIER_WORDS[inKm.qualifier] ?? ''}${figure(inKm.value)} km` };
  const inNm = statOf(stats, `route_length_nm_${route}`);
  if (inNm && inNm.value > 0) {
    const asKm = inNm.value * KM_PER_NAUTICAL_MILE;
    return { km: asKm, stat: inNm, text: `${QUALIFIER_WORDS[inNm.qualifier] ?? ''}${figure(inNm.value)} nm (${km(asKm)} km)` };
  }
  return null;
}

function routeTime(stats: readonly CorridorStat[], route: string) {
  const inDays = statOf(stats, `transit_days_${route}`);
  const inHours = statOf(stats, `transit_hours_${route}`);
  const stat = inDays ?? inHours;
  if (!stat || !(stat.value > 0)) return null;
  const perDay = inDays ? 1 : HOURS_PER_DAY;
  const max = stat.valueMax ?? stat.value;
  const unit = inDays ? 'days' : 'hours';
  const range = max === stat.value ? figure(stat.value) : `${figure(stat.value)}–${figure(max)}`;
  return { minDays: stat.value / perDay, maxDays: max / perDay, stat, text: `${QUALIFIER_WORDS[stat.qualifier] ?? ''}${range} ${unit}` };
}

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const AS_SOURCED = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
/** A computed length or speed, rounded. */
const km = (n: number) => WHOLE.format(n);
/** A sourced figure, as the source gives it (14.5 stays 14.5). */
const figure = (n: number) => AS_SOURCED.format(n);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

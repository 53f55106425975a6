import type { CorridorStat } from '../data/schema';
import { placeKey } from '../data/corridor-series';
import { newestFigure } from '../data/figures';
import type { RouteMode } from './corridor-graph';
import type { TransitReference } from './network-data';

// Where a transit time comes from: a published time for exactly that stretch, or a speed derived from a
// published length and time elsewhere. Nothing here is a guess; a mode without a source has no speed.

export type Names = { en: string; zh: string };

/** A published length and time, and the km/day range they give. */
export type SpeedReference = {
  route: Names;
  lengthKm: number;
  /** The length as published: "11,179 km", "more than 5,000 nm", "10,600 nm". */
  length: { value: number; unit: 'km' | 'nm'; qualifier: CorridorStat['qualifier'] };
  minDays: number;
  maxDays: number;
  kmPerDayMin: number;
  kmPerDayMax: number;
  /** The length is a lower bound: the speed is a floor and the days an upper estimate. */
  floor: boolean;
  sourceIds: string[];
  status: CorridorStat['status'];
};

/** The international nautical mile, km (a definition, not a sourced figure). */
export const KM_PER_NAUTICAL_MILE = 1.852;
const HOURS_PER_DAY = 24;

/** The stat routes whose length and time give a mode's speed (`route_length_*_<route>`, `transit_*_<route>`). */
export const SPEED_ROUTES: Readonly<Partial<Record<RouteMode, { route: string; names: Names }>>> = {
  rail: { route: 'chongqing_duisburg', names: { en: 'Chongqing–Duisburg', zh: '重庆—杜伊斯堡' } },
  sea: { route: 'china_persian_gulf', names: { en: 'China–Persian Gulf', zh: '中国—波斯湾' } },
};

/** The newest figure of this metric (data/figures.ts decides between figures of one year). */
const statOf = (stats: readonly CorridorStat[], metric: string): CorridorStat | undefined =>
  newestFigure(stats.filter((s) => s.metric === metric)) ?? undefined;

/** A published time between two places (`transit_days_<a>_<b>` or `transit_hours_<a>_<b>`, either order), in days. */
export function routeTime(stats: readonly CorridorStat[], route: string) {
  const inDays = statOf(stats, `transit_days_${route}`);
  const inHours = statOf(stats, `transit_hours_${route}`);
  const stat = inDays ?? inHours;
  if (!stat || !(stat.value > 0)) return null;
  const perDay = inDays ? 1 : HOURS_PER_DAY;
  return { minDays: stat.value / perDay, maxDays: (stat.valueMax ?? stat.value) / perDay, stat };
}

function routeLength(stats: readonly CorridorStat[], route: string) {
  const inKm = statOf(stats, `route_length_km_${route}`);
  if (inKm && inKm.value > 0) return { km: inKm.value, unit: 'km' as const, stat: inKm };
  const inNm = statOf(stats, `route_length_nm_${route}`);
  if (inNm && inNm.value > 0) return { km: inNm.value * KM_PER_NAUTICAL_MILE, unit: 'nm' as const, stat: inNm };
  return null;
}

/** The speed references of a mode: its stat route, and the data's transit references of that mode. */
export function speedReferences(mode: RouteMode, stats: readonly CorridorStat[], references: readonly TransitReference[]): SpeedReference[] {
  const found: SpeedReference[] = [];
  const spec = SPEED_ROUTES[mode];
  const length = spec ? routeLength(stats, spec.route) : null;
  const time = spec ? routeTime(stats, spec.route) : null;
  if (spec && length && time) {
    found.push(speed(spec.names, length.km, { value: length.stat.value, unit: length.unit, qualifier: length.stat.qualifier },
      time.minDays, time.maxDays, [...new Set([...length.stat.sourceIds, ...time.stat.sourceIds])], length.stat.status));
  }
  for (const r of references.filter((x) => x.mode === mode && x.lengthKm > 0 && x.daysMin > 0)) {
    found.push(speed({ en: r.labelEn, zh: r.labelZh }, r.lengthKm, { value: r.lengthValue, unit: r.lengthUnit, qualifier: 'approx' },
      r.daysMin, r.daysMax, r.sourceIds, r.status));
  }
  return found;
}

function speed(route: Names, lengthKm: number, length: SpeedReference['length'], minDays: number, maxDays: number, sourceIds: string[], status: CorridorStat['status']): SpeedReference {
  return {
    route, lengthKm, length, minDays, maxDays, kmPerDayMin: lengthKm / maxDays, kmPerDayMax: lengthKm / minDays,
    floor: length.qualifier === 'lower_bound', sourceIds, status,
  };
}

/** Keys a place may have in stat metric names: "Qinzhou Port (Beibu Gulf Port)" -> qinzhou_port, qinzhou. */
const keysOf = (nameEn: string) => {
  const key = placeKey(nameEn);
  return [...new Set([key, key.replace(/_port$/, '')])];
};

/** A published time for exactly this stretch, either way round. */
export function stretchTime(stats: readonly CorridorStat[], fromEn: string, toEn: string) {
  for (const a of keysOf(fromEn)) {
    for (const b of keysOf(toEn)) {
      const time = routeTime(stats, `${a}_${b}`) ?? routeTime(stats, `${b}_${a}`);
      if (time) return time;
    }
  }
  return null;
}

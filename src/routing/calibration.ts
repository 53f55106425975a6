import { median } from 'd3-array';
import type { Atlas, CorridorId, CorridorStat, Line } from '../data/schema';
import { sourcedRouteLength } from '../data/corridor-series';
import { memoizeLast } from '../lib/memo';
import { pathLengthKm } from './geo';

/**
 * Drawn rail lines run straight between main-line towns, so they are shorter than the track. Each rail leg is
 * scaled by a factor: the line's own sourced route length over its drawn length where a source gives one,
 * else the median factor of its corridor's sourced lines, else of all sourced lines. Road and sea legs keep
 * their drawn length (sea legs already follow the sea lanes).
 */
export type LineCalibration = {
  lineId: string;
  factor: number;
  /** own: the line's sourced length; corridor / all: the median of other lines' factors. */
  basis: 'own' | 'corridor' | 'all' | 'none';
  drawnRailKm: number;
  /** The sourced length the factor comes from (own), with its stat. */
  sourced: CorridorStat | null;
  /** The lines whose sourced lengths gave the factor. */
  fromLineIds: string[];
  sourceIds: string[];
};

const railKm = (line: Line) => line.legs.filter((l) => l.mode === 'rail').reduce((sum, l) => sum + pathLengthKm(l.path), 0);
const isAllRail = (line: Line) => line.legs.length > 0 && line.legs.every((l) => l.mode === 'rail');

type OwnFactor = { line: Line; factor: number; stat: CorridorStat };

/** Lines that are rail end to end and have a sourced route length between their end stops. */
export function ownFactors(atlas: Atlas): OwnFactor[] {
  return atlas.lines.flatMap((line) => {
    const stat = isAllRail(line) ? sourcedRouteLength(atlas.stats, line) : null;
    const drawn = railKm(line);
    return stat && drawn > 0 ? [{ line, factor: stat.value / drawn, stat }] : [];
  });
}

/** The median factor of the sourced lines (of one corridor, or all), leaving one line out if asked. */
export function medianFactor(own: readonly OwnFactor[], corridorId: CorridorId | null, exceptLineId: string | null = null) {
  const used = own.filter((o) => (corridorId === null || o.line.corridorId === corridorId) && o.line.id !== exceptLineId);
  const factor = median(used, (o) => o.factor);
  return factor === undefined ? null : { factor, used };
}

export const lineCalibrations = memoizeLast((atlas: Atlas): ReadonlyMap<string, LineCalibration> => {
  const own = ownFactors(atlas);
  const result = new Map<string, LineCalibration>();
  for (const line of atlas.lines) {
    const drawnRailKm = railKm(line);
    const mine = own.find((o) => o.line.id === line.id);
    const base = { lineId: line.id, drawnRailKm };
    if (mine) {
      result.set(line.id, { ...base, factor: mine.factor, basis: 'own', sourced: mine.stat, fromLineIds: [line.id], sourceIds: mine.stat.sourceIds });
      continue;
    }
    const byCorridor = medianFactor(own, line.corridorId);
    const fallback = byCorridor ?? medianFactor(own, null);
    if (!fallback || drawnRailKm === 0) {
      result.set(line.id, { ...base, factor: 1, basis: 'none', sourced: null, fromLineIds: [], sourceIds: [] });
      continue;
    }
    result.set(line.id, {
      ...base, factor: fallback.factor, basis: byCorridor ? 'corridor' : 'all', sourced: null,
      fromLineIds: fallback.used.map((o) => o.line.id),
      sourceIds: [...new Set(fallback.used.flatMap((o) => o.stat.sourceIds))],
    });
  }
  return result;
});

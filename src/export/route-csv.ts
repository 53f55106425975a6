import { csvFormat } from 'd3';
import type { Atlas } from '../data/schema';
import { translator, type Lang } from '../lib/i18n';
import type { RouteOption } from '../routing/route-options';
import type { TransitEstimate } from '../routing/transit-time';
import { headerLines, withHeader } from './data-export';

export type RouteComparison = {
  year: number;
  from: { nameEn: string; nameZh: string };
  to: { nameEn: string; nameZh: string };
  options: readonly RouteOption[];
  transit: readonly (TransitEstimate | null)[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The route comparison as the panel shows it, one row per option, with the sources of its figures. */
export function routeComparisonCsv(atlas: Atlas, comparison: RouteComparison, lang: Lang): string {
  const t = translator(lang);
  const name = (n: { nameEn: string; nameZh: string }) => (lang === 'zh' ? n.nameZh : n.nameEn);
  const rows = comparison.options.map((o, i) => {
    const transit = comparison.transit[i] ?? null;
    const lineSources = o.legs.flatMap((l) => atlas.lines.find((x) => x.id === l.lineId)?.sourceIds ?? []);
    return {
      option: o.id,
      family: t(`family_${o.family}` as 'family_ocean'),
      year: comparison.year,
      distance_km: Math.round(o.distanceKm),
      days_min: transit ? round1(transit.minDays) : '',
      days_max: transit ? round1(transit.maxDays) : '',
      border_crossings: o.borderCrossings.map(name).join(' > '),
      mode_changes: o.modeChanges,
      legs: o.legs.map((l) => `${lang === 'zh' ? l.fromNameZh : l.fromName} > ${lang === 'zh' ? l.toNameZh : l.toName} (${t(`mode_${l.mode}`)}, ${Math.round(l.lengthKm)} km${l.lineId ? `, ${l.lineId}` : ''})`).join('; '),
      source_ids: [...new Set([...(transit?.sourceIds ?? []), ...lineSources])].join(';'),
    };
  });
  const ids = rows.flatMap((r) => r.source_ids.split(';').filter(Boolean));
  const header = headerLines(atlas, lang, 'exportHeaderRoutes', comparison.year, ids)
    .map((line, i) => (i === 0 ? line.replace('{from}', name(comparison.from)).replace('{to}', name(comparison.to)) : line));
  return withHeader(header, csvFormat(rows, ['option', 'family', 'year', 'distance_km', 'days_min', 'days_max', 'border_crossings', 'mode_changes', 'legs', 'source_ids']));
}

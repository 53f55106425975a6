import { csvFormat } from 'd3-dsv';
import type { Atlas } from '../data/schema';
import { translator, type Lang } from '../lib/i18n';
import type { RouteOption } from '../routing/route-options';
import type { TransitEstimate } from '../routing/transit-time';

export type RouteComparison = {
  year: number;
  from: { nameEn: string; nameZh: string };
  to: { nameEn: string; nameZh: string };
  options: readonly RouteOption[];
  transit: readonly (TransitEstimate | null)[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The sources of one option's figures: its transit times and the lines it runs on. */
export function optionSourceIds(atlas: Atlas, option: RouteOption, transit: TransitEstimate | null): string[] {
  const lineSources = option.legs.flatMap((l) => atlas.lines.find((x) => x.id === l.lineId)?.sourceIds ?? []);
  return [...new Set([...(transit?.sourceIds ?? []), ...lineSources])];
}

/** The route comparison as the panel shows it, one row per option, with the sources of its figures. */
export function routeComparisonCsv(atlas: Atlas, comparison: RouteComparison, lang: Lang): string {
  const t = translator(lang);
  const name = (n: { nameEn: string; nameZh: string }) => (lang === 'zh' ? n.nameZh : n.nameEn);
  const rows = comparison.options.map((o, i) => {
    const transit = comparison.transit[i] ?? null;
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
      source_ids: optionSourceIds(atlas, o, transit).join(';'),
    };
  });
  return `${csvFormat(rows, ['option', 'family', 'year', 'distance_km', 'days_min', 'days_max', 'border_crossings', 'mode_changes', 'legs', 'source_ids'])}\n`;
}

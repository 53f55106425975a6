import type { CorridorStat } from '../../data/schema';
import { formatNumber, formatPartialDate } from '../../lib/format';
import { isMessageKey, type Lang, type Translate } from '../../lib/i18n';

/** The parts of a published figure needed to write it out. */
export type Figure = Pick<CorridorStat, 'value' | 'valueMax' | 'unit' | 'qualifier' | 'asOf'>;


/** "trains_per_year_east_route" -> "Trains per year east route", for metrics without a catalogue entry. */
const humanize = (snake: string) => snake.charAt(0).toUpperCase() + snake.slice(1).replace(/_/g, ' ');

export function metricLabel(metric: string, t: Translate): string {
  const key = `metric_${metric}`;
  return isMessageKey(key) ? t(key) : humanize(metric);
}

/** "trains/day" -> unit_trains_day, "%" -> unit_percent; an unknown unit is shown as published. */
export function unitLabel(unit: string, t: Translate): string {
  const key = `unit_${unit.replace('%', 'percent').toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  return isMessageKey(key) ? t(key) : unit;
}

/** "more than 17,000 trains", "14–16 days", "15,162 trains (part year, to Nov 2022)". */
export function formatFigure(figure: Figure, lang: Lang, t: Translate): string {
  const number = figure.valueMax === null
    ? formatNumber(figure.value, lang)
    : `${formatNumber(figure.value, lang)}–${formatNumber(figure.valueMax, lang)}`;
  const v = figure.unit === '%' ? `${number}%` : `${number} ${unitLabel(figure.unit, t)}`;
  if (figure.qualifier === 'part_year') {
    return figure.asOf ? t('figure_part_year', { v, asOf: formatPartialDate(figure.asOf, lang) }) : t('figure_part_year_undated', { v });
  }
  return t(`figure_${figure.qualifier}`, { v });
}

const COMPACT_LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

const compactFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};
/** Axis ticks: "1.5M" in English, "150万" in Chinese. */
export const formatCompact = (n: number, lang: Lang) =>
  (compactFormats[lang] ??= new Intl.NumberFormat(COMPACT_LOCALE[lang], { notation: 'compact', maximumFractionDigits: 1 })).format(n);

/** Source ids quoted inside free text, e.g. a stop note "Gauge change … (S-T10)". */
export const sourceIdsIn = (text: string): string[] => text.match(/\b(?:S-[A-Z]\d{2}|S\d{2}|GEO-[A-Z]+)\b/g) ?? [];

/** Unique ids in a stable reading order: S-L02 before S-L10. */
export const sortedIds = (ids: Iterable<string>): string[] =>
  [...new Set(ids)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

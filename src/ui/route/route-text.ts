import type { Atlas, CorridorStat } from '../../data/schema';
import { formatNumber } from '../../lib/format';
import { isMessageKey, type Lang, type Translate } from '../../lib/i18n';
import type { LineCalibration } from '../../routing/calibration';
import type { InlandLink } from '../../routing/network-data';
import type { LaterOption, RouteLeg, RouteOption, RouteProblem } from '../../routing/route-options';
import type { LegTime, SpeedReference, TransitEstimate } from '../../routing/transit-time';

// Every sentence of the route comparison, in the reader's language, from the data the search returns.

type Named = { en: string; zh: string } | { nameEn: string; nameZh: string };
export const nameIn = (lang: Lang, n: Named) => ('en' in n ? (lang === 'zh' ? n.zh : n.en) : lang === 'zh' ? n.nameZh : n.nameEn);

const whole = (n: number, lang: Lang) => formatNumber(Math.round(n), lang);
const tenth = (n: number, lang: Lang) => formatNumber(Math.round(n * 10) / 10, lang);
const list = (items: string[], lang: Lang) => items.join(lang === 'zh' ? '、' : ', ');

export const familyLabel = (t: Translate, family: string) => {
  const key = `family_${family}`;
  return isMessageKey(key) ? t(key) : family;
};

/** The short name of a kind of route, for the chart and the table. */
export const familyShort = (t: Translate, family: string) => {
  const key = `short_${family}`;
  return isMessageKey(key) ? t(key) : familyLabel(t, family);
};

/** "Rail · Alashankou": the short kind plus the Chinese exit, where the option has one. */
export const optionShortLabel = (t: Translate, lang: Lang, option: RouteOption) => {
  const via = option.id.includes('-via-') ? option.borderCrossings[0] : undefined;
  return via ? `${familyShort(t, option.family)} · ${nameIn(lang, via)}` : familyShort(t, option.family);
};

export function problemText(t: Translate, lang: Lang, problem: RouteProblem, year: number): string {
  switch (problem.code) {
    case 'unknown-place': return t('routeProblem_unknown', { id: problem.id });
    case 'same-place': return t('routeProblem_same');
    case 'too-far': return t('routeProblem_tooFar', {
      place: nameIn(lang, problem.place), km: problem.km === null ? '–' : whole(problem.km, lang),
      nearest: problem.nearest ? nameIn(lang, problem.nearest) : '–', max: problem.maxKm,
    });
    case 'no-route': return t('routeProblem_noRoute', { from: nameIn(lang, problem.from), to: nameIn(lang, problem.to), year });
  }
}

export const laterText = (t: Translate, lang: Lang, later: LaterOption) => t('routeLaterItem', {
  year: later.fromYear,
  services: list(later.services.map((s) => (lang === 'zh' ? s.zh : s.en)), lang),
});

export function daysText(t: Translate, lang: Lang, minDays: number, maxDays: number): string {
  const [min, max] = [tenth(minDays, lang), tenth(maxDays, lang)];
  return min === max ? t('routeTransitOne', { days: min }) : t('routeTransit', { min, max });
}

export const transitText = (t: Translate, lang: Lang, transit: TransitEstimate | null) =>
  (transit ? daysText(t, lang, transit.minDays, transit.maxDays) : t('routeNoTransit'));

export const passagesText = (t: Translate, lang: Lang, passages: readonly string[]) =>
  t('routePassages', { names: list(passages.map((p) => (isMessageKey(`passage_${p}`) ? t(`passage_${p}` as 'passage_suez') : p)), lang) });

/** A stat's value as published: "14–16 days", "26 hours", "6 weeks". */
export function statTimeText(t: Translate, lang: Lang, stat: Pick<CorridorStat, 'value' | 'valueMax' | 'unit'>): string {
  const [n, max] = [formatNumber(stat.value, lang), stat.valueMax === null ? null : formatNumber(stat.valueMax, lang)];
  if (stat.unit === 'hours') return max ? t('span_hoursRange', { min: n, max }) : t('span_hours', { n });
  if (stat.unit === 'weeks') return t('span_weeks', { n });
  return max ? t('span_daysRange', { min: n, max }) : t('span_days', { n });
}

function speedText(t: Translate, lang: Lang, r: SpeedReference): string {
  const km = whole(r.lengthKm, lang);
  const length = r.length.unit === 'km'
    ? t('length_km', { n: formatNumber(r.length.value, lang) })
    : t(r.floor ? 'length_lowerNm' : 'length_nm', { n: formatNumber(r.length.value, lang), km });
  const time = r.minDays === r.maxDays ? t('span_days', { n: tenth(r.minDays, lang) }) : t('span_daysRange', { min: tenth(r.minDays, lang), max: tenth(r.maxDays, lang) });
  const [slow, fast] = [whole(r.kmPerDayMin, lang), whole(r.kmPerDayMax, lang)];
  const text = t('time_speedRef', { route: nameIn(lang, r.route), length, time, speed: slow === fast ? slow : `${slow}–${fast}` });
  return `${text}${r.floor ? t('time_floor') : ''} [${r.sourceIds.join(', ')}]`;
}

export function legTimeText(t: Translate, lang: Lang, time: LegTime): string {
  switch (time.kind) {
    case 'stretch': return `${t('time_stretch', { time: statTimeText(t, lang, time.stat) })} [${time.stat.sourceIds.join(', ')}]`;
    case 'link': return `${t('time_link', { time: linkDaysText(t, lang, time.link) })} [${time.link.sourceIds.join(', ')}]`;
    case 'speed': return t('time_speed', { speeds: time.references.map((r) => speedText(t, lang, r)).join('; ') });
    case 'none': return t('time_none');
  }
}

const linkDaysText = (t: Translate, lang: Lang, link: InlandLink) =>
  (link.daysMax !== null && link.daysMax !== link.daysMin
    ? t('span_daysRange', { min: formatNumber(link.daysMin ?? 0, lang), max: formatNumber(link.daysMax, lang) })
    : t('span_days', { n: formatNumber(link.daysMin ?? 0, lang) }));

/** How a leg's km were found: drawn, scaled to a sourced line length, or an inland link's published length. */
export function legLengthText(t: Translate, lang: Lang, leg: RouteLeg, atlas: Atlas, calibrations: ReadonlyMap<string, LineCalibration>): string {
  if (leg.kind === 'access') return t('leg_access');
  if (leg.kind === 'inland') return t(Math.abs(leg.lengthKm - leg.drawnKm) > 0.5 ? 'link_sourced' : 'link_drawn');
  const calibration = leg.lineId ? calibrations.get(leg.lineId) : undefined;
  if (leg.kind !== 'leg' || leg.mode !== 'rail' || !calibration || calibration.basis === 'none') return t('calibration_none');
  const factor = formatNumber(Math.round(calibration.factor * 1000) / 1000, lang);
  const drawn = whole(leg.drawnKm, lang);
  const sources = ` [${calibration.sourceIds.join(', ')}]`;
  if (calibration.basis === 'own') {
    return t('calibration_own', { drawn, factor, sourced: formatNumber(calibration.sourced?.value ?? 0, lang) }) + sources;
  }
  const corridor = atlas.corridors.find((c) => c.id === leg.corridorId);
  const vars = { drawn, factor, lines: list(calibration.fromLineIds, lang), corridor: corridor ? nameIn(lang, corridor) : '' };
  return t(calibration.basis === 'corridor' ? 'calibration_corridor' : 'calibration_all', vars) + sources;
}

export const legModeText = (t: Translate, leg: RouteLeg) => t(`mode_${leg.mode}`);

export const crossingsText = (t: Translate, lang: Lang, option: RouteOption) =>
  (option.borderCrossings.length === 0 ? t('routeNoCrossings') : option.borderCrossings.map((b) => nameIn(lang, b)).join(' → '));

export const comparisonLabel = (t: Translate, stat: CorridorStat) => {
  const key = `comparison_${stat.metric}`;
  return isMessageKey(key) ? t(key) : stat.metric;
};


import { useMemo } from 'react';
import {
  chartableMetrics, corridorYears, metricSeries, metricUnit, sourcedRouteLength, transitFacts,
} from '../../data/corridor-series';
import type { Atlas, CorridorId, CorridorStat } from '../../data/schema';
import { formatPartialDate } from '../../lib/format';
import { translator, type Lang } from '../../lib/i18n';
import { corridorSwatch } from '../../cartography/palette';
import { resolveSources } from '../../state/atlas-queries';
import { SourceList } from '../SourceList';
import { CorridorLines } from './CorridorLines';
import { SeriesChart } from './SeriesChart';
import { TransitFactList } from './TransitFactList';
import { sortedIds, sourceIdsIn } from './stat-labels';

export type CorridorPanelProps = {
  atlas: Atlas;
  corridorId: CorridorId;
  lineId: string | null;
  year: number;
  lang: Lang;
  onSelectLine: (lineId: string | null) => void;
  onSelectYear: (year: number) => void;
};

/** Everything derived from the atlas for one corridor; independent of year, language and selection. */
function corridorView(atlas: Atlas, corridorId: CorridorId) {
  const corridor = atlas.corridors.find((c) => c.id === corridorId);
  if (!corridor) return null;
  const years = corridorYears(corridor.startYear, atlas.lastYear);
  const lines = atlas.lines.filter((l) => l.corridorId === corridorId);
  const sourcedLengths = new Map<string, CorridorStat>();
  for (const line of lines) {
    const length = sourcedRouteLength(atlas.stats, line);
    if (length) sourcedLengths.set(line.id, length);
  }
  const series = chartableMetrics(atlas.stats, corridorId).map((metric) => ({
    metric,
    unit: metricUnit(atlas.stats, corridorId, metric) ?? '',
    points: metricSeries(atlas.stats, corridorId, metric, years),
  }));
  return { corridor, lines, sourcedLengths, series, facts: transitFacts(atlas.stats, corridorId) };
}

/** A corridor: what it is, its lines, transit facts and published figures per year, with every source cited. */
export function CorridorPanel({ atlas, corridorId, lineId, year, lang, onSelectLine, onSelectYear }: CorridorPanelProps) {
  const view = useMemo(() => corridorView(atlas, corridorId), [atlas, corridorId]);
  if (!view) return null;
  const t = translator(lang);
  const { corridor, lines, sourcedLengths, series, facts } = view;
  const selectedLine = lines.find((l) => l.id === lineId) ?? null;
  const [name, otherName] = lang === 'zh' ? [corridor.nameZh, corridor.nameEn] : [corridor.nameEn, corridor.nameZh];

  const withQuoted = (s: { sourceIds: readonly string[]; note: string }) => [...s.sourceIds, ...sourceIdsIn(s.note)];
  const citedIds = sortedIds([
    ...corridor.sourceIds,
    ...[...sourcedLengths.values()].flatMap(withQuoted),
    ...(selectedLine
      ? [...selectedLine.sourceIds, ...sourceIdsIn(selectedLine.basis), ...selectedLine.nodes.flatMap((n) => sourceIdsIn(n.note))]
      : []),
    ...facts.flatMap(withQuoted),
    ...series.flatMap((s) => s.points.flatMap((p) => [...withQuoted(p), ...p.alternatives.flatMap(withQuoted)])),
  ]);

  return (
    <article className="corridor-panel" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <p className="eyebrow">
        <span className="swatch" style={{ background: corridorSwatch(corridor.id) }} aria-hidden="true" /> {t('corridor')}
      </p>
      <h2>
        {name} <span className="alt-name" lang={lang === 'zh' ? 'en' : 'zh-CN'}>{otherName}</span>
      </h2>
      <p>{lang === 'zh' ? corridor.descriptionZh : corridor.descriptionEn}</p>
      <dl className="corridor-facts">
        <dt>{t('corridorStarted')}</dt>
        <dd><time dateTime={corridor.startDate}>{formatPartialDate(corridor.startDate, lang)}</time></dd>
        <dt>{t('corridorStatus')}</dt>
        <dd><span className={`status status-${corridor.status}`}>{t(`status_${corridor.status}`)}</span></dd>
      </dl>

      <CorridorLines
        lines={lines} sourcedLengths={sourcedLengths} selectedLineId={selectedLine?.id ?? null}
        year={year} lang={lang} onSelectLine={onSelectLine}
      />
      <TransitFactList facts={facts} lang={lang} />

      <section className="corridor-figures">
        <h3>{t('figuresTitle')}</h3>
        {series.length === 0 ? (
          <p className="muted">{t('noFigures')}</p>
        ) : (
          <>
            <p className="muted figures-note">{t('figuresNote')}</p>
            {series.map((s) => (
              <SeriesChart
                key={s.metric} metric={s.metric} unit={s.unit} points={s.points} selectedYear={year} lang={lang}
                onSelectYear={onSelectYear} selectableRange={[atlas.firstYear, atlas.lastYear]}
              />
            ))}
          </>
        )}
      </section>

      <SourceList sources={resolveSources(atlas, citedIds)} />
    </article>
  );
}

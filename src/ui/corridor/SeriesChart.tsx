import { Fragment, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { axisBottom, axisLeft } from 'd3-axis';
import { max, min } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { SeriesPoint, StatQualifier } from '../../data/corridor-series';
import { translator, type Lang, type Translate } from '../../lib/i18n';
import { formatCompact, formatFigure, metricLabel, sortedIds, unitLabel } from './stat-labels';

const W = 340;
const H = 130;
const M = { top: 8, right: 6, bottom: 20, left: 36 };

export type SeriesChartProps = {
  metric: string;
  unit: string;
  /** One point per year, gaps included (see metricSeries). */
  points: readonly SeriesPoint[];
  selectedYear: number;
  lang: Lang;
  onSelectYear: (year: number) => void;
  /** Years the timeline can show; bars outside are drawn but cannot be chosen. */
  selectableRange?: readonly [number, number];
};

/** A year with a figure; metricSeries sets value and qualifier together. */
type Plotted = SeriesPoint & { value: number; qualifier: StatQualifier };
const isPlotted = (p: SeriesPoint): p is Plotted => p.value !== null && p.qualifier !== null;

/** Hatched: not a whole-year count. Outlined: a forecast. */
const barStyle = (p: Plotted) =>
  p.qualifier === 'forecast' ? 'is-forecast' : p.qualifier === 'part_year' || p.qualifier === 'lower_bound' || p.qualifier === 'upper_bound' ? 'is-incomplete' : 'is-whole';

/** " · uncertain" for a figure that is not confirmed. */
const statusSuffix = (p: SeriesPoint, t: Translate) => (p.status && p.status !== 'confirmed' ? ` · ${t(`status_${p.status}`)}` : '');

function pointLabel(p: SeriesPoint, unit: string, lang: Lang, t: Translate): string {
  if (!isPlotted(p)) return `${p.year}: ${t('chartNoData')}`;
  // Figure notes are English-only data; the Chinese label leaves them out.
  const note = p.note && lang === 'en' ? ` — ${p.note}` : '';
  const also = p.alternatives.length
    ? `; ${t('chartAlso', { list: p.alternatives.map((a) => `${formatFigure(a, lang, t)} [${a.sourceIds.join(', ')}]`).join('; ') })}`
    : '';
  return `${p.year}: ${formatFigure({ ...p, unit }, lang, t)}${statusSuffix(p, t)}${note} [${p.sourceIds.join(', ')}]${also}`;
}

/** One published series over the corridor's years: bars for figures, a cross for years without data. */
export function SeriesChart({ metric, unit, points, selectedYear, lang, onSelectYear, selectableRange }: SeriesChartProps) {
  const t = translator(lang);
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  const plotted = points.filter(isPlotted);
  const x = scaleBand<number>().domain(points.map((p) => p.year)).range([M.left, W - M.right]).padding(0.2);
  const yMax = max(plotted, (p) => p.valueMax ?? p.value) || 1;
  const yMin = Math.min(0, min(plotted, (p) => p.value) ?? 0);
  const y = scaleLinear().domain([yMin, yMax]).nice().range([H - M.bottom, M.top]);
  const canSelect = (year: number) => !selectableRange || (year >= selectableRange[0] && year <= selectableRange[1]);

  useEffect(() => {
    if (xAxis.current) select(xAxis.current).call(axisBottom(x).tickFormat((d) => `’${String(d).slice(2)}`).tickSizeOuter(0));
    if (yAxis.current) select(yAxis.current).call(axisLeft(y).ticks(4).tickFormat((d) => formatCompact(Number(d), lang)).tickSizeOuter(0));
  });

  const title = metricLabel(metric, t);
  const latest = plotted[plotted.length - 1];
  const first = points[0]?.year ?? selectedYear;
  const last = points[points.length - 1]?.year ?? selectedYear;
  const summary = latest
    ? t('chartSummary', {
      value: `${formatFigure({ ...latest, unit }, lang, t)}${statusSuffix(latest, t)}`, year: latest.year,
      first, last, gaps: points.length - plotted.length, count: points.length,
    })
    : t('chartSummaryEmpty', { first, last });

  return (
    <figure className="series-chart">
      <figcaption>
        <strong>{title}</strong> <span className="muted">({unitLabel(unit, t)})</span>
        <span className="visually-hidden"> {summary}</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label={title}>
        <defs>
          <pattern id={hatchId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="4" className="series-hatch" />
          </pattern>
        </defs>
        <g ref={yAxis} transform={`translate(${M.left},0)`} className="axis" aria-hidden="true" />
        <g ref={xAxis} transform={`translate(0,${H - M.bottom})`} className="axis" aria-hidden="true" lang="en" />
        {points.map((p) => {
          const bx = x(p.year)!;
          const bw = x.bandwidth();
          const label = pointLabel(p, unit, lang, t);
          const selectable = canSelect(p.year);
          const choose = () => onSelectYear(p.year);
          const classes = p.year === selectedYear ? 'series-col selected' : 'series-col';
          const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            choose();
          };
          return (
            <g
              key={p.year}
              className={classes}
              role={selectable ? 'button' : undefined}
              tabIndex={selectable ? 0 : undefined}
              aria-label={selectable ? `${t('selectYear', { year: p.year })} — ${label}` : undefined}
              aria-pressed={selectable ? p.year === selectedYear : undefined}
              onClick={selectable ? choose : undefined}
              onKeyDown={selectable ? onKeyDown : undefined}
            >
              <title>{label}</title>
              <rect className="hit" x={bx - 1} y={M.top} width={bw + 2} height={H - M.top - M.bottom} />
              {isPlotted(p) ? (
                <>
                  <rect
                    className={`series-bar ${barStyle(p)}${p.status === 'uncertain' || p.status === 'inferred' ? ` is-${p.status}` : ''}`}
                    x={bx} y={y(Math.max(0, p.value))} width={bw} height={Math.abs(y(p.value) - y(0))}
                    fill={barStyle(p) === 'is-incomplete' ? `url(#${hatchId})` : undefined}
                  />
                  {p.valueMax !== null && <line className="series-range" x1={bx + bw / 2} x2={bx + bw / 2} y1={y(p.value)} y2={y(p.valueMax)} />}
                </>
              ) : (
                <path className="series-gap" d={gapCross(bx + bw / 2, y(0) - 5, 3)} />
              )}
            </g>
          );
        })}
      </svg>
      <p className="chart-key muted" aria-hidden="true">
        <span className="key-swatch is-whole" /> {t('chartKeyWhole')} <span className="key-swatch is-incomplete" /> {t('chartKeyIncomplete')}{' '}
        <span className="key-swatch is-forecast" /> {t('chartKeyForecast')} <span className="key-gap">×</span> {t('chartNoData')}
        {plotted.some((p) => p.status === 'uncertain') && <> <span className="key-swatch is-whole is-uncertain" /> {t('status_uncertain')}</>}
        {plotted.some((p) => p.status === 'inferred') && <> <span className="key-swatch is-whole is-inferred" /> {t('status_inferred')}</>}
      </p>
      <p className="series-sources muted">
        {t('chartSources')}:{' '}
        {sortedIds(plotted.flatMap((p) => p.sourceIds)).map((id, i) => (
          <Fragment key={id}>{i > 0 && ', '}<span className="source-id">{id}</span></Fragment>
        ))}
      </p>
    </figure>
  );
}

/** A small × centred on (cx, cy): the "no data" mark. */
const gapCross = (cx: number, cy: number, r: number) =>
  `M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`;

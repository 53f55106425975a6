import { memo, useEffect, useMemo, useRef } from 'react';
import { axisBottom, axisLeft } from 'd3-axis';
import { max } from 'd3-array';
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { appStore, useAppStore } from '../state/store';
import { selectAtlas, selectYear } from '../state/selectors';
import { growthSeries, type YearSummary } from '../state/atlas-queries';
import type { Translate } from '../lib/i18n';
import { useT } from '../state/use-t';

const W = 340;
const H = 150;
const M = { top: 10, right: 8, bottom: 22, left: 28 };

type ColumnProps = { d: YearSummary; selected: boolean; x: ScaleBand<number>; y: ScaleLinear<number, number>; t: Translate };

/** One year's bars; a year step renders the two columns whose selection changes. */
const YearColumn = memo(function YearColumn({ d, selected, x, y, t }: ColumnProps) {
  const bx = x(d.year)!;
  const bw = x.bandwidth();
  const total = d.citiesTotal;
  const label = `${d.year}: ${total ?? t('chartUnknown')} ${t('chartCities')}, ${d.measuresTotal ?? t('chartUnknown')} ${t('chartMeasures')}`;
  return (
    <g
      className={selected ? 'year-col selected' : 'year-col'}
      role="button"
      tabIndex={0}
      aria-label={`${t('selectYear', { year: d.year })} — ${label}`}
      aria-pressed={selected}
      onClick={() => appStore.getState().setYear(d.year)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          appStore.getState().setYear(d.year);
        }
      }}
    >
      <title>{label}</title>
      <rect className="hit" x={bx - 2} y={M.top} width={bw + 4} height={H - M.top - M.bottom} />
      {total !== null ? (
        <rect className="bar-total" x={bx} y={y(total)} width={bw} height={y(0) - y(total)} />
      ) : (
        <text className="unknown" x={bx + bw / 2} y={y(0) - 4 - (d.named ? y(0) - y(d.named) : 0)} textAnchor="middle">?</text>
      )}
      {d.named > 0 && <rect className="bar-named" x={bx} y={y(d.named)} width={bw} height={y(0) - y(d.named)} />}
    </g>
  );
});

/** Pilot cities (bars) and measures (dots) per year; clicking a year selects it. */
export function GrowthChart() {
  const atlas = useAppStore(selectAtlas);
  const year = useAppStore(selectYear);
  const t = useT();
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  // The series, scales and axes change with the data alone; a year step only moves the selection.
  const { series, x, y } = useMemo(() => {
    const series = atlas ? growthSeries(atlas) : [];
    const yMax = max(series, (d) => Math.max(d.citiesTotal ?? d.named, d.measuresTotal ?? 0)) ?? 1;
    return {
      series,
      x: scaleBand<number>().domain(series.map((d) => d.year)).range([M.left, W - M.right]).padding(0.22),
      y: scaleLinear().domain([0, yMax]).nice().range([H - M.bottom, M.top]),
    };
  }, [atlas]);

  useEffect(() => {
    if (xAxis.current) select(xAxis.current).call(axisBottom(x).tickFormat((d) => String(d)).tickSizeOuter(0));
    if (yAxis.current) select(yAxis.current).call(axisLeft(y).ticks(4).tickSizeOuter(0));
  }, [x, y]);

  const known = series.filter((d) => d.citiesTotal !== null);
  const firstKnown = known[0];
  const lastKnown = known[known.length - 1];
  // The same elements while the data stays: a year step does not render the measures' line again.
  const measures = useMemo(() => {
    const points = series.filter((d) => d.measuresTotal !== null);
    const cx = (d: YearSummary) => x(d.year)! + x.bandwidth() / 2;
    return (
      <>
        <polyline className="measures-line" points={points.map((d) => `${cx(d)},${y(d.measuresTotal!)}`).join(' ')} />
        {points.map((d) => <circle key={d.year} className="measures-dot" cx={cx(d)} cy={y(d.measuresTotal!)} r={3.5} />)}
      </>
    );
  }, [series, x, y]);

  return (
    <figure className="growth">
      <figcaption>
        <strong>{t('growthTitle')}</strong>
        {firstKnown && lastKnown && (
          <span className="visually-hidden">
            {' '}
            {t('growthCaption', { first: firstKnown.citiesTotal!, firstYear: firstKnown.year, last: lastKnown.citiesTotal!, lastYear: lastKnown.year })}
          </span>
        )}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="group" aria-label={t('growthTitle')}>
        <g ref={yAxis} transform={`translate(${M.left},0)`} className="axis" aria-hidden="true" />
        <g ref={xAxis} transform={`translate(0,${H - M.bottom})`} className="axis" aria-hidden="true" />
        {series.map((d) => <YearColumn key={d.year} d={d} selected={d.year === year} x={x} y={y} t={t} />)}
        {measures}
      </svg>
      <p className="chart-key muted" aria-hidden="true">
        <span className="key-bar" /> {t('chartCities')} <span className="key-dot" /> {t('chartMeasures')} · ? = {t('chartUnknown')}
      </p>
    </figure>
  );
}

import { useEffect, useRef } from 'react';
import { axisBottom } from 'd3-axis';
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import type { Translate } from '../../lib/i18n';

/** One option as the chart draws it: a distance bar and a days range. */
export type ChartRow = { index: number; label: string; km: number; minDays: number | null; maxDays: number | null; focused: boolean };

const W = 340;
const ROW = 22;
const M = { top: 16, bottom: 22, left: 8, gap: 18 };
const PANEL = (W - M.left * 2 - M.gap) / 2;

/** Distance (bars) and days (ranges drawn as ranges) side by side, one row per option; a click focuses it. */
export function RouteCompareChart({ rows, t, onFocus }: { rows: ChartRow[]; t: Translate; onFocus: (index: number | null) => void }) {
  const kmAxis = useRef<SVGGElement>(null);
  const dayAxis = useRef<SVGGElement>(null);
  const height = M.top + rows.length * ROW + M.bottom;
  const km = scaleLinear().domain([0, max(rows, (r) => r.km) ?? 1]).nice().range([M.left, M.left + PANEL]);
  const days = scaleLinear().domain([0, max(rows, (r) => r.maxDays ?? 0) || 1]).nice().range([M.left + PANEL + M.gap, W - M.left]);

  useEffect(() => {
    if (kmAxis.current) select(kmAxis.current).call(axisBottom(km).ticks(3, '~s').tickSizeOuter(0));
    if (dayAxis.current) select(dayAxis.current).call(axisBottom(days).ticks(4).tickSizeOuter(0));
  });

  return (
    <svg className="route-chart" viewBox={`0 0 ${W} ${height}`} width="100%" aria-hidden="true">
      <text x={M.left} y={10} className="route-chart-title">{t('routeChartKm')}</text>
      <text x={M.left + PANEL + M.gap} y={10} className="route-chart-title">{t('routeChartDays')}</text>
      {rows.map((r, i) => {
        const y = M.top + i * ROW;
        return (
          <g key={r.index} className={r.focused ? 'route-chart-row focused' : 'route-chart-row'} data-option-index={r.index}
            onClick={() => onFocus(r.focused ? null : r.index)}>
            <rect x={0} y={y} width={W} height={ROW} className="route-chart-hit" />
            <rect x={km(0)} y={y + 7} width={Math.max(1, km(r.km) - km(0))} height={8} className="route-chart-km" />
            <text x={km(0) + 2} y={y + 5} className="route-chart-label">{r.label}</text>
            {r.minDays !== null && r.maxDays !== null ? (
              <>
                <line x1={days(r.minDays)} x2={days(r.maxDays)} y1={y + 11} y2={y + 11} className="route-chart-range" />
                <circle cx={days(r.minDays)} cy={y + 11} r={3} className="route-chart-end" />
                <circle cx={days(r.maxDays)} cy={y + 11} r={3} className="route-chart-end" />
              </>
            ) : (
              <text x={days(0)} y={y + 14} className="route-chart-none">{t('routeChartNoDays')}</text>
            )}
          </g>
        );
      })}
      <g ref={kmAxis} transform={`translate(0,${height - M.bottom})`} className="axis" />
      <g ref={dayAxis} transform={`translate(0,${height - M.bottom})`} className="axis" />
    </svg>
  );
}

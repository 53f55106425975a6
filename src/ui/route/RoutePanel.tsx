import { useMemo, useState } from 'react';
import { appStore, useAppStore, type PlaceRef } from '../../state/store';
import { selectAtlas, selectLang, selectRouteFocus, selectRouteFrom, selectRouteTo, selectYear } from '../../state/selectors';
import { routeQueryModule, useRouteResult } from '../../state/use-route-result';
import { useLazyModule } from '../../state/use-lazy-module';
import type { RouteChoices, RouteResult } from '../../routing/route-query';
import { lineCalibrations } from '../../routing/calibration';
import { isInEurope } from '../../routing/corridor-vertices';
import { publishedComparisons } from '../../routing/transit-time';
import { useT } from '../../state/use-t';
import { formatNumber } from '../../lib/format';
import { plural, type Lang, type Translate } from '../../lib/i18n';
import type { Atlas } from '../../data/schema';
import { RouteOptionItem } from './RouteOptionItem';
import { RouteCompareChart, type ChartRow } from './RouteCompareChart';
import { RouteCompareTable, type SortKey, sortedIndexes } from './RouteCompareTable';
import { RoutePickers } from './RoutePickers';
import { familyLabel, laterText, optionShortLabel, problemText } from './route-text';
import './route.css';

/** Pick an origin and a destination; every option in the selected year is compared, listed and drawn. */
export function RoutePanel() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const year = useAppStore(selectYear);
  const from = useAppStore(selectRouteFrom);
  const to = useAppStore(selectRouteTo);
  const focus = useAppStore(selectRouteFocus);
  const t = useT();
  const [sortKey, setSortKey] = useState<SortKey>('time');
  const result = useRouteResult(atlas, from, to, year);

  const query = useLazyModule(routeQueryModule);
  const choices: RouteChoices | null = useMemo(() => (atlas && query.status === 'ready' ? query.value.routeChoices(atlas) : null), [atlas, query]);

  const destination = useMemo(() => choices?.destinations.find((d) => d.id === to) ?? null, [choices, to]);
  if (query.status === 'failed')
    return (
      <div className="error part-failed" role="alert">
        <p>{t('routeCodeFailed')} <span className="muted">({query.error.message})</span></p>
        <button type="button" className="small-button" onClick={() => void routeQueryModule.load().catch(() => undefined)}>{t('retry')}</button>
      </div>
    );
  if (!atlas || !choices) return <p className="muted">{t('routeLoading')}</p>;
  const { setRoute, focusRoute } = appStore.getState();

  return (
    <section className="route-panel" aria-labelledby="route-title">
      <h2 id="route-title">{t('routeTitle')}</h2>
      <p className="muted route-intro">{t('routeIntro')}</p>
      <RoutePickers choices={choices} from={from} to={to} lang={lang} t={t}
        onChange={(f: PlaceRef | null, d: string | null) => setRoute(f, d)} />
      {from && to && !result && <p className="muted">{t('routeLoading')}</p>}
      {result && result.status !== 'found' && (
        <p className="route-empty" role="status">{problemText(t, lang, result.problem, result.year)}</p>
      )}
      {result?.status === 'found' && (
        <Comparison atlas={atlas} lang={lang} t={t} result={result} sortKey={sortKey} onSort={setSortKey} focus={focus} onFocus={focusRoute}
          toEurope={isInEurope(destination?.countryIso2 ?? null)} />
      )}
      {result && result.later.length > 0 && (
        <div className="route-later">
          <p className="route-later-title">{t('routeLater')}</p>
          <ul>
            {result.later.map((l) => (
              <li key={l.id}>
                {familyLabel(t, l.family)} ({t('routeDistance', { km: formatNumber(Math.round(l.distanceKm), lang) })}): {laterText(t, lang, l)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.status === 'found' && result.unavailable.length > 0 && (
        <details className="route-unavailable">
          <summary>{plural(t, lang, 'routeUnavailable', result.unavailable.length)}</summary>
          <ul>
            {result.unavailable.map((family) => (
              <li key={family}>
                {familyLabel(t, family)}: <span className="muted">{t('routeUnavailableItem')}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {result?.status === 'found' && <p className="muted route-note">{t('routeDrawnNote')}</p>}
    </section>
  );
}

type ComparisonProps = {
  atlas: Atlas; lang: Lang; t: Translate;
  result: Extract<RouteResult, { status: 'found' }>; sortKey: SortKey; onSort: (k: SortKey) => void;
  focus: number | null; onFocus: (i: number | null) => void; toEurope: boolean;
};

/** The options side by side (chart and table), then each in full; sorting never changes an option's index. */
function Comparison({ atlas, lang, t, result, sortKey, onSort, focus, onFocus, toEurope }: ComparisonProps) {
  const order = sortedIndexes(result, sortKey);
  const calibrations = lineCalibrations(atlas);
  const rows: ChartRow[] = order.map((i) => {
    const o = result.options[i]!;
    return {
      index: i, label: optionShortLabel(t, lang, o), km: o.distanceKm,
      minDays: result.transit[i]?.minDays ?? null, maxDays: result.transit[i]?.maxDays ?? null, focused: focus === i,
    };
  });
  return (
    <>
      <p className="muted" role="status">
        {plural(t, lang, 'routeOptions', result.options.length)} · {t('routeYear', { year: result.year })}
      </p>
      <div className="route-sort" role="group" aria-label={t('routeSortBy')}>
        <span className="muted">{t('routeSortBy')}:</span>
        {(['time', 'distance'] as const).map((k) => (
          <button key={k} type="button" className="chip" aria-pressed={sortKey === k} onClick={() => onSort(k)}>
            {t(k === 'time' ? 'routeSortTime' : 'routeSortDistance')}
          </button>
        ))}
      </div>
      <RouteCompareChart rows={rows} t={t} onFocus={onFocus} />
      <RouteCompareTable result={result} order={order} atlas={atlas} lang={lang} t={t} />
      <ol className="route-options">
        {order.map((i) => (
          <RouteOptionItem key={result.options[i]!.id} option={result.options[i]!} index={i} transit={result.transit[i] ?? null}
            comparisons={publishedComparisons(result.options[i]!.family, toEurope, atlas.stats)}
            focused={focus === i} atlas={atlas} calibrations={calibrations} lang={lang} t={t} onFocus={onFocus} />
        ))}
      </ol>
    </>
  );
}

import { useEffect, useState } from 'react';
import { appStore, useAppStore, type PlaceRef } from '../../state/store';
import { selectAtlas, selectLang, selectRouteFocus, selectRouteFrom, selectRouteTo } from '../../state/selectors';
import { loadRouteQuery, useRouteResult } from '../../state/use-route-result';
import type { RouteChoices } from '../../routing/route-query';
import { useT } from '../../state/use-t';
import { formatNumber } from '../../lib/format';
import { RouteOptionItem } from './RouteOptionItem';
import './route.css';

/** Pick an origin and a corridor destination; every option through the network is listed and drawn. */
export function RoutePanel() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const from = useAppStore(selectRouteFrom);
  const to = useAppStore(selectRouteTo);
  const focus = useAppStore(selectRouteFocus);
  const t = useT();
  const [choices, setChoices] = useState<RouteChoices | null>(null);
  const result = useRouteResult(atlas, from, to);

  useEffect(() => {
    if (!atlas) return;
    let live = true;
    void loadRouteQuery().then((q) => live && setChoices(q.routeChoices(atlas)));
    return () => {
      live = false;
    };
  }, [atlas]);

  if (!atlas || !choices) return <p className="muted">{t('routeLoading')}</p>;
  const name = (o: { nameEn: string; nameZh: string }) => (lang === 'zh' ? o.nameZh : o.nameEn);
  const { setRoute, focusRoute } = appStore.getState();
  const optionFor = (kind: 'city' | 'port') =>
    choices.origins
      .filter((o) => o.placeKind === kind)
      .sort((a, b) => name(a).localeCompare(name(b), lang === 'zh' ? 'zh' : 'en'))
      .map((o) => (
        <option key={o.id} value={o.id} disabled={o.access.status !== 'connected'}>
          {o.access.status === 'connected' ? name(o) : t('routeTooFar', { name: name(o), km: o.access.nearestKm === null ? '–' : formatNumber(Math.round(o.access.nearestKm), lang) })}
        </option>
      ));

  return (
    <section className="route-panel" aria-labelledby="route-title">
      <h2 id="route-title">{t('routeTitle')}</h2>
      <div className="route-pickers">
        <label htmlFor="route-from">{t('routeFrom')}</label>
        <label htmlFor="route-to">{t('routeTo')}</label>
        <select id="route-from" value={from ?? ''} onChange={(e) => setRoute((e.currentTarget.value || null) as PlaceRef | null, to)}>
            <option value="">{t('routeChoose')}</option>
            <optgroup label={t('routeCities')}>{optionFor('city')}</optgroup>
            <optgroup label={t('routePorts')}>{optionFor('port')}</optgroup>
        </select>
        <select id="route-to" value={to ?? ''} onChange={(e) => setRoute(from, e.currentTarget.value || null)}>
            <option value="">{t('routeChoose')}</option>
            {[...choices.destinations]
              .sort((a, b) => name(a).localeCompare(name(b), lang === 'zh' ? 'zh' : 'en'))
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {name(d)}
                  {d.countryIso2 ? ` (${d.countryIso2})` : ''}
                </option>
              ))}
        </select>
        {(from || to) && (
          <button type="button" className="link-button" onClick={() => setRoute(null, null)}>
            {t('routeClear')}
          </button>
        )}
      </div>
      {from && to && !result && <p className="muted">{t('routeLoading')}</p>}
      {result?.status === 'unreachable' && <p className="route-empty" role="status">{t('routeUnreachable', { reason: result.reason })}</p>}
      {result?.status === 'invalid' && <p className="route-empty" role="status">{t('routeInvalid', { reason: result.reason })}</p>}
      {result?.status === 'found' && (
        <>
          <p className="muted" role="status">{t('routeOptions', { n: result.options.length })}</p>
          <ol className="route-options">
            {result.options.map((o, i) => (
              <RouteOptionItem key={o.id} option={o} index={i} transit={result.transit[i] ?? null} focused={focus === i} lang={lang} t={t} onFocus={focusRoute} />
            ))}
          </ol>
          {result.unavailable.length > 0 && (
            <details className="route-unavailable">
              <summary>{t('routeUnavailable')} ({result.unavailable.length})</summary>
              <ul>
                {result.unavailable.map((u) => (
                  <li key={u.family}>
                    {t(`family_${u.family}`)}: <span className="muted">{u.reason}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p className="muted route-note">{t('routeDrawnNote')}</p>
        </>
      )}
    </section>
  );
}

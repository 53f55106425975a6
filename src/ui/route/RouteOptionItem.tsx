import type { Atlas, CorridorStat } from '../../data/schema';
import type { LineCalibration } from '../../routing/calibration';
import type { RouteOption } from '../../routing/route-options';
import type { TransitEstimate } from '../../routing/transit-time';
import { formatNumber } from '../../lib/format';
import { plural, type Lang, type Translate } from '../../lib/i18n';
import {
  comparisonLabel, crossingsText, familyLabel, legLengthText, legModeText, legTimeText, nameIn, passagesText,
  statTimeText, transitText,
} from './route-text';

type Props = {
  option: RouteOption;
  index: number;
  transit: TransitEstimate | null;
  comparisons: CorridorStat[];
  focused: boolean;
  atlas: Atlas;
  calibrations: ReadonlyMap<string, LineCalibration>;
  lang: Lang;
  t: Translate;
  onFocus: (index: number | null) => void;
};

/** One way from origin to destination: distance, days, crossings, legs, and the basis of every figure. */
export function RouteOptionItem({ option, index, transit, comparisons, focused, atlas, calibrations, lang, t, onFocus }: Props) {
  const via = option.id.includes('-via-') ? option.borderCrossings[0] : undefined;
  const km = (n: number) => t('routeDistance', { km: formatNumber(Math.round(n), lang) });
  return (
    <li className={focused ? 'route-option focused' : 'route-option'} data-option={option.id}>
      <button type="button" className="route-option-head" aria-pressed={focused} onClick={() => onFocus(focused ? null : index)}>
        <span className="route-family">
          {familyLabel(t, option.family)}
          {via && <span className="muted"> · {t('routeVia', { name: nameIn(lang, via) })}</span>}
          {option.family === 'ocean' && <span className="muted"> · {t('routeOceanNote')}</span>}
          {option.isShortest && <span className="badge">{t('routeShortest')}</span>}
        </span>
        <span className="route-figures">
          <strong>{km(option.distanceKm)}</strong>
          {' · '}
          {transitText(t, lang, transit)}
        </span>
      </button>
      <dl className="route-details">
        <dt>{t('routeCrossings')}</dt>
        <dd>{crossingsText(t, lang, option)}</dd>
        <dt>{t('routeLegs')}</dt>
        <dd>
          <ol className="route-legs">
            {option.legs.map((leg, i) => (
              <li key={i}>
                {nameIn(lang, { en: leg.fromName, zh: leg.fromNameZh })} → {nameIn(lang, { en: leg.toName, zh: leg.toNameZh })}{' '}
                <span className="muted">
                  {legModeText(t, leg)} · {km(leg.lengthKm)}
                  {leg.lineId ? ` · ${leg.lineId}` : ''}
                  {leg.passages.length > 0 ? ` · ${passagesText(t, lang, leg.passages)}` : ''}
                </span>
              </li>
            ))}
          </ol>
          <span className="muted">{plural(t, lang, 'routeModeChanges', option.modeChanges)}</span>
        </dd>
      </dl>
      <details className="route-assumptions">
        <summary>{t('routeAssumptions')}</summary>
        <ol className="route-basis">
          {option.legs.map((leg, i) => (
            <li key={i}>
              <strong>{nameIn(lang, { en: leg.fromName, zh: leg.fromNameZh })} → {nameIn(lang, { en: leg.toName, zh: leg.toNameZh })}</strong>
              {': '}
              {km(leg.lengthKm)} ({legLengthText(t, lang, leg, atlas, calibrations)})
              {transit?.legs[i] ? <>; {legTimeText(t, lang, transit.legs[i]!)}</> : null}
            </li>
          ))}
        </ol>
        {transit?.partial && <p className="muted">{t('routePartial')}</p>}
        {transit?.handlingExcluded && <p className="muted">{t('routeHandling')}</p>}
        {comparisons.length > 0 && (
          <>
            <p className="route-comparisons-title">{t('routeComparisons')}</p>
            <ul className="route-comparisons">
              {comparisons.map((s) => (
                <li key={s.metric}>
                  {comparisonLabel(t, s)}: {statTimeText(t, lang, s)} <span className="muted">({t(`status_${s.status}`)})</span>{' '}
                  <span className="source-id">[{s.sourceIds.join(', ')}]</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </li>
  );
}

import type { RouteOption } from '../../routing/route-options';
import type { TransitEstimate } from '../../routing/transit-time';
import { formatNumber } from '../../lib/format';
import { isMessageKey, type Lang, type Translate } from '../../lib/i18n';

type Props = {
  option: RouteOption;
  index: number;
  transit: TransitEstimate | null;
  focused: boolean;
  lang: Lang;
  t: Translate;
  onFocus: (index: number | null) => void;
};

const familyLabel = (o: RouteOption, t: Translate) => {
  const key = `family_${o.family}`;
  return isMessageKey(key) ? t(key) : o.labelEn;
};

/** One way through the corridor network: distance, indicative time, crossings, legs and the time's assumptions. */
export function RouteOptionItem({ option, index, transit, focused, lang, t, onFocus }: Props) {
  const name = (en: string, zh: string) => (lang === 'zh' ? zh : en);
  const via = option.id.includes('-via-') ? option.borderCrossings[0] : undefined;
  const days = (n: number) => formatNumber(Math.round(n * 10) / 10, lang);
  return (
    <li className={focused ? 'route-option focused' : 'route-option'}>
      <button type="button" className="route-option-head" aria-pressed={focused} onClick={() => onFocus(focused ? null : index)}>
        <span className="route-family">
          {familyLabel(option, t)}
          {via && <span className="muted"> · {t('routeVia', { name: name(via.nameEn, via.nameZh) })}</span>}
          {option.isShortest && <span className="badge">{t('routeShortest')}</span>}
        </span>
        <span className="route-figures">
          <strong>{t('routeDistance', { km: formatNumber(Math.round(option.distanceKm), lang) })}</strong>
          {' · '}
          {transit
            ? transit.minDays === transit.maxDays
              ? t('routeTransitOne', { days: days(transit.minDays) })
              : t('routeTransit', { min: days(transit.minDays), max: days(transit.maxDays) })
            : t('routeNoTransit')}
        </span>
      </button>
      <dl className="route-details">
        <dt>{t('routeCrossings')}</dt>
        <dd>
          {option.borderCrossings.length === 0
            ? t('routeNoCrossings')
            : option.borderCrossings.map((b) => `${name(b.nameEn, b.nameZh)}${b.note ? ` (${b.note})` : ''}`).join(' → ')}
        </dd>
        <dt>{t('routeLegs')}</dt>
        <dd>
          <ol className="route-legs">
            {option.legs.map((leg, i) => (
              <li key={i}>
                {name(leg.fromName, leg.fromNameZh)} → {name(leg.toName, leg.toNameZh)}{' '}
                <span className="muted">
                  {t(`mode_${leg.mode}`)} · {t('routeDistance', { km: formatNumber(Math.round(leg.lengthKm), lang) })}
                  {leg.lineId ? ` · ${leg.lineId}` : ''}
                </span>
              </li>
            ))}
          </ol>
          <span className="muted">{t('routeModeChanges', { n: option.modeChanges })}</span>
        </dd>
      </dl>
      {transit && (
        <details className="route-assumptions">
          <summary>{t('routeAssumptions')}</summary>
          <ul>
            {transit.assumptions.map((a, i) => (
              <li key={i}>
                {a.text} {a.sourceIds.length > 0 && <span className="source-id">[{a.sourceIds.join(', ')}]</span>}
              </li>
            ))}
          </ul>
          {transit.partial && <p className="muted">{t('routePartial')}</p>}
        </details>
      )}
    </li>
  );
}

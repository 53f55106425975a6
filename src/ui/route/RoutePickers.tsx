import type { PlaceRef } from '../../state/store';
import type { RouteChoices } from '../../routing/route-query';
import { formatNumber } from '../../lib/format';
import type { Lang, Translate } from '../../lib/i18n';
import { nameIn } from './route-text';

type Props = {
  choices: RouteChoices;
  from: PlaceRef | null;
  to: string | null;
  lang: Lang;
  t: Translate;
  onChange: (from: PlaceRef | null, to: string | null) => void;
};

/** Origin (pilot cities, ports) and destination (corridor stops, foreign seaports) pickers. */
export function RoutePickers({ choices, from, to, lang, t, onChange }: Props) {
  const byName = <T extends { nameEn: string; nameZh: string }>(list: T[]) =>
    [...list].sort((a, b) => nameIn(lang, a).localeCompare(nameIn(lang, b), lang === 'zh' ? 'zh' : 'en'));
  const originsOf = (kind: 'city' | 'port') =>
    byName(choices.origins.filter((o) => o.placeKind === kind)).map((o) => {
      const usable = o.access.status === 'connected' || o.onNetwork;
      const km = o.access.status === 'too-far' && o.access.nearestKm !== null ? formatNumber(Math.round(o.access.nearestKm), lang) : '–';
      return (
        <option key={o.id} value={o.id} disabled={!usable}>
          {usable ? nameIn(lang, o) : t('routeTooFar', { name: nameIn(lang, o), km })}
        </option>
      );
    });
  const destinationsOf = (kind: 'stop' | 'port') =>
    byName(choices.destinations.filter((d) => d.kind === kind)).map((d) => (
      <option key={d.id} value={d.id}>
        {nameIn(lang, d)}
        {d.countryIso2 ? ` (${d.countryIso2})` : ''}
      </option>
    ));
  return (
    <div className="route-pickers">
      <label htmlFor="route-from">{t('routeFrom')}</label>
      <label htmlFor="route-to">{t('routeTo')}</label>
      <select id="route-from" value={from ?? ''} onChange={(e) => onChange((e.currentTarget.value || null) as PlaceRef | null, to)}>
        <option value="">{t('routeChoose')}</option>
        <optgroup label={t('routeCities')}>{originsOf('city')}</optgroup>
        <optgroup label={t('routePorts')}>{originsOf('port')}</optgroup>
      </select>
      <select id="route-to" value={to ?? ''} onChange={(e) => onChange(from, e.currentTarget.value || null)}>
        <option value="">{t('routeChoose')}</option>
        <optgroup label={t('routeStops')}>{destinationsOf('stop')}</optgroup>
        <optgroup label={t('routeSeaports')}>{destinationsOf('port')}</optgroup>
      </select>
      {(from || to) && (
        <button type="button" className="link-button" onClick={() => onChange(null, null)}>
          {t('routeClear')}
        </button>
      )}
    </div>
  );
}

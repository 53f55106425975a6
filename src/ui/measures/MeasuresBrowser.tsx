import { useId, useState } from 'react';
import type { Atlas, City, Measure, MeasureSet, Source } from '../../data/schema';
import { citiesOfMeasure } from '../../data/places';
import type { Lang } from '../../lib/i18n';
import { SourceList } from '../SourceList';
import { translator, type Translate } from '../../lib/i18n';
import { pickSources } from '../../data/records';
import { citiesOfMeasures, directionsOf, setsWithMeasures, type MeasureFilter } from './measure-filters';
import '../story/story.css';

export type MeasuresBrowserProps = {
  measureSets: readonly MeasureSet[];
  measures: readonly Measure[];
  cities: readonly City[];
  lang: Lang;
  sources: readonly Source[];
  /** The measure whose cities the map highlights; null for none. */
  selectedId?: string | null;
  /** Called with the chosen measure; its `cityIds` are the cities to highlight. */
  onSelectMeasure: (measure: Measure) => void;
  /** City facts that report on measures: their cities are listed with the measure's own. */
  cityFacts?: Atlas['cityFacts'];
  /** When given, each city of a measure is a button that opens the city. */
  onSelectCity?: (cityId: string) => void;
};

function countText(listed: number, total: number | null, t: Translate) {
  if (total === null) return t('measuresTotalUnknown', { listed });
  return listed < total ? t('measuresListed', { listed, total }) : t('measuresAllListed', { total });
}

/** Measures by set (year) and direction, with filters; choosing one highlights its cities. */
export function MeasuresBrowser({ measureSets, measures, cities, lang, sources, selectedId = null, onSelectMeasure, cityFacts, onSelectCity }: MeasuresBrowserProps) {
  const t = translator(lang);
  const ids = useId();
  const [filter, setFilter] = useState<MeasureFilter>({ direction: null, cityId: null });
  const filtered = filter.direction !== null || filter.cityId !== null;
  const directions = directionsOf(measures);
  const filterCities = citiesOfMeasures(measures, cities);
  const cityName = (id: string) => {
    const c = cities.find((x) => x.id === id);
    return c ? (lang === 'zh' ? c.nameZh : c.nameEn) : id;
  };
  const sets = setsWithMeasures(measureSets, measures, filter).filter((s) => !filtered || s.shown.length > 0);

  return (
    <section className="measures-browser" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('measuresTitle')}</h3>
      <div className="measures-filters">
        <label htmlFor={`${ids}-direction`}>{t('measuresFilterDirection')}</label>
        <select
          id={`${ids}-direction`}
          value={filter.direction ?? ''}
          onChange={(e) => setFilter({ ...filter, direction: e.currentTarget.value === '' ? null : e.currentTarget.value })}
        >
          <option value="">{t('measuresAllDirections')}</option>
          {directions.filter((d) => d.key !== '').map((d) => (
            <option key={d.key} value={d.key}>{lang === 'zh' ? d.zh : d.en}</option>
          ))}
        </select>
        {/* Offered only when some measure names a city; national measures name none. */}
        {filterCities.length > 0 && (
          <>
            <label htmlFor={`${ids}-city`}>{t('measuresFilterCity')}</label>
            <select
              id={`${ids}-city`}
              value={filter.cityId ?? ''}
              onChange={(e) => setFilter({ ...filter, cityId: e.currentTarget.value === '' ? null : e.currentTarget.value })}
            >
              <option value="">{t('measuresAllCities')}</option>
              {filterCities.map((c) => <option key={c.id} value={c.id}>{lang === 'zh' ? c.nameZh : c.nameEn}</option>)}
            </select>
          </>
        )}
      </div>
      {filtered && sets.length === 0 && <p className="muted" role="status">{t('measuresNoneMatch')}</p>}

      {sets.map(({ set, listed, shown }) => (
        <section key={set.id} className="measure-set" aria-labelledby={`${ids}-${set.id}`}>
          <h4 id={`${ids}-${set.id}`}>{set.year} · {lang === 'zh' ? set.titleZh : set.titleEn}</h4>
          <p className="measure-count">
            <span className="badge">{countText(listed.length, set.total, t)}</span>
            {filtered && <span className="muted"> {t('measuresShowing', { shown: shown.length, listed: listed.length })}</span>}
          </p>
          {listed.length === 0 && <p className="muted">{t('measuresNoneListed')}</p>}
          {directionsOf(shown).map((d) => (
            <div key={d.key} className="measure-group">
              <h5>{d.key === '' ? t('measuresUngrouped') : lang === 'zh' ? d.zh : d.en}</h5>
              <ul>
                {shown.filter((m) => m.groupEn === d.key).map((m) => (
                  <li key={m.id} className={m.id === selectedId ? 'measure selected' : 'measure'}>
                    <button type="button" aria-pressed={m.id === selectedId} onClick={() => onSelectMeasure(m)}>
                      {lang === 'zh' ? m.titleZh : m.titleEn}
                    </button>
                    {m.status !== 'confirmed' && <span className={`status status-${m.status}`}> {t(`storyStatus_${m.status}`)}</span>}
                    <MeasureCities ids={citiesOfMeasure({ cityFacts }, m)} name={cityName} t={t} lang={lang} onSelectCity={onSelectCity} />
                    <details>
                      <summary>{t('eventsSourcesOf', { ids: m.sourceIds.join(', ') })}</summary>
                      <SourceList sources={pickSources(sources, m.sourceIds)} />
                    </details>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <details className="measure-set-sources">
            <summary>{t('measuresSetSources')}</summary>
            <SourceList sources={pickSources(sources, set.sourceIds)} />
          </details>
        </section>
      ))}
    </section>
  );
}

function MeasureCities({ ids, name, t, lang, onSelectCity }: {
  ids: string[]; name: (id: string) => string; t: Translate; lang: Lang; onSelectCity?: (cityId: string) => void;
}) {
  if (ids.length === 0) return <p className="measure-cities">{t('measuresNoCity')}</p>;
  if (!onSelectCity) return <p className="measure-cities">{t('measuresCities', { cities: ids.map(name).join(lang === 'zh' ? '、' : ', ') })}</p>;
  return (
    <p className="measure-cities">
      {t('measuresCities', { cities: '' })}
      {ids.map((id) => (
        <button key={id} type="button" className="link-button" onClick={() => onSelectCity(id)}>{name(id)}</button>
      ))}
    </p>
  );
}

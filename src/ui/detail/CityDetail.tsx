import type { Atlas, City } from '../../data/schema';
import { firstYearOf, resolveSources } from '../../state/atlas-queries';
import { appStore, type Lang } from '../../state/store';
import { type MessageKey } from '../../lib/i18n';
import { useT } from '../../state/use-t';
import { SourceList } from '../SourceList';
import { CityFacts } from './CityFacts';

export function CityDetail({ atlas, city, lang }: { atlas: Atlas; city: City; lang: Lang }) {
  const t = useT();
  const ports = atlas.ports.filter((p) => p.cityId === city.id);
  const sources = resolveSources(atlas, [...city.sourceIds, ...city.years.flatMap((y) => y.sourceIds)]);
  return (
    <>
      <h2>
        {lang === 'zh' ? city.nameZh : city.nameEn} <span lang={lang === 'zh' ? 'en' : 'zh'} className="alt-name">{lang === 'zh' ? city.nameEn : city.nameZh}</span>
      </h2>
      <dl>
        <dt>{t('role')}</dt>
        <dd>{t('cityRole')}</dd>
        <dt>{t('province')}</dt>
        <dd>{city.provinceEn} · {city.provinceZh}</dd>
        <dt>{t('firstYear')}</dt>
        <dd>{firstYearOf(city)}</dd>
        <dt>{t('yearsActive')}</dt>
        <dd>
          <ul className="year-list">
            {city.years.map((y) => (
              <li key={y.year}>
                <button type="button" className="link-button" onClick={() => appStore.getState().setYear(y.year)}>{y.year}</button>{' '}
                <span className={`status status-${y.status}`}>{t(`status_${y.status}` as MessageKey)}</span>{' '}
                <span className="muted">— {y.basis} [{y.sourceIds.join(', ')}]</span>
              </li>
            ))}
          </ul>
        </dd>
        {ports.length > 0 && (
          <>
            <dt>{t('portsOfCity')}</dt>
            <dd>
              <ul className="port-list">
                {ports.map((p) => (
                  <li key={p.id}>
                    <button type="button" className="link-button" onClick={() => appStore.getState().select({ kind: 'port', id: p.id })}>
                      {lang === 'zh' ? p.nameZh : p.nameEn}
                    </button>{' '}
                    <span className="muted">{t(`port_${p.kind}` as MessageKey)}{p.code ? ` · ${p.code}` : ''}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <CityFacts atlas={atlas} city={city} lang={lang} />
      <SourceList sources={sources} />
    </>
  );
}

import type { Atlas, Port } from '../../data/schema';
import { resolveSources } from '../../state/atlas-queries';
import { appStore, type Lang } from '../../state/store';
import { type MessageKey } from '../../lib/i18n';
import { useT } from '../../state/use-t';
import { SourceList } from '../SourceList';
import { Coordinates } from './Coordinates';

export function PortDetail({ atlas, port, lang }: { atlas: Atlas; port: Port; lang: Lang }) {
  const t = useT();
  const city = port.cityId ? atlas.cities.find((c) => c.id === port.cityId) : undefined;
  return (
    <>
      <h2>
        {lang === 'zh' ? port.nameZh : port.nameEn} <span className="alt-name">{lang === 'zh' ? port.nameEn : port.nameZh}</span>
      </h2>
      <dl>
        <dt>{t('kind')}</dt>
        <dd>{t(`port_${port.kind}` as MessageKey)}</dd>
        {port.code && (<><dt>{t('code')}</dt><dd>{port.code}</dd></>)}
        {city && (
          <>
            <dt>{t('pilotCity')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => appStore.getState().select({ kind: 'city', id: city.id })}>
                {lang === 'zh' ? city.nameZh : city.nameEn}
              </button>
            </dd>
          </>
        )}
        <dt>{t('country')}</dt>
        <dd>{port.countryIso2}</dd>
        <Coordinates lngLat={port.lngLat} approximate={port.coordStatus === 'uncertain'} />
      </dl>
      <SourceList sources={resolveSources(atlas, port.sourceIds)} />
    </>
  );
}

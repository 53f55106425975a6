import type { Atlas } from '../../data/schema';
import type { Place } from '../../data/places-schema';
import { formatPartialDate } from '../../lib/format';
import type { Lang, MessageKey } from '../../lib/i18n';
import { resolveSources } from '../../state/atlas-queries';
import { useT } from '../../state/use-t';
import { SourceList } from '../SourceList';
import { FactList } from './FactList';

/** An area, marked place or flow of the sources: what it is, how it is drawn, its figures with their sources. */
export function PlaceDetail({ atlas, place, lang }: { atlas: Atlas; place: Place; lang: Lang }) {
  const t = useT();
  return (
    <>
      <h2>
        {lang === 'zh' ? place.nameZh : place.nameEn}{' '}
        <span lang={lang === 'zh' ? 'en' : 'zh'} className="alt-name">{lang === 'zh' ? place.nameEn : place.nameZh}</span>
      </h2>
      <dl>
        <dt>{t('placeStart')}</dt>
        <dd>
          <time dateTime={place.startDate}>{formatPartialDate(place.startDate, lang)}</time>{' '}
          <span className={`status status-${place.status}`}>{t(`status_${place.status}` as MessageKey)}</span>
          <span className="muted"> · {t('placeShownFrom', { year: place.fromYear })}</span>
        </dd>
        <dt>{t('placeBasis')}</dt>
        <dd>
          <span className="badge">{t(`placeAlignment_${place.alignment}` as MessageKey)}</span>{' '}
          {lang === 'zh' ? place.basisZh : place.basisEn}
        </dd>
      </dl>
      {place.facts.length > 0 && (
        <section aria-label={t('placeFigures')}>
          <h3>{t('placeFigures')}</h3>
          <FactList atlas={atlas} facts={place.facts} lang={lang} />
        </section>
      )}
      <SourceList sources={resolveSources(atlas, place.sourceIds)} />
    </>
  );
}

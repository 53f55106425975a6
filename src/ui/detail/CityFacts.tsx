import type { Atlas, City } from '../../data/schema';
import { factsOfCity, measuresOfCity, placesOf } from '../../data/places';
import type { Lang } from '../../lib/i18n';
import { appStore } from '../../state/store';
import { useT } from '../../state/use-t';
import { FactList } from './FactList';

const openMeasure = (id: string) => {
  const s = appStore.getState();
  s.selectMeasure(id);
  s.setPanel('measures');
};

/** "What was done here": the city's sourced facts, and the measures it piloted or is reported in. */
export function CityFacts({ atlas, city, lang }: { atlas: Atlas; city: City; lang: Lang }) {
  const t = useT();
  const facts = factsOfCity(atlas, city.id);
  const measures = measuresOfCity(atlas, city.id);
  const places = placesOf(atlas);
  return (
    <section className="city-facts" aria-labelledby={`facts-${city.id}`}>
      <h3 id={`facts-${city.id}`}>{t('factsTitle')}</h3>
      {facts.length === 0 && <p className="muted">{t('factsNone')}</p>}
      <FactList
        atlas={atlas} facts={facts} lang={lang}
        extra={(f) => {
          if (!('cityId' in f)) return null;
          const place = f.placeId ? places.find((p) => p.id === f.placeId) : undefined;
          const linked = atlas.measures.filter((m) => f.measureIds.includes(m.id));
          return (
            <>
              {place && (
                <button type="button" className="link-button" onClick={() => {
                  const s = appStore.getState();
                  if (s.year < place.fromYear) s.setYear(place.fromYear);
                  s.select({ kind: 'place', id: place.id });
                }}>
                  {t('factPlace', { name: lang === 'zh' ? place.nameZh : place.nameEn })}
                </button>
              )}
              {linked.map((m) => (
                <button key={m.id} type="button" className="link-button" onClick={() => openMeasure(m.id)}>
                  {t('factMeasure', { title: lang === 'zh' ? m.titleZh : m.titleEn })}
                </button>
              ))}
            </>
          );
        }}
      />
      {measures.length > 0 && (
        <>
          <h3>{t('cityMeasuresTitle')}</h3>
          <ul className="city-measures">
            {measures.map((m) => (
              <li key={m.id}>
                <button type="button" className="link-button" onClick={() => openMeasure(m.id)}>
                  {lang === 'zh' ? m.titleZh : m.titleEn}
                </button>{' '}
                <span className="muted">[{m.sourceIds.join(', ')}]</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

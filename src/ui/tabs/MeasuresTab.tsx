import { appStore, useAppStore } from '../../state/store';
import { selectAtlas, selectLang, selectMeasure } from '../../state/selectors';
import { MeasuresBrowser } from '../measures/MeasuresBrowser';

export function MeasuresTab() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const measure = useAppStore(selectMeasure);
  if (!atlas) return null;
  return (
    <MeasuresBrowser
      measureSets={atlas.measureSets} measures={atlas.measures} cities={atlas.cities} lang={lang} sources={atlas.sources}
      selectedId={measure} onSelectMeasure={(m) => appStore.getState().selectMeasure(measure === m.id ? null : m.id)}
      cityFacts={atlas.cityFacts} onSelectCity={(id) => appStore.getState().select({ kind: 'city', id })}
    />
  );
}

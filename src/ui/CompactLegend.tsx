import { useAppStore } from '../state/store';
import { selectAtlas, selectLang, selectLayers, selectYear } from '../state/selectors';
import { legendGroups } from '../state/legend';
import { useT } from '../state/use-t';
import { LegendSymbol } from './LegendSymbol';

/** One line of legend for small views: the corridors switched on and the city cohorts (the legend model, shortened). */
export function CompactLegend() {
  const atlas = useAppStore(selectAtlas);
  const layers = useAppStore(selectLayers);
  const lang = useAppStore(selectLang);
  const year = useAppStore(selectYear);
  const t = useT();
  if (!atlas) return null;
  const groups = legendGroups(atlas, year, layers, lang, 'drawable');
  const corridors = groups.find((g) => g.id === 'corridors')?.items.filter((i) => i.layer && layers[i.layer]) ?? [];
  const cities = groups.find((g) => g.id === 'cities');
  return (
    <ul className="compact-legend" aria-label={t('layers')}>
      {corridors.map((item) => (
        <li key={item.layer}>{item.symbol && <LegendSymbol symbol={item.symbol} />} {item.label}</li>
      ))}
      {layers.cities && cities && (
        <li>
          {cities.caption}:{' '}
          {cities.items.filter((i) => i.symbol?.type !== 'dot' || !i.symbol.inferred).map((item) => (
            <span key={item.label} className="cohort">{item.symbol && <LegendSymbol symbol={item.symbol} />} {item.label}{' '}</span>
          ))}
        </li>
      )}
    </ul>
  );
}

import { memo } from 'react';
import { appStore, useAppStore, type LayerKey } from '../state/store';
import { selectAtlas, selectFlowsOn, selectLang, selectLayers, selectYear } from '../state/selectors';
import { legendGroups, sameGroup, sameItem, type LegendGroup, type LegendGroupId, type LegendItem } from '../state/legend';
import './places.css';
import { type MessageKey } from '../lib/i18n';
import { useT } from '../state/use-t';
import { LegendSymbol } from './LegendSymbol';

/** The switch above each legend group; corridors are switched one by one instead. */
const GROUP_SWITCH: Record<Exclude<LegendGroupId, 'corridors'>, { key: LayerKey; label: MessageKey }> = {
  cities: { key: 'cities', label: 'layerCities' },
  ports: { key: 'ports', label: 'layerPorts' },
  places: { key: 'places', label: 'layerPlaces' },
};

const toggle = (key: LayerKey) => appStore.getState().toggleLayer(key);

const Entry = memo(function Entry({ item }: { item: LegendItem }) {
  return <span className="cohort">{item.symbol && <LegendSymbol symbol={item.symbol} />} {item.label}</span>;
}, (a, b) => sameItem(a.item, b.item));

type GroupProps = { group: LegendGroup; layers: Record<LayerKey, boolean> };

/** A group that shows the same as before (most groups, most year steps) is not rendered again. */
const Group = memo(function Group({ group, layers }: GroupProps) {
  const t = useT();
  if (group.id === 'corridors') {
    const switches = group.items.filter((i) => i.layer);
    const styles = group.items.filter((i) => !i.layer);
    return (
      <>
        {switches.map((item) => (
          <label key={item.layer}>
            <input type="checkbox" checked={layers[item.layer!]} onChange={() => toggle(item.layer!)} />{' '}
            {item.symbol && <LegendSymbol symbol={item.symbol} />} {item.label}
            {item.note && <span className="muted"> · {item.note}</span>}
          </label>
        ))}
        <div className="legend-row">{styles.map((item) => <Entry key={item.label} item={item} />)}</div>
      </>
    );
  }
  const { key, label } = GROUP_SWITCH[group.id];
  return (
    <>
      <label>
        <input type="checkbox" checked={layers[key]} onChange={() => toggle(key)} /> {t(label)}
      </label>
      <div className="legend-row" aria-label={group.caption}>
        {group.id === 'cities' && <span className="muted">{group.caption}:</span>}
        {group.items.map((item) => <Entry key={item.label} item={item} />)}
      </div>
    </>
  );
}, (a: GroupProps, b: GroupProps) => a.layers === b.layers && sameGroup(a.group, b.group));

/** Layer switches with their legend: what is drawn, and how to read it (the legend model in state/legend.ts). */
export function LayerPanel() {
  const layers = useAppStore(selectLayers);
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const year = useAppStore(selectYear);
  const flowsOn = useAppStore(selectFlowsOn);
  const t = useT();
  const groups = atlas ? legendGroups(atlas, year, layers, lang, 'drawable') : [];
  // The panel lists cities and ports first, as the map stacks them over the corridors.
  const order: LegendGroupId[] = ['cities', 'ports', 'corridors', 'places'];
  const ordered = order.flatMap((id) => groups.filter((g) => g.id === id));

  return (
    <fieldset className="layers">
      <legend>{t('layers')}</legend>
      {ordered.map((group) => <Group key={group.id} group={group} layers={layers} />)}
      <label>
        <input type="checkbox" checked={layers.names} onChange={() => toggle('names')} /> {t('layerNames')}
      </label>
      <div className="legend-row flows-row">
        <span className="muted">{t('flowsLegend')}</span>
        <button type="button" className="small-button" aria-pressed={!flowsOn} onClick={() => appStore.getState().setFlowsOn(!flowsOn)}>
          {flowsOn ? t('flowsPause') : t('flowsPlay')}
        </button>
      </div>
    </fieldset>
  );
}

import { appStore, useAppStore, type LayerKey } from '../state/store';
import { selectAtlas, selectFlowsOn, selectLang, selectLayers, selectYear } from '../state/selectors';
import { corridorSwatch, PORT_CSS, PORT_SHAPES, cohortPaletteOf } from '../map/palette';
import { cohortsOf } from '../state/atlas-queries';
import './places.css';
import { CORRIDOR_IDS, type PortKind } from '../data/schema';
import { type MessageKey } from '../lib/i18n';
import { useT } from '../state/use-t';

const PORT_KINDS = Object.keys(PORT_SHAPES) as PortKind[];

function PortSymbol({ kind }: { kind: PortKind }) {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">
      <path d={PORT_SHAPES[kind]} fill={PORT_CSS} fillRule="evenodd" />
    </svg>
  );
}

/** Layer switches with their legend: what is drawn, and how to read it. */
export function LayerPanel() {
  const layers = useAppStore(selectLayers);
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const year = useAppStore(selectYear);
  const flowsOn = useAppStore(selectFlowsOn);
  const t = useT();
  const toggle = (key: LayerKey) => appStore.getState().toggleLayer(key);
  const cohorts = atlas ? cohortsOf(atlas) : [];
  const palette = atlas ? cohortPaletteOf(atlas) : null;

  return (
    <fieldset className="layers">
      <legend>{t('layers')}</legend>
      <label>
        <input type="checkbox" checked={layers.cities} onChange={() => toggle('cities')} /> {t('layerCities')}
      </label>
      <div className="legend-row" aria-label={t('legendCohort')}>
        <span className="muted">{t('legendCohort')}:</span>
        {cohorts.map((y) => (
          <span key={y} className="cohort">
            <span className="dot" style={{ background: palette?.css(y) }} /> {y}
          </span>
        ))}
      </div>
      <div className="legend-row">
        <span className="cohort"><span className="dot ring" /> {t('legendNew')} ({year})</span>
        <span className="cohort"><span className="dot inferred" /> {t('legendInferred')}</span>
      </div>
      <label>
        <input type="checkbox" checked={layers.ports} onChange={() => toggle('ports')} /> {t('layerPorts')}
      </label>
      <div className="legend-row">
        {PORT_KINDS.map((k) => (
          <span key={k} className="cohort"><PortSymbol kind={k} /> {t(`port_${k}` as MessageKey)}</span>
        ))}
      </div>
      {CORRIDOR_IDS.map((id) => {
        const corridor = atlas?.corridors.find((c) => c.id === id);
        return (
          <label key={id}>
            <input type="checkbox" checked={layers[id]} onChange={() => toggle(id)} />{' '}
            <span className="swatch" style={{ background: corridorSwatch(id) }} aria-hidden="true" />{' '}
            {corridor ? (lang === 'zh' ? corridor.nameZh : corridor.nameEn) : id}
            {corridor && <span className="muted"> · {corridor.startYear}</span>}
          </label>
        );
      })}
      <div className="legend-row">
        <span className="cohort"><span className="swatch dashed" aria-hidden="true" /> {t('legendIndicative')}</span>
        <span className="cohort"><span className="swatch dotted" aria-hidden="true" /> {t('lineStartUnknownLegend')}</span>
      </div>
      <label>
        <input type="checkbox" checked={layers.places} onChange={() => toggle('places')} /> {t('layerPlaces')}
      </label>
      <div className="legend-row">
        <span className="cohort"><span className="swatch place-area" aria-hidden="true" /> {t('legendPlaceArea')}</span>
        <span className="cohort"><span className="dot ring place-marker" aria-hidden="true" /> {t('legendPlaceMarker')}</span>
        <span className="cohort"><span className="swatch dashed place-route" aria-hidden="true" /> {t('legendPlaceRoute')}</span>
      </div>
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

import { useAppStore } from '../state/store';
import { selectAtlas, selectLang, selectLayers } from '../state/selectors';
import { cohortsOf } from '../state/atlas-queries';
import { useT } from '../state/use-t';
import { corridorSwatch, cohortPaletteOf } from '../map/palette';

/** One line of legend for small views: the corridors shown and the city cohorts. */
export function CompactLegend() {
  const atlas = useAppStore(selectAtlas);
  const layers = useAppStore(selectLayers);
  const lang = useAppStore(selectLang);
  const t = useT();
  if (!atlas) return null;
  const cohorts = cohortsOf(atlas);
  const palette = cohortPaletteOf(atlas);
  return (
    <ul className="compact-legend" aria-label={t('layers')}>
      {atlas.corridors.filter((c) => layers[c.id]).map((c) => (
        <li key={c.id}>
          <span className="swatch" style={{ background: corridorSwatch(c.id) }} aria-hidden="true" /> {lang === 'zh' ? c.nameZh : c.nameEn}
        </li>
      ))}
      {layers.cities && (
        <li>
          {t('legendCohort')}:{' '}
          {cohorts.map((y) => (
            <span key={y} className="cohort">
              <span className="dot" style={{ background: palette.css(y) }} aria-hidden="true" /> {y}{' '}
            </span>
          ))}
          <span className="cohort"><span className="dot ring" aria-hidden="true" /> {t('legendNew')}</span>
        </li>
      )}
    </ul>
  );
}

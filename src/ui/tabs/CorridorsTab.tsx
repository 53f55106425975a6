import { appStore, useAppStore } from '../../state/store';
import { selectAtlas, selectCorridor, selectFocusLine, selectLang, selectYear } from '../../state/selectors';
import { useT } from '../../state/use-t';
import { corridorSwatch } from '../../cartography/palette';
import { CorridorPanel } from '../corridor/CorridorPanel';

/** Pick a corridor; its panel shows lines, lengths, transit times and yearly figures. */
export function CorridorsTab() {
  const atlas = useAppStore(selectAtlas);
  const corridor = useAppStore(selectCorridor);
  const line = useAppStore(selectFocusLine);
  const year = useAppStore(selectYear);
  const lang = useAppStore(selectLang);
  const t = useT();
  if (!atlas) return null;
  const { openCorridor, setYear } = appStore.getState();
  return (
    <>
      <div className="corridor-picker" role="group" aria-label={t('corridor')}>
        {atlas.corridors.map((c) => (
          <button key={c.id} type="button" aria-pressed={corridor === c.id} onClick={() => openCorridor(corridor === c.id ? null : c.id)}>
            <span className="swatch" style={{ background: corridorSwatch(c.id) }} aria-hidden="true" /> {lang === 'zh' ? c.nameZh : c.nameEn}
          </button>
        ))}
      </div>
      {corridor ? (
        <CorridorPanel
          atlas={atlas} corridorId={corridor} lineId={line} year={year} lang={lang}
          onSelectLine={(id) => openCorridor(corridor, id)} onSelectYear={setYear}
        />
      ) : (
        <p className="muted">{t('corridorPick')}</p>
      )}
    </>
  );
}

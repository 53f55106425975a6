import { useAppStore } from '../../state/store';
import { selectAtlas, selectLang } from '../../state/selectors';
import { useT } from '../../state/use-t';
import { groupKeyFigures } from '../../data/key-figures';
import { downloadShown } from '../../export/export-actions';
import { KeyFigureItem } from '../figures/KeyFigures';

/** Every headline figure under its heading, with a CSV of them all. */
export function FiguresTab() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const t = useT();
  if (!atlas) return null;
  return (
    <section className="key-figures key-figures-panel" aria-labelledby="figures-panel-title">
      <h2 id="figures-panel-title">{t('tabFigures')}</h2>
      <p className="muted">{t('figuresIntro')}</p>
      <button type="button" onClick={() => downloadShown('figuresCsv')}>{t('figuresDownload')}</button>
      {groupKeyFigures(atlas.keyFigures).map(({ group, figures }) => (
        <section key={group} aria-labelledby={`figures-${group}`}>
          <h3 id={`figures-${group}`}>{t(`figuresGroup_${group}`)}</h3>
          <ul>
            {figures.map((f) => <KeyFigureItem key={f.id} figure={f} lang={lang} sources={atlas.sources} />)}
          </ul>
        </section>
      ))}
    </section>
  );
}

import { appStore, useAppStore } from '../../state/store';
import { selectAtlas, selectLang, selectStory, selectYear } from '../../state/selectors';
import { useT } from '../../state/use-t';
import { EventList } from '../events/EventList';
import { KeyFigures } from '../figures/KeyFigures';

/** The guided story, the timeline of events and the key figures. */
export function StoryTab() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const year = useAppStore(selectYear);
  const story = useAppStore(selectStory);
  const t = useT();
  if (!atlas) return null;
  const { goToStep, setYear } = appStore.getState();
  return (
    <>
      <div className="story-start">
        <button type="button" className="primary" onClick={() => goToStep(story ?? 1)}>
          {story ? t('storyResume', { n: story }) : t('storyStart')}
        </button>
        <a className="link-button" href="?handout=1" target="_blank" rel="noopener">{t('handoutPrint')}</a>
      </div>
      <KeyFigures figures={atlas.keyFigures} lang={lang} sources={atlas.sources} />
      <EventList events={atlas.events} lang={lang} sources={atlas.sources} year={year} onSelectYear={setYear} />
    </>
  );
}

import { useEffect, useRef } from 'react';
import { appStore, useAppStore } from '../../state/store';
import { selectAtlas, selectLang, selectStory, selectYear } from '../../state/selectors';
import { useT } from '../../state/use-t';
import { EventList } from '../events/EventList';
import { KeyFigures } from '../figures/KeyFigures';
import { figuresOf } from '../../data/key-figures';
import { StoryPanel } from '../story/StoryPanel';
import { storyHref } from '../../story/story-controller';

/** The story shows the counts of measures and cities; the Key figures tab shows them all. */
const STORY_GROUPS = ['measures', 'cities'] as const;

/** A page opened on a story link puts focus in the story once, so → and ← work at once. */
const openedOnStory = { pending: new URLSearchParams(window.location.search).has('story') };

/** The guided story, the timeline of events and the key figures. */
export function StoryTab() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const year = useAppStore(selectYear);
  const story = useAppStore(selectStory);
  const t = useT();
  // The start button goes away with the click; keep keyboard focus in the story that replaces it.
  const focusStory = useRef(false);
  useEffect(() => {
    if (story === null || !(focusStory.current || openedOnStory.pending)) return;
    focusStory.current = false;
    openedOnStory.pending = false;
    document.querySelector<HTMLButtonElement>('.story-panel .story-nav button:nth-child(2)')?.focus();
  }, [story]);
  if (!atlas) return null;
  const { goToStep, setYear, exitStory } = appStore.getState();
  return (
    <>
      {story !== null && (
        <StoryPanel
          steps={atlas.storySteps} current={story} lang={lang} sources={atlas.sources} events={atlas.events}
          hrefFor={(n) => storyHref(window.location.search, n)} onGoTo={goToStep} onExit={exitStory}
        />
      )}
      <div className="story-start">
        {story === null && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              focusStory.current = true;
              goToStep(1);
            }}
          >
            {t('storyStart')}
          </button>
        )}
        <a className="link-button" href={`?handout=1&lang=${lang}`} target="_blank" rel="noopener">{t('handoutPrint')}</a>
      </div>
      <KeyFigures figures={figuresOf(atlas.keyFigures, STORY_GROUPS)} lang={lang} sources={atlas.sources} />
      <EventList events={atlas.events} lang={lang} sources={atlas.sources} year={year} onSelectYear={setYear} />
    </>
  );
}

import { appStore, useAppStore } from '../../state/store';
import { selectAtlas, selectLang, selectStory } from '../../state/selectors';
import { storyHref } from '../../story/story-controller';
import { StoryPanel } from './StoryPanel';

/** The story's text card over the map while a story step is shown. */
export function StoryOverlay() {
  const atlas = useAppStore(selectAtlas);
  const story = useAppStore(selectStory);
  const lang = useAppStore(selectLang);
  if (!atlas || story === null) return null;
  const { goToStep, exitStory } = appStore.getState();
  return (
    <div className="story-overlay">
      <StoryPanel
        steps={atlas.storySteps} current={story} lang={lang} sources={atlas.sources} events={atlas.events}
        hrefFor={(n) => storyHref(window.location.search, n)} onGoTo={goToStep} onExit={exitStory}
      />
    </div>
  );
}

import { useEffect, useState } from 'react';
import { appStore, useAppStore } from '../../state/store';
import { selectAtlas, selectLang, selectMapCapture } from '../../state/selectors';
import { useT } from '../../state/use-t';
import { LazyMapView as MapView } from '../../map/LazyMapView';
import { StoryHandout } from './StoryHandout';

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

/** The printable story: each step is shown once on the map, photographed, and printed with its text and sources. */
export function HandoutPage({ webgl }: { webgl: boolean }) {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const t = useT();
  const [images, setImages] = useState<Record<number, string>>({});
  const [done, setDone] = useState(!webgl);
  // The map registers its capture once it has mounted; the steps are photographed through it.
  const capture = useAppStore(selectMapCapture);

  useEffect(() => {
    if (!atlas || !webgl || !capture) return;
    let live = true;
    void (async () => {
      // Still flows let the map settle, so each step is photographed as soon as it is drawn.
      appStore.getState().setFlowsOn(false);
      for (const step of atlas.storySteps) {
        if (!live) return;
        appStore.getState().goToStep(step.step);
        await settle();
        const canvas = await capture.snapshot(1);
        const url = canvas.toDataURL('image/png');
        if (live) setImages((all) => ({ ...all, [step.step]: url }));
      }
      appStore.getState().exitStory();
      if (live) setDone(true);
    })();
    return () => {
      live = false;
    };
  }, [atlas, webgl, capture]);

  if (!atlas) return <p className="muted">{t('loading')}</p>;
  return (
    <div className="handout-page" aria-busy={!done}>
      {webgl && !done && (
        <div className="handout-camera" aria-hidden="true">
          <MapView attribution="" animateCamera={false} />
        </div>
      )}
      {!done && <p className="muted" role="status">{t('handoutPreparing', { n: Object.keys(images).length, total: atlas.storySteps.length })}</p>}
      <StoryHandout
        steps={atlas.storySteps} lang={lang} sources={atlas.sources}
        imageFor={(s) => (images[s.step] ? { src: images[s.step]! } : null)}
      />
    </div>
  );
}

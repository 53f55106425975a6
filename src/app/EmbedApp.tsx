import { retryableLazy } from '../ui/retryable-lazy';
import { Suspense, useEffect } from 'react';
import { useAppStore } from '../state/store';
import { selectAtlas, selectStory, selectYearSummary } from '../state/selectors';
import { useT } from '../state/use-t';
import { LazyMapView as MapView } from '../map/LazyMapView';
import { Timeline } from '../timeline/Timeline';
import { Notices } from '../ui/Notices';
import { DetailPanel } from '../ui/DetailPanel';
import { CompactLegend } from '../ui/CompactLegend';
import { headlineText } from '../ui/Headline';
import { PanelBoundary } from '../ui/PanelBoundary';
import './embed.css';

const StoryOverlay = retryableLazy(() => import('../ui/story/StoryOverlay'), (m) => m.StoryOverlay);

/** The full view of this embed: the same query without `embed`. */
const fullViewHref = () => {
  const params = new URLSearchParams(window.location.search);
  params.delete('embed');
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
};

/** Map, slider, legend and one line of sources: nothing else, and nothing that scrolls the host page. */
export function EmbedApp({ webgl }: { webgl: boolean }) {
  const atlas = useAppStore(selectAtlas);
  const summary = useAppStore(selectYearSummary);
  const story = useAppStore(selectStory);
  const t = useT();
  useEffect(() => {
    document.documentElement.classList.add('embed');
    return () => document.documentElement.classList.remove('embed');
  }, []);
  return (
    <main className="embed-app">
      <h1 className="visually-hidden">{t('appTitle')}</h1>
      <Notices />
      <div className="embed-map">
        {webgl ? (
          <PanelBoundary message={t('mapFailed')} retryLabel={t('retry')}>
            <MapView attribution="" cooperative />
          </PanelBoundary>
        ) : <p className="no-webgl" role="alert">{t('noWebglEmbed')}</p>}
        <DetailPanel />
        {story !== null && (
          <PanelBoundary message={t('panelFailed')} retryLabel={t('retry')}>
            <Suspense fallback={null}>
              <StoryOverlay />
            </Suspense>
          </PanelBoundary>
        )}
        {summary && <p className="embed-headline" aria-live="polite">{headlineText(summary, t)}</p>}
      </div>
      <div className="embed-bar">
        <Timeline />
        <CompactLegend />
        <p className="embed-credit">
          <a href={fullViewHref()} target="_blank" rel="noopener">{t('appTitle')} ↗</a>{' '}
          <span className="muted">{t('embedCredit')}{atlas ? ` · ${t('dataVersion', { version: atlas.version })}` : ''}</span>
        </p>
      </div>
    </main>
  );
}

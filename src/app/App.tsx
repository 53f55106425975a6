import { retryableLazy } from '../ui/retryable-lazy';
import { Suspense, useEffect } from 'react';
import { appStore, useAppStore } from '../state/store';
import { selectAtlas, selectEmbed, selectLang, selectLoad } from '../state/selectors';
import { useT } from '../state/use-t';
import { LazyMapView as MapView } from '../map/LazyMapView';
import { Headline } from '../ui/Headline';
import { Timeline } from '../timeline/Timeline';
import { DetailPanel } from '../ui/DetailPanel';
import { Notices } from '../ui/Notices';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { SideTabs } from '../ui/tabs/SideTabs';
import { ShareBar } from '../ui/share/ShareBar';
import { PlaceSearch } from '../ui/search/PlaceSearch';
import { PanelBoundary } from '../ui/PanelBoundary';
import { fontsReadyFor } from '../lib/fonts';
import './app.css';

const HandoutPage = retryableLazy(() => import('../ui/story/HandoutPage'), (m) => m.HandoutPage);
const EmbedApp = retryableLazy(() => import('./EmbedApp'), (m) => m.EmbedApp);


/** `handout`: the printable story page instead of the app. */
export function App({ webgl, handout = false }: { webgl: boolean; handout?: boolean }) {
  const load = useAppStore(selectLoad);
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const embed = useAppStore(selectEmbed);
  const t = useT();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    // Without the web font, Chinese text falls back to the system's CJK font; the page says so once.
    void fontsReadyFor(lang).then((outcome) => outcome === 'failed' && appStore.getState().notify(t('fontFailed')));
    document.title = `${t('appTitle')} — ${t('appSubtitle')}`;
  }, [lang, t]);

  if (handout || embed)
    return (
      <PanelBoundary message={t('panelFailed')} retryLabel={t('retry')}>
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          {handout ? <HandoutPage webgl={webgl} /> : <EmbedApp webgl={webgl} />}
        </Suspense>
      </PanelBoundary>
    );
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#pilot-city-table"
        onClick={(e) => {
          // The table lives in the Overview tab: open it, then move focus there.
          e.preventDefault();
          appStore.getState().setPanel('overview');
          requestAnimationFrame(() => document.getElementById('pilot-city-table')?.focus());
        }}
      >
        {t('skipToTable')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('appTitle')}</h1>
          <p className="subtitle">{t('appSubtitle')}</p>
        </div>
        <div className="header-tools">
          <PanelBoundary message={t('panelFailed')} retryLabel={t('retry')}>
            <PlaceSearch />
          </PanelBoundary>
          <PanelBoundary message={t('panelFailed')} retryLabel={t('retry')}>
            <ShareBar />
          </PanelBoundary>
          <LanguageSwitch />
        </div>
      </header>
      <Notices />
      <main className="layout">
        <div className="sidebar">
          {load.status === 'loading' && <p className="muted">{t('loading')}</p>}
          {load.status === 'error' && (
            <div className="error part-failed" role="alert">
              <p>{t('loadFailed')} {load.message}</p>
              <button type="button" className="small-button" onClick={() => window.location.reload()}>{t('retry')}</button>
            </div>
          )}
          <Headline />
          <Timeline />
          {atlas && <SideTabs />}
        </div>
        <div className="map-area">
          {webgl ? (
            <PanelBoundary message={t('mapFailed')} retryLabel={t('retry')}>
              <MapView attribution={t('mapAttribution')} />
            </PanelBoundary>
          ) : <p className="no-webgl" role="alert">{t('noWebgl')}</p>}
          <DetailPanel />
        </div>
      </main>
      <footer className="app-footer muted">
        {t('credits')} {atlas && <>· {t('dataVersion', { version: atlas.version })}</>}
      </footer>
    </div>
  );
}

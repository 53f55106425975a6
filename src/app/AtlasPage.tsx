import { appStore, useAppStore } from '../state/store';
import { selectAtlas, selectLoad } from '../state/selectors';
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

/** The full page: header, side panel, map and footer. An embed and a handout never load its code. */
export function AtlasPage({ webgl }: { webgl: boolean }) {
  const load = useAppStore(selectLoad);
  const atlas = useAppStore(selectAtlas);
  const t = useT();
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

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadAtlasPage } from './app/App';
import { PanelBoundary } from './ui/PanelBoundary';
import { loadCatalogue, translator } from './lib/i18n';
import { appStore } from './state/store';
import { loadAtlas } from './data/load-atlas';
import { hasWebGL2 } from './map/webgl';
import { loadMapView } from './map/map-code';
import { prefersReducedMotion } from './map/use-flow-clock';
import { DEFAULT_YEAR } from './state/timeline-slice';
import { defaultUrlState } from './state/url-state';
import { readUrlState } from './state/url-migrations';
import { applyUrlState, browserLang, problemText, readLink, startUrlSync } from './state/url-sync';

// The page fetches the map's code beside its own (a preload in index.html); it runs only where WebGL2 is there.
// Without, the page is the table.
const webgl = hasWebGL2();
if (webgl) void loadMapView().catch(() => undefined);

const defaults = defaultUrlState(browserLang(navigator.language), DEFAULT_YEAR);
const fromUrl = readUrlState(window.location.search, defaults);
const handout = new URLSearchParams(window.location.search).get('handout') === '1';
// The full page's code loads beside the data; an embed or a handout never asks for it.
if (!handout && !fromUrl.state.embed) void loadAtlasPage().catch(() => undefined);
// Chinese messages load alongside the data; the first render waits for them so no English flashes.
// If they cannot be loaded the page shows in English and says so, with a way to try again.
const messagesLoaded = loadCatalogue(fromUrl.state.lang).then(() => true, () => false);
applyUrlState(appStore, fromUrl.state);
if (prefersReducedMotion()) appStore.getState().setFlowsOn(false);

const PIN_NOTICES = { unavailable: 'pinUnavailable', 'too-old': 'pinTooOld', 'too-new': 'pinTooNew', invalid: 'pinInvalid' } as const;

/** A pinned link loads the data version it was made with, upgraded to today's shape; failing that, the latest data, with a note saying why. */
async function loadViewData(pin: string | null) {
  const latest = `${import.meta.env.BASE_URL}data/atlas.json`;
  if (!pin) return loadAtlas(latest);
  const pinned = await loadAtlas(`${import.meta.env.BASE_URL}data/versions/${pin}.json`);
  if (pinned.ok) return pinned;
  console.warn(`pinned data version ${pin}: ${pinned.reason}`);
  await messagesLoaded;
  appStore.getState().notify(translator(appStore.getState().lang)(PIN_NOTICES[pinned.problem], { version: pin }));
  appStore.setState({ pin: null });
  return loadAtlas(latest);
}

// Notices are written once the messages of the link's language are here.
const atlasLoaded = Promise.all([loadViewData(fromUrl.state.pin), messagesLoaded]).then(([result]) => {
  const store = appStore.getState();
  if (!result.ok) {
    store.setLoadError(result.reason);
    fromUrl.problems.forEach((p) => store.notify(problemText(p, store.lang)));
    return;
  }
  const checked = readLink(window.location.search, defaults, result.atlas);
  store.setAtlas(result.atlas);
  applyUrlState(appStore, checked.state);
  checked.problems.forEach((p) => store.notify(problemText(p, appStore.getState().lang)));
});

if (!(await messagesLoaded)) {
  const en = translator('en');
  appStore.getState().notify(en('messagesFailed'), { label: en('retry'), run: () => appStore.getState().setLang(fromUrl.state.lang) });
}
// The page renders at once (the map starts while the data loads); links are checked once the data is in.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PanelBoundary message={translator(appStore.getState().lang)('panelFailed')} retryLabel={translator(appStore.getState().lang)('retry')}>
      <App webgl={webgl} handout={handout} />
    </PanelBoundary>
  </StrictMode>,
);

await atlasLoaded;
// The handout steps through the story itself; its address stays as it is.
if (!handout) startUrlSync(appStore, window);

import { retryableLazy } from '../ui/retryable-lazy';
import { Suspense, useEffect } from 'react';
import { appStore, useAppStore } from '../state/store';
import { selectEmbed, selectLang } from '../state/selectors';
import { useT } from '../state/use-t';
import { PanelBoundary } from '../ui/PanelBoundary';
import { fontsReadyFor } from '../lib/fonts';
import { lazyModule } from '../lib/lazy-module';
import './app.css';

const HandoutPage = retryableLazy(() => import('../ui/story/HandoutPage'), (m) => m.HandoutPage);
const EmbedApp = retryableLazy(() => import('./EmbedApp'), (m) => m.EmbedApp);
/** The full page's code, loaded once; the page's entry asks for it at once unless it is an embed or a handout. */
export const loadAtlasPage = lazyModule(() => import('./AtlasPage')).load;
const AtlasPage = retryableLazy(loadAtlasPage, (m) => m.AtlasPage);

/** One of three pages: the full atlas, an embed (`embed=1`) or the printable story (`handout`). Each loads only its own code. */
export function App({ webgl, handout = false }: { webgl: boolean; handout?: boolean }) {
  const lang = useAppStore(selectLang);
  const embed = useAppStore(selectEmbed);
  const t = useT();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    // Without the web font, Chinese text falls back to the system's CJK font; the page says so once.
    void fontsReadyFor(lang).then((outcome) => outcome === 'failed' && appStore.getState().notify(t('fontFailed')));
    document.title = `${t('appTitle')} — ${t('appSubtitle')}`;
  }, [lang, t]);

  return (
    <PanelBoundary message={t('panelFailed')} retryLabel={t('retry')}>
      <Suspense fallback={<p className="muted">{t('loading')}</p>}>
        {handout ? <HandoutPage webgl={webgl} /> : embed ? <EmbedApp webgl={webgl} /> : <AtlasPage webgl={webgl} />}
      </Suspense>
    </PanelBoundary>
  );
}

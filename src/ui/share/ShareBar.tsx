import { lazy, Suspense, useState } from 'react';
import { appStore, useAppStore } from '../../state/store';
import { selectAtlas, selectLang, selectPin, selectYear } from '../../state/selectors';
import { useT } from '../../state/use-t';
import { urlStateOf } from '../../state/url-sync';
import { shareUrl, type ShareOptions } from '../../export/share-url';
import type { ExportScale } from '../../export/png-export';
import type { DownloadKind } from '../../export/data-export';
import { mapSnapshot } from '../../map/snapshot';

const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));
const ExportMenu = lazy(() => import('./ExportMenu').then((m) => ({ default: m.ExportMenu })));

/** Share and export, in the header: a permalink or embed snippet, a PNG of the view, the data shown. */
export function ShareBar() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const year = useAppStore(selectYear);
  const pin = useAppStore(selectPin);
  const t = useT();
  const [shareOpen, setShareOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!atlas) return null;

  const fullUrl = (opts: ShareOptions) =>
    shareUrl(`${window.location.origin}${window.location.pathname}`, urlStateOf(appStore.getState(), pin), atlas.version, opts);

  const exportPng = async (scale: ExportScale) => {
    const s = appStore.getState();
    if (!s.atlas || !mapSnapshot.current) return s.notify(t('exportFailed', { reason: t('noWebgl') }));
    setBusy(true);
    // Moving flows keep the map from settling; hold them for the picture.
    const flowsWereOn = s.flowsOn;
    s.setFlowsOn(false);
    try {
      const png = await import('../../export/png-export');
      const data = await import('../../export/data-export');
      const { legendItems } = await import('../../export/legend-items');
      const { downloadBlob } = await import('../../export/download');
      const mapCanvas = await mapSnapshot.current(scale);
      if (png.isBlank(mapCanvas)) return s.notify(t('exportFailed', { reason: t('exportBlank') }));
      const cited = data.shownGeoJson(s.atlas, s.year, s.layers, s.lang).sources;
      const blob = await png.composeMapImage({
        mapCanvas, scale, title: t('appTitle'), subtitle: t('appSubtitle'), year: s.year,
        legend: legendItems(s.atlas, s.year, s.layers, s.lang),
        sourcesLine: t('exportSourcesLine', { list: cited.map((c) => `[${c.id}] ${c.publisher}`).join('; ') }),
        exportedAt: new Date(), lang: s.lang,
      });
      downloadBlob(`corridor-atlas-${s.year}-${s.atlas.version}-${scale}x.png`, blob);
    } catch (e) {
      s.notify(t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      appStore.getState().setFlowsOn(flowsWereOn);
      setBusy(false);
    }
  };

  const download = async (kind: DownloadKind) => {
    const s = appStore.getState();
    const { buildDownload } = await import('../../export/data-export');
    const { downloadText } = await import('../../export/download');
    const file = buildDownload(kind, s.atlas!, s.year, s.layers, s.lang);
    downloadText(file.filename, file.text, file.mime);
  };

  return (
    <div className="share-bar">
      <button type="button" className="small-button" onClick={() => setShareOpen(true)}>{t('shareOpen')}</button>
      <button type="button" className="small-button" aria-expanded={exportOpen} onClick={() => setExportOpen(!exportOpen)}>
        {t('exportOpen')}
      </button>
      <Suspense fallback={null}>
        {shareOpen && (
          <ShareDialog open onClose={() => setShareOpen(false)} fullUrl={fullUrl} title={`${t('appTitle')} — ${year}`} dataVersion={atlas.version} lang={lang} />
        )}
        {exportOpen && (
          <div className="export-popover">
            <ExportMenu busy={busy} lang={lang} onExportPng={(scale) => void exportPng(scale)} onDownload={(kind) => void download(kind)} />
          </div>
        )}
      </Suspense>
    </div>
  );
}

import { retryableLazy } from '../retryable-lazy';
import { Suspense, useState } from 'react';
import { appStore, useAppStore } from '../../state/store';
import { selectAtlas, selectLang, selectPin, selectYear } from '../../state/selectors';
import { useT } from '../../state/use-t';
import { urlStateOf } from '../../state/url-sync';
import { withExportCode } from './export-code';
import { shareUrl, type ShareOptions } from '../../export/share-url';
import type { AppState, ExportScale } from '../../state/store';
import type { DownloadKind } from '../../export/data-export';

const ShareDialog = retryableLazy(() => import('./ShareDialog'), (m) => m.ShareDialog);
const ExportMenu = retryableLazy(() => import('./ExportMenu'), (m) => m.ExportMenu);

/** Share and export, in the header: a permalink or embed snippet, a PNG of the view, the data shown. */
export function ShareBar() {
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const pin = useAppStore(selectPin);
  const t = useT();
  const [shareOpen, setShareOpen] = useState(false);
  // The year names the shared view in the dialog's title; while the dialog is closed a year step renders nothing here.
  const year = useAppStore((s: AppState) => (shareOpen ? selectYear(s) : null));
  const [exportOpen, setExportOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!atlas) return null;

  const fullUrl = (opts: ShareOptions) =>
    shareUrl(`${window.location.origin}${window.location.pathname}`, urlStateOf(appStore.getState(), pin), atlas.version, opts);

  const exportPng = (scale: ExportScale) => withExportCode(t, (m) => m.exportPng(scale, t, setBusy));
  const exportSvg = () => withExportCode(t, (m) => m.exportSvg(t, setBusy));
  const download = (kind: DownloadKind) => withExportCode(t, (m) => m.downloadShown(kind));
  const downloadPackage = () => withExportCode(t, (m) => m.downloadDataPackage(t, setBusy));

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
            <ExportMenu busy={busy} lang={lang} onExportPng={exportPng} onExportSvg={exportSvg} onDownload={download} onDownloadPackage={downloadPackage} />
          </div>
        )}
      </Suspense>
    </div>
  );
}

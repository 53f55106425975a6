import { appStore } from '../state/store';
import type { Translate } from '../lib/i18n';
import { mapSnapshot } from '../map/snapshot';
import type { ExportScale } from './png-export';
import { composeMapImage, isBlank } from './png-export';
import { buildDownload, shownGeoJson, type DownloadKind } from './data-export';
import { legendItems } from './legend-items';
import { downloadBlob, downloadText } from './download';

/** A PNG of the view with title, legend and sources; flows hold still for the picture. Loaded on first use. */
export async function exportPng(scale: ExportScale, t: Translate, setBusy: (busy: boolean) => void) {
  const s = appStore.getState();
  if (!s.atlas || !mapSnapshot.current) return s.notify(t('exportFailed', { reason: t('noWebgl') }));
  setBusy(true);
  const flowsWereOn = s.flowsOn;
  s.setFlowsOn(false);
  try {
    const mapCanvas = await mapSnapshot.current(scale);
    if (isBlank(mapCanvas)) return s.notify(t('exportFailed', { reason: t('exportBlank') }));
    const cited = shownGeoJson(s.atlas, s.year, s.layers, s.lang).sources;
    const blob = await composeMapImage({
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
}

/** The data shown, as CSV or GeoJSON. */
export function downloadShown(kind: DownloadKind) {
  const s = appStore.getState();
  if (!s.atlas) return;
  const file = buildDownload(kind, s.atlas, s.year, s.layers, s.lang);
  downloadText(file.filename, file.text, file.mime);
}

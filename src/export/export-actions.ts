import { appStore } from '../state/store';
import type { Translate } from '../lib/i18n';
import { mapSnapshot, mapView } from '../map/snapshot';
import { loadCountries } from '../map/basemap';
import { LABEL_FONT } from '../map/MapView';
import { CORRIDOR_IDS } from '../data/schema';
import { routeResult } from '../routing/route-query';
import { buildSvgMap } from './svg-map';
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

/** The view as vector art for print: same extent and projection as the map, text as text. Loaded on first use. */
export async function exportSvg(t: Translate, setBusy: (busy: boolean) => void) {
  const s = appStore.getState();
  if (!s.atlas || !mapView.current) return s.notify(t('exportFailed', { reason: t('noWebgl') }));
  setBusy(true);
  try {
    const { countries, borders } = await loadCountries().catch(() => ({ countries: null, borders: null }));
    const route = s.routeFrom && s.routeTo ? routeResult(s.atlas, s.routeFrom, s.routeTo, s.year) : null;
    const routes = route?.status === 'found'
      ? route.options.filter((_, i) => s.routeFocus === null || i === s.routeFocus).map((o) => o.path) : [];
    const cited = shownGeoJson(s.atlas, s.year, s.layers, s.lang).sources;
    const svg = buildSvgMap({
      view: mapView.current(), countries, borders, atlas: s.atlas, year: s.year, layers: s.layers, lang: s.lang, routes,
      title: t('appTitle'), subtitle: t('appSubtitle'),
      sourcesLine: t('exportSourcesLine', { list: cited.map((c) => `[${c.id}] ${c.publisher}`).join('; ') }),
      versionLine: t('exportSvgVersion', { version: s.atlas.version, date: new Date().toISOString().slice(0, 10) }),
      legend: legendItems(s.atlas, s.year, s.layers, s.lang), fontFamily: LABEL_FONT,
    });
    const corridors = CORRIDOR_IDS.filter((id) => s.layers[id]).join('-') || 'no-corridors';
    downloadText(`corridor-atlas-${s.year}-${corridors}-${s.lang}.svg`, svg, 'image/svg+xml');
  } catch (e) {
    s.notify(t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
  } finally {
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

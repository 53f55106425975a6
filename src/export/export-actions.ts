import { appStore } from '../state/store';
import type { Translate } from '../lib/i18n';
import { loadCountries } from '../cartography/countries';
import { LABEL_FONT } from '../lib/fonts';
import { routeResult } from '../routing/route-query';
import { buildSvgMap } from './svg-map';
import type { ExportScale } from '../state/store';
import { composeMapImage } from './png-export';
import { isBlank } from '../lib/canvas';
import { shownGeoJson, type DownloadKind } from './data-export';
import { buildDownload } from './downloads';
import { exportFileName, type NamedView } from './file-name';
import { optionSourceIds } from './route-csv';
import { legendItems } from '../state/legend';
import { downloadBlob, downloadText } from './download';
import { DATA_PACKAGE_PATH, DESCRIPTOR_NAME } from '../data/data-package-path';

type State = ReturnType<typeof appStore.getState>;
/** What the file names of an export describe. */
export const namedViewOf = (s: State): NamedView & { layers: State['layers'] } => ({
  year: s.year, layers: s.layers, corridor: s.corridor, line: s.line, selection: s.selection, lang: s.lang,
});

/** A PNG of the view with title, legend and sources; flows hold still for the picture. Loaded on first use. */
export async function exportPng(scale: ExportScale, t: Translate, setBusy: (busy: boolean) => void) {
  const s = appStore.getState();
  const capture = s.mapCapture;
  if (!s.atlas || !capture) return s.notify(t('exportFailed', { reason: t('noWebgl') }));
  setBusy(true);
  const flowsWereOn = s.flowsOn;
  s.setFlowsOn(false);
  try {
    const mapCanvas = await capture.snapshot(scale);
    if (isBlank(mapCanvas)) return s.notify(t('exportFailed', { reason: t('exportBlank') }));
    const cited = shownGeoJson(s.atlas, s.year, s.layers, s.lang).sources;
    const blob = await composeMapImage({
      mapCanvas, scale, title: t('appTitle'), subtitle: t('appSubtitle'), year: s.year,
      legend: legendItems(s.atlas, s.year, s.layers, s.lang),
      sourcesLine: t('exportSourcesLine', { list: cited.map((c) => `[${c.id}] ${c.publisher}`).join('; ') }),
      exportedAt: new Date(), dataVersion: s.atlas.version, lang: s.lang,
    });
    downloadBlob(exportFileName(namedViewOf(s), 'png', { what: `${scale}x` }), blob);
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
  const capture = s.mapCapture;
  if (!s.atlas || !capture) return s.notify(t('exportFailed', { reason: t('noWebgl') }));
  setBusy(true);
  try {
    const { countries, borders } = await loadCountries().catch(() => ({ countries: null, borders: null }));
    const route = s.routeFrom && s.routeTo ? routeResult(s.atlas, s.routeFrom, s.routeTo, s.year) : null;
    const routes = route?.status === 'found'
      ? route.options.filter((_, i) => s.routeFocus === null || i === s.routeFocus).map((o) => o.path) : [];
    const cited = shownGeoJson(s.atlas, s.year, s.layers, s.lang).sources;
    const svg = buildSvgMap({
      view: capture.view(), countries, borders, atlas: s.atlas, year: s.year, layers: s.layers, lang: s.lang, routes,
      title: t('appTitle'), subtitle: t('appSubtitle'),
      sourcesLine: t('exportSourcesLine', { list: cited.map((c) => `[${c.id}] ${c.publisher}`).join('; ') }),
      versionLine: t('exportSvgVersion', { version: s.atlas.version, date: new Date().toISOString().slice(0, 10) }),
      legend: legendItems(s.atlas, s.year, s.layers, s.lang), fontFamily: LABEL_FONT,
    });
    downloadText(exportFileName(namedViewOf(s), 'svg'), svg, 'image/svg+xml');
  } catch (e) {
    s.notify(t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
  } finally {
    setBusy(false);
  }
}

/** The sources file also covers the route comparison, when one is open. */
function routeCitations(s: State): Record<string, string[]> {
  if (!s.atlas || !s.routeFrom || !s.routeTo) return {};
  const atlas = s.atlas;
  const route = routeResult(atlas, s.routeFrom, s.routeTo, s.year);
  if (route.status !== 'found') return {};
  return { routes: route.options.flatMap((o, i) => optionSourceIds(atlas, o, route.transit[i] ?? null)) };
}

/** The data shown, as a plain CSV table, the sources behind the tables, or GeoJSON. */
export function downloadShown(kind: DownloadKind) {
  const s = appStore.getState();
  if (!s.atlas) return;
  const file = buildDownload(kind, s.atlas, namedViewOf(s), kind === 'sourcesCsv' ? routeCitations(s) : {});
  downloadText(file.filename, file.text, file.mime);
}

/** The whole data as the data build packaged it; its name says the view it was taken from. Loaded on first use. */
export async function downloadDataPackage(t: Translate, setBusy: (busy: boolean) => void) {
  const s = appStore.getState();
  setBusy(true);
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}${DATA_PACKAGE_PATH}`);
    if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
    const blob = await res.blob();
    const { default: JSZip } = await import('jszip');
    const descriptor = await (await JSZip.loadAsync(blob)).file(DESCRIPTOR_NAME)?.async('string');
    const version = descriptor ? String((JSON.parse(descriptor) as { dataVersion?: unknown }).dataVersion ?? '') : '';
    if (!/^[0-9a-f]{12}$/.test(version)) throw new Error(`${DESCRIPTOR_NAME} gives no data version`);
    if (s.atlas && s.atlas.version !== version) s.notify(t('exportPackageLatest', { version, pinned: s.atlas.version }));
    downloadBlob(exportFileName(namedViewOf(s), 'zip', { what: 'data-package', version }), blob);
  } catch (e) {
    s.notify(t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
  } finally {
    setBusy(false);
  }
}

import type { Atlas } from '../../data/schema';
import { appStore } from '../../state/store';
import type { RouteResult } from '../../routing/route-query';
import { formatNumber } from '../../lib/format';
import type { Lang, Translate } from '../../lib/i18n';
import { crossingsText, optionShortLabel, transitText } from './route-text';

export type SortKey = 'time' | 'distance';
type Found = Extract<RouteResult, { status: 'found' }>;

/** Option indexes in display order: by days (options without a sourced time last) or by km. */
export function sortedIndexes(result: Found, key: SortKey): number[] {
  const days = (i: number) => result.transit[i]?.minDays ?? Number.POSITIVE_INFINITY;
  const km = (i: number) => result.options[i]!.distanceKm;
  return result.options.map((_, i) => i).sort((a, b) => (key === 'time' ? days(a) - days(b) || km(a) - km(b) : km(a) - km(b)));
}

/** The comparison as a table: the screen-reader view of the chart, and the CSV download. */
export function RouteCompareTable({ result, order, atlas, lang, t }: { result: Found; order: number[]; atlas: Atlas; lang: Lang; t: Translate }) {
  const download = () =>
    downloadCsv().catch(() => appStore.getState().notify(t('exportCodeFailed'), { label: t('retry'), run: () => void download() }));
  const downloadCsv = async () => {
    const [{ routeComparisonCsv }, { downloadText }, { exportFileName }, { namedViewOf }] = await Promise.all([
      import('../../export/route-csv'), import('../../export/download'), import('../../export/file-name'), import('../../export/export-actions'),
    ]);
    const first = result.options[0]!;
    const from = { nameEn: first.legs[0]!.fromName, nameZh: first.legs[0]!.fromNameZh };
    const lastLeg = first.legs[first.legs.length - 1]!;
    const to = { nameEn: lastLeg.toName, nameZh: lastLeg.toNameZh };
    const csv = routeComparisonCsv(atlas, { year: result.year, from, to, options: order.map((i) => result.options[i]!), transit: order.map((i) => result.transit[i] ?? null) }, lang);
    const s = appStore.getState();
    const what = ['routes', s.routeFrom ?? '', s.routeTo ?? ''].join('-');
    downloadText(exportFileName({ ...namedViewOf(s), year: result.year }, 'csv', { what, version: atlas.version }), csv, 'text/csv');
  };
  return (
    <>
      <table className="route-table">
        <caption className="visually-hidden">{t('routeTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('routeColOption')}</th>
            <th scope="col">{t('routeColKm')}</th>
            <th scope="col">{t('routeColDays')}</th>
            <th scope="col">{t('routeColCrossings')}</th>
            <th scope="col">{t('routeColChanges')}</th>
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const o = result.options[i]!;
            return (
              <tr key={o.id}>
                <th scope="row">{optionShortLabel(t, lang, o)}</th>
                <td>{formatNumber(Math.round(o.distanceKm), lang)}</td>
                <td>{transitText(t, lang, result.transit[i] ?? null)}</td>
                <td>{crossingsText(t, lang, o)}</td>
                <td>{o.modeChanges}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="link-button" onClick={() => void download()}>{t('routeDownload')}</button>
    </>
  );
}

import { translator, type Lang, type MessageKey } from '../../lib/i18n';
import type { DownloadKind } from '../../export/data-export';
import type { ExportScale } from '../../state/store';
import './share.css';

export type ExportMenuProps = {
  onExportPng: (scale: ExportScale) => void;
  onExportSvg: () => void;
  onDownload: (kind: DownloadKind) => void;
  /** The whole data as a zip: every table as CSV, the sources and a datapackage.json. */
  onDownloadPackage: () => void;
  /** True while a file is being made: the buttons wait, and the status says so. */
  busy: boolean;
  lang: Lang;
};

const PNG_SCALES: { scale: ExportScale; label: MessageKey }[] = [
  { scale: 1, label: 'exportPng1' },
  { scale: 2, label: 'exportPng2' },
];
const DOWNLOADS: { kind: DownloadKind; label: MessageKey }[] = [
  { kind: 'citiesCsv', label: 'exportCitiesCsv' },
  { kind: 'portsCsv', label: 'exportPortsCsv' },
  { kind: 'linesCsv', label: 'exportLinesCsv' },
  { kind: 'figuresCsv', label: 'exportFiguresCsv' },
  { kind: 'sourcesCsv', label: 'exportSourcesCsv' },
  { kind: 'geojson', label: 'exportGeoJson' },
];

/** Image and data downloads of what the map shows. */
export function ExportMenu({ onExportPng, onExportSvg, onDownload, onDownloadPackage, busy, lang }: ExportMenuProps) {
  const t = translator(lang);
  return (
    <section className="export-menu" aria-label={t('exportGroup')} aria-busy={busy}>
      <div className="export-row" role="group" aria-label={t('exportImage')}>
        <span className="muted">{t('exportImage')}</span>
        {PNG_SCALES.map(({ scale, label }) => (
          <button key={scale} type="button" className="small-button" disabled={busy} onClick={() => onExportPng(scale)}>
            {t(label)}
          </button>
        ))}
        <button type="button" className="small-button" disabled={busy} onClick={onExportSvg}>{t('exportSvg')}</button>
      </div>
      <div className="export-row" role="group" aria-label={t('exportData')}>
        <span className="muted">{t('exportData')}</span>
        {DOWNLOADS.map(({ kind, label }) => (
          <button key={kind} type="button" className="small-button" disabled={busy} onClick={() => onDownload(kind)}>
            {t(label)}
          </button>
        ))}
      </div>
      <p className="export-note muted">{t('exportTablesNote')}</p>
      <div className="export-row" role="group" aria-label={t('exportAllData')}>
        <span className="muted">{t('exportAllData')}</span>
        <button type="button" className="small-button" disabled={busy} onClick={onDownloadPackage}>{t('exportPackage')}</button>
      </div>
      <p className="export-status muted" role="status" aria-live="polite">{busy ? t('exportBusy') : ''}</p>
    </section>
  );
}

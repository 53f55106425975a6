import { useEffect, useId, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { DataHealth } from '../../data/health-schema';
import { formatNumber } from '../../lib/format';
import { translator, type Lang, type MessageKey } from '../../lib/i18n';
import './health.css';

export type DataHealthDialogProps = {
  /** null for an older data version that carries no summary. */
  health: DataHealth | null;
  version: string;
  lang: Lang;
  onClose: () => void;
};

type WeakRecord = DataHealth['weakOnly'][number];
const byFile = (records: readonly WeakRecord[]) => {
  const groups = new Map<string, WeakRecord[]>();
  for (const r of records) groups.set(r.file, [...(groups.get(r.file) ?? []), r]);
  return [...groups.entries()];
};

/** A modal dialog: records by status, named pilot cities, sources by kind, and the facts that rest on weak sources. */
export function DataHealthDialog({ health, version, lang, onClose }: DataHealthDialogProps) {
  const t = translator(lang);
  const n = (x: number) => formatNumber(x, lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const ids = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    closeButton.current?.focus();
    return () => {
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  };
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault();
    onClose();
  };

  return (
    <dialog ref={dialog} className="health-dialog" aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown} onCancel={onCancel}>
      <div className="health-head">
        <h2 id={`${ids}-title`}>{t('healthTitle')}</h2>
        <button ref={closeButton} type="button" className="health-close" aria-label={t('healthClose')} onClick={onClose}>×</button>
      </div>
      {!health ? (
        <p>{t('healthUnavailable')}</p>
      ) : (
        <>
          <p className="muted">{t('healthIntro', { version })}</p>
          <section aria-labelledby={`${ids}-status`}>
            <h3 id={`${ids}-status`}>{t('healthStatusHeading')}</h3>
            <table className="health-table">
              <thead>
                <tr><th scope="col">{t('healthFile')}</th><th scope="col">{t('status_confirmed')}</th><th scope="col">{t('status_inferred')}</th><th scope="col">{t('status_uncertain')}</th></tr>
              </thead>
              <tbody>
                {health.statusByFile.map((f) => (
                  <tr key={f.file}><th scope="row">{f.file}</th><td>{n(f.confirmed)}</td><td>{n(f.inferred)}</td><td>{n(f.uncertain)}</td></tr>
                ))}
              </tbody>
            </table>
            <p className="muted">{t('healthStatusNote')}</p>
            <p>{t('healthLinesNoStart', { n: n(health.linesWithoutStartYear) })}</p>
          </section>
          <section aria-labelledby={`${ids}-cities`}>
            <h3 id={`${ids}-cities`}>{t('healthCitiesHeading')}</h3>
            <table className="health-table">
              <thead><tr><th scope="col">{t('healthYear')}</th><th scope="col">{t('healthNamed')}</th></tr></thead>
              <tbody>
                {health.citiesByYear.map((y) => (
                  <tr key={y.year}>
                    <th scope="row">{y.year}</th>
                    <td>{y.total === null ? t('healthCitiesNoTotal', { named: n(y.named) }) : t('healthCitiesNamed', { named: n(y.named), total: n(y.total) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby={`${ids}-kinds`}>
            <h3 id={`${ids}-kinds`}>{t('healthSourcesHeading')}</h3>
            <table className="health-table">
              <thead><tr><th scope="col">{t('healthKind')}</th><th scope="col">{t('healthCount')}</th></tr></thead>
              <tbody>
                {health.sourcesByKind.map((k) => (
                  <tr key={k.kind}><th scope="row">{t(`healthKind_${k.kind}` as MessageKey)}</th><td>{n(k.count)}</td></tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby={`${ids}-weak`}>
            <h3 id={`${ids}-weak`}>{t('healthWeakHeading')}</h3>
            <p>{t('healthWeakIntro', { n: n(health.weakOnly.length) })}</p>
            {byFile(health.weakOnly).map(([file, records]) => (
              <details key={file} className="health-weak">
                <summary>{t('healthWeakGroup', { file, n: n(records.length) })}</summary>
                <ul>
                  {records.map((r) => (
                    <li key={r.row}>
                      {t('healthRow', { row: r.row })} · {r.label}
                      {r.status && <span className="muted"> · {isStatus(r.status) ? t(`status_${r.status}`) : r.status}</span>}{' '}
                      <span className="source-id">[{r.sourceIds.join(', ')}]</span>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </section>
        </>
      )}
    </dialog>
  );
}

const isStatus = (s: string): s is 'confirmed' | 'inferred' | 'uncertain' => s === 'confirmed' || s === 'inferred' || s === 'uncertain';

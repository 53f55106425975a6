import { useId } from 'react';
import type { CorridorStat, Line } from '../../data/schema';
import { formatNumber } from '../../lib/format';
import { translator, type Lang } from '../../lib/i18n';
import { formatFigure } from './stat-labels';

export type CorridorLinesProps = {
  lines: readonly Line[];
  /** Published route length per line id, where a source gives one for the line's end stops. */
  sourcedLengths: ReadonlyMap<string, CorridorStat>;
  selectedLineId: string | null;
  year: number;
  lang: Lang;
  /** Called with null when the selected line is chosen again. */
  onSelectLine: (lineId: string | null) => void;
};

/** The corridor's lines as toggle buttons; the selected one opens its stops. */
export function CorridorLines({ lines, sourcedLengths, selectedLineId, year, lang, onSelectLine }: CorridorLinesProps) {
  const t = translator(lang);
  const headingId = useId();
  return (
    <section className="corridor-lines" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('corridorLines', { n: lines.length })}</h3>
      <p className="muted drawn-note">{t('drawnLengthNote')}</p>
      <ul className="line-list">
        {lines.map((line) => {
          const selected = line.id === selectedLineId;
          const sourced = sourcedLengths.get(line.id);
          const name = lang === 'zh' ? line.nameZh : line.nameEn;
          const classes = ['line-item', selected && 'selected', line.startYear !== null && line.startYear > year && 'later'].filter(Boolean).join(' ');
          return (
            <li key={line.id} className={classes}>
              <button type="button" className="line-button" aria-pressed={selected} onClick={() => onSelectLine(selected ? null : line.id)}>
                <span className="line-name">{name}</span>
                <span className="line-meta muted">
                  {line.startYear === null ? t('lineStartUnknown') : t('lineFrom', { year: line.startYear })} · {t('lineDrawnKm', { n: formatNumber(line.lengthKm, lang) })}
                  {sourced && (
                    <>
                      {' '}· <span className="sourced-length">{t('lineSourcedLength', { value: formatFigure(sourced, lang, t) })}</span>{' '}
                      <span className="source-id">[{sourced.sourceIds.join(', ')}]</span>
                    </>
                  )}{' '}
                  · {t(`alignmentShort_${line.alignment}`)}
                </span>
              </button>
              {selected && <LineStops line={line} lang={lang} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Stops of one line (waypoints left out), with each stop's role and note, e.g. a gauge change. */
function LineStops({ line, lang }: { line: Line; lang: Lang }) {
  const t = translator(lang);
  const name = lang === 'zh' ? line.nameZh : line.nameEn;
  return (
    <div className="line-stops">
      <ol className="stop-list" aria-label={t('lineStopsOf', { name })}>
        {line.nodes.filter((n) => n.role !== 'waypoint').map((n) => (
          <li key={n.seq}>
            {lang === 'zh' ? n.nameZh : n.nameEn}{' '}
            <span className="muted">· {t(`role_${n.role}`)}{n.note ? ` · ${n.note}` : ''}</span>
          </li>
        ))}
      </ol>
      <p className="muted">
        {t('alignment')}: {t(`alignment_${line.alignment}`)}
        {line.basis && <> · {t('lineBasis')}: {line.basis}</>} <span className="source-id">[{line.sourceIds.join(', ')}]</span>
      </p>
    </div>
  );
}

import type { Source } from '../../data/schema';
import type { KeyFigure } from '../../data/schema';
import type { Lang } from '../../lib/i18n';
import { formatNumber, formatPartialDate } from '../../lib/format';
import { SourceList } from '../SourceList';
import { isMessageKey, translator } from '../../lib/i18n';
import { pickSources } from '../story/pick-sources';
import '../story/story.css';

export type KeyFiguresProps = {
  figures: readonly KeyFigure[];
  lang: Lang;
  sources: readonly Source[];
};

/** Headline numbers from the sources, each with its as-of date, status and sources. */
export function KeyFigures({ figures, lang, sources }: KeyFiguresProps) {
  const t = translator(lang);
  const unitOf = (unit: string) => {
    const key = `keyFiguresUnit_${unit}`;
    return isMessageKey(key) ? t(key) : unit;
  };
  return (
    <section className="key-figures" aria-labelledby="key-figures-title">
      <h3 id="key-figures-title">{t('keyFiguresTitle')}</h3>
      <ul>
        {figures.map((f) => (
          <li key={f.id} className="key-figure">
            <p className="key-figure-value">
              <strong>{formatNumber(f.value, lang)}</strong> {unitOf(f.unit)}
            </p>
            <p className="key-figure-label">{lang === 'zh' ? f.labelZh : f.labelEn}</p>
            <p className="key-figure-meta">
              <time dateTime={f.asOf}>{t('keyFiguresAsOf', { date: formatPartialDate(f.asOf, lang) })}</time>
              {f.status !== 'confirmed' && <span className={`status status-${f.status}`}> {t(`storyStatus_${f.status}`)}</span>}
            </p>
            {f.note && <p className="muted key-figure-note">{f.note}</p>}
            <details>
              <summary>{t('keyFiguresSources', { ids: f.sourceIds.join(', ') })}</summary>
              <SourceList sources={pickSources(sources, f.sourceIds)} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

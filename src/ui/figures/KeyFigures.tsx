import type { KeyFigure, Source } from '../../data/schema';
import type { Lang } from '../../lib/i18n';
import { formatPartialDate } from '../../lib/format';
import { SourceList } from '../SourceList';
import { isMessageKey, translator } from '../../lib/i18n';
import { pickSources } from '../../data/records';
import { formatFigureValue } from './figure-value';
import '../story/story.css';

type FigureProps = { figure: KeyFigure; lang: Lang; sources: readonly Source[] };

/** Quotes keep their own language; a quote without Chinese characters is English. */
const quoteLang = (quote: string) => (/[\u3400-\u9fff]/.test(quote) ? 'zh' : 'en');

/** One headline number: value and unit, label, as-of date, status, the source's words and the sources. */
export function KeyFigureItem({ figure: f, lang, sources }: FigureProps) {
  const t = translator(lang);
  const key = `keyFiguresUnit_${f.unit}`;
  const unit = isMessageKey(key) ? t(key) : f.unit;
  return (
    <li className="key-figure" data-figure={f.id}>
      <p className="key-figure-value">
        <strong>{formatFigureValue(f.value, lang)}</strong> {unit}
      </p>
      <p className="key-figure-label">{lang === 'zh' ? f.labelZh : f.labelEn}</p>
      <p className="key-figure-meta">
        <time dateTime={f.asOf}>{t('keyFiguresAsOf', { date: formatPartialDate(f.asOf, lang) })}</time>
        {f.status !== 'confirmed' && <span className={`status status-${f.status}`}> {t(`storyStatus_${f.status}`)}</span>}
      </p>
      {/* Notes are English-only data; the Chinese view leaves them out, as the charts do. */}
      {f.note && lang === 'en' && <p className="muted key-figure-note">{f.note}</p>}
      {f.quote && (
        <blockquote className="key-figure-quote" lang={quoteLang(f.quote)} aria-label={t('figuresQuote')}>
          {f.quote}
        </blockquote>
      )}
      <details>
        <summary>{t('keyFiguresSources', { ids: f.sourceIds.join(', ') })}</summary>
        <SourceList sources={pickSources(sources, f.sourceIds)} />
      </details>
    </li>
  );
}

export type KeyFiguresProps = { figures: readonly KeyFigure[]; lang: Lang; sources: readonly Source[] };

/** Headline numbers from the sources, each with its as-of date, status and sources. */
export function KeyFigures({ figures, lang, sources }: KeyFiguresProps) {
  const t = translator(lang);
  return (
    <section className="key-figures" aria-labelledby="key-figures-title">
      <h3 id="key-figures-title">{t('keyFiguresTitle')}</h3>
      <ul>
        {figures.map((f) => <KeyFigureItem key={f.id} figure={f} lang={lang} sources={sources} />)}
      </ul>
    </section>
  );
}

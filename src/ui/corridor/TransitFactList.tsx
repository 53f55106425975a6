import type { TransitFact } from '../../data/corridor-series';
import { translator, type Lang } from '../../lib/i18n';
import { formatFigure, metricLabel } from './stat-labels';

/** Published transit times and route lengths, each with its year, note and sources. */
export function TransitFactList({ facts, lang }: { facts: readonly TransitFact[]; lang: Lang }) {
  const t = translator(lang);
  if (facts.length === 0) return null;
  return (
    <section className="transit-facts">
      <h3>{t('transitTitle')}</h3>
      <ul>
        {facts.map((f) => (
          <li key={`${f.metric}-${f.year}-${f.sourceIds.join()}`}>
            {metricLabel(f.metric, t)}: <strong>{formatFigure(f, lang, t)}</strong> <span className="muted">({f.year})</span>{' '}
            {f.status !== 'confirmed' && <span className={`status status-${f.status}`}>{t(`status_${f.status}`)} </span>}
            <span className="source-id">[{f.sourceIds.join(', ')}]</span>
            {f.note && <span className="muted fact-note"> · {f.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

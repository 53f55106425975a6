import type { Atlas } from '../../data/schema';
import '../places.css';
import type { CityFact, PlaceFact } from '../../data/places-schema';
import { formatFactValue } from '../../lib/fact-format';
import { formatPartialDate } from '../../lib/format';
import type { Lang, MessageKey } from '../../lib/i18n';
import { resolveSources } from '../../state/atlas-queries';
import { useT } from '../../state/use-t';

type Fact = CityFact | PlaceFact;

/** Facts with their figure, status and source (publisher, date, link, quote); `extra` adds links per fact. */
export function FactList({ atlas, facts, lang, extra }: {
  atlas: Atlas; facts: readonly Fact[]; lang: Lang; extra?: (fact: Fact) => React.ReactNode;
}) {
  const t = useT();
  return (
    <ul className="fact-list">
      {facts.map((f) => {
        const figure = formatFactValue(f, lang, t);
        const asOf = 'asOf' in f ? f.asOf : null;
        const reportedBy = 'reportedBy' in f ? f.reportedBy : null;
        return (
          <li key={f.id} className="fact" data-fact={f.id}>
            <span className="badge">{t(`factKind_${f.kind}` as MessageKey)}</span>{' '}
            {'year' in f && <span className="muted">{f.year} · </span>}
            {figure && <strong className="fact-figure">{figure}</strong>}{figure && ' — '}
            <span>{lang === 'zh' ? f.textZh : f.textEn}</span>{' '}
            <span className={`status status-${f.status}`}>{t(`status_${f.status}` as MessageKey)}</span>
            {asOf && <span className="muted"> · {t('factAsOf', { date: formatPartialDate(asOf, lang) })}</span>}
            {reportedBy && <p className="muted">{t('factReportedBy', { who: reportedBy })}</p>}
            {f.note && lang === f.sourceLang && <p className="muted">{f.note}</p>}
            {extra?.(f)}
            <div className="fact-source">
              {lang !== f.sourceLang && <p className="muted">{t(f.sourceLang === 'en' ? 'factTranslated' : 'factSource', { ids: f.sourceIds.join(', ') })}</p>}
              {resolveSources(atlas, f.sourceIds).map((s) => (
                <p key={s.id} className="fact-cite">
                  <span className="source-id">[{s.id}]</span> {s.publisher}
                  {s.date && <>, <time dateTime={s.date}>{formatPartialDate(s.date, lang)}</time></>}:{' '}
                  {s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> : <span>{s.title}</span>}
                  <q lang={f.sourceLang}>{s.quote}</q>
                </p>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

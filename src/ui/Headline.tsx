import { useAppStore } from '../state/store';
import { selectAtlas, selectLang, selectYearSummary } from '../state/selectors';
import { eventsOfYear, groupConflicts, resolveSources } from '../state/atlas-queries';
import type { YearSummary } from '../state/atlas-queries';
import { formatPartialDate } from '../lib/format';
import { SourceList } from './SourceList';
import { type MessageKey, type Translate } from '../lib/i18n';
import { useT } from '../state/use-t';

export function headlineText(s: YearSummary, t: Translate): string {
  const cities =
    s.citiesTotal !== null
      ? `${t('pilotCitiesCount', { total: s.citiesTotal })} (${t('namedCount', { named: s.named })})`
      : s.named > 0
        ? `${t('citiesNotPublished')} (${t('namedCount', { named: s.named })})`
        : t('listNotPublished');
  const measures = s.measuresTotal !== null ? t('measuresCount', { total: s.measuresTotal }) : t('measuresNotPublished');
  return `${s.year} · ${cities} · ${measures}`;
}

/** True in the layout of app.css's narrow screens. */
const isPhoneLayout = () => typeof window !== 'undefined' && !!window.matchMedia?.('(max-width: 760px)').matches;

/** The year's counts, announced to screen readers when they change. */
export function Headline() {
  const summary = useAppStore(selectYearSummary);
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const t = useT();
  if (!summary || !atlas) return null;
  const launches = groupConflicts(eventsOfYear(atlas, summary.year).filter((e) => e.kind === 'action'));
  return (
    <section className="headline" aria-labelledby="headline-text">
      <p id="headline-text" className="headline-counts" aria-live="polite" aria-atomic="true">
        {headlineText(summary, t)}
      </p>
      <p className="headline-sub">
        {summary.citiesTotal !== null && (
          <span className="badge">{t('nOfMNamed', { named: summary.named, total: summary.citiesTotal })}</span>
        )}
        {summary.added > 0 && <span className="badge badge-new">{t('addedThisYear', { n: summary.added })}</span>}
      </p>
      {launches.map((group) => {
        const [lead] = group;
        const publishers = (ids: string[]) => resolveSources(atlas, ids).map((src) => src.publisher).join('; ');
        if (group.length === 1)
          return (
            <p key={lead!.id} className="launch">
              {lang === 'zh' ? lead!.titleZh : lead!.titleEn}: <time dateTime={lead!.date}>{formatPartialDate(lead!.date, lang)}</time>{' '}
              <span className="muted">({publishers(lead!.sourceIds)})</span>
            </p>
          );
        return (
          // Folded on a phone, so the map and the year slider stay on the first screen; the summary gives the span.
          <details key={lead!.id} className="launch conflict" open={!isPhoneLayout()}>
            <summary>
              <strong>{t('conflictingDates')}</strong>{' '}
              <span className="muted">
                {t('conflictingDatesSpan', { n: group.length, first: formatPartialDate(lead!.date, lang), last: formatPartialDate(group[group.length - 1]!.date, lang) })}
              </span>
            </summary>
            <ul>
              {group.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.date}>{formatPartialDate(e.date, lang)}</time>{' '}
                  <span className={`status status-${e.status}`}>{t(`status_${e.status}` as MessageKey)}</span>{' '}
                  <span className="muted">— {publishers(e.sourceIds)}</span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
      {summary.program && (
        <details className="year-notes">
          <summary>{t('aboutYear', { year: summary.year })}</summary>
          {/* Notes are written in English in data/program-years.csv. */}
          {summary.program.note && <p lang="en">{summary.program.note}</p>}
          <SourceList sources={resolveSources(atlas, summary.program.sourceIds)} />
        </details>
      )}
    </section>
  );
}

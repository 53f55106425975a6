import type { PolicyEvent, Source } from '../../data/schema';
import type { Lang } from '../../lib/i18n';
import { formatPartialDate } from '../../lib/format';
import { eventYear, groupConflicts } from '../../state/atlas-queries';
import { SourceList } from '../SourceList';
import { translator, type Translate } from '../../lib/i18n';
import { pickSources } from '../../data/records';
import '../story/story.css';

export type EventListProps = {
  events: readonly PolicyEvent[];
  lang: Lang;
  sources: readonly Source[];
  /** Highlights this year's group; null for none. */
  year?: number | null;
  /** Called when a year heading is chosen, e.g. to move the slider. */
  onSelectYear?: (year: number) => void;
};

/** Conflict groups (or single events) by the year of their best-sourced event, oldest first. */
export function eventsByYear(events: readonly PolicyEvent[]): [number, PolicyEvent[][]][] {
  const byYear = new Map<number, PolicyEvent[][]>();
  for (const group of groupConflicts([...events])) {
    const year = eventYear(group[0]!);
    byYear.set(year, [...(byYear.get(year) ?? []), group]);
  }
  const sortGroups = (groups: PolicyEvent[][]) => groups.sort((a, b) => a[0]!.date.localeCompare(b[0]!.date));
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([y, groups]) => [y, sortGroups(groups)]);
}

function EventCard({ event, lang, sources, t }: { event: PolicyEvent; lang: Lang; sources: readonly Source[]; t: Translate }) {
  const summary = lang === 'zh' ? event.summaryZh : event.summaryEn;
  return (
    <div className={`event-card event-${event.kind}`}>
      <p className="event-meta">
        <time dateTime={event.date}>{formatPartialDate(event.date, lang)}</time>
        <span className="event-kind">{t(`eventKind_${event.kind}`)}</span>
        <span className={`status status-${event.status}`}>{t(`storyStatus_${event.status}`)}</span>
      </p>
      <h5>{lang === 'zh' ? event.titleZh : event.titleEn}</h5>
      {summary && <p>{summary}</p>}
      <details>
        <summary>{t('eventsSourcesOf', { ids: event.sourceIds.join(', ') })}</summary>
        <SourceList sources={pickSources(sources, event.sourceIds)} />
      </details>
    </div>
  );
}

/** The policy and corridor events, grouped by year; conflicting dates sit side by side. */
export function EventList({ events, lang, sources, year = null, onSelectYear }: EventListProps) {
  const t = translator(lang);
  const years = eventsByYear(events);
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h3 id="event-list-title">{t('eventsTitle')}</h3>
      {years.length === 0 && <p className="muted">{t('eventsEmpty')}</p>}
      {years.map(([y, groups]) => (
        <section key={y} className={y === year ? 'event-year current' : 'event-year'} aria-labelledby={`event-year-${y}`}>
          <h4 id={`event-year-${y}`} className="event-year-heading">
            {onSelectYear ? <button type="button" onClick={() => onSelectYear(y)}>{y}</button> : y}
          </h4>
          <ul>
            {groups.map((group) =>
              group.length === 1 ? (
                <li key={group[0]!.id}><EventCard event={group[0]!} lang={lang} sources={sources} t={t} /></li>
              ) : (
                <li key={group[0]!.id} className="event-conflict">
                  <p className="event-conflict-label">{t('eventsConflict')}</p>
                  <div className="event-conflict-columns">
                    {group.map((e) => <EventCard key={e.id} event={e} lang={lang} sources={sources} t={t} />)}
                  </div>
                </li>
              ),
            )}
          </ul>
        </section>
      ))}
    </section>
  );
}

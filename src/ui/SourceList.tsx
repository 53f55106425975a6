import { memo } from 'react';
import type { Source } from '../data/schema';
import type { Lang } from '../lib/i18n';
import { formatPartialDate } from '../lib/format';
import { useT } from '../state/use-t';
import { useAppStore } from '../state/store';
import { selectLang } from '../state/selectors';

/** One source; a year step renders only the sources that are new to the list. */
const SourceItem = memo(function SourceItem({ source: s, lang }: { source: Source; lang: Lang }) {
  return (
    <li>
      <span className="source-id">[{s.id}]</span> {s.publisher}
      {s.date && <>, <time dateTime={s.date}>{formatPartialDate(s.date, lang)}</time></>}:{' '}
      {s.url ? (
        <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a>
      ) : (
        <span>{s.title}</span>
      )}
      <blockquote>{s.quote}</blockquote>
      {s.note && <p className="muted">{s.note}</p>}
    </li>
  );
});

export function SourceList({ sources }: { sources: Source[] }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  return (
    <section className="sources">
      <h3>{t('sources')}</h3>
      <ol>
        {sources.map((s) => <SourceItem key={s.id} source={s} lang={lang} />)}
      </ol>
    </section>
  );
}

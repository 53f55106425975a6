import { memo, useMemo } from 'react';
import { appStore, useAppStore } from '../state/store';
import { selectAtlas, selectIsPlaying, selectLang, selectYear, selectYears } from '../state/selectors';
import { eventsOfYear } from '../state/atlas-queries';
import { useT } from '../state/use-t';
import { usePlayback } from './use-playback';

/** One year under the slider; a year step renders the two ticks whose mark moves. */
const Tick = memo(function Tick({ year, current, events }: { year: number; current: boolean; events: string }) {
  return (
    <li className={current ? 'current' : undefined} title={events}>
      <span className="tick-label">{year}</span>
      {events && <span className="tick-event" />}
    </li>
  );
});

export function Timeline() {
  usePlayback();
  const year = useAppStore(selectYear);
  const years = useAppStore(selectYears);
  const isPlaying = useAppStore(selectIsPlaying);
  const atlas = useAppStore(selectAtlas);
  const lang = useAppStore(selectLang);
  const t = useT();
  const { setYear, stepYear, play, pause } = appStore.getState();
  const first = years[0]!;
  const last = years[years.length - 1]!;
  // Each year's event titles change with the data and the language, not with the year shown.
  const eventTitles = useMemo(
    () => years.map((y) => (atlas ? eventsOfYear(atlas, y) : []).map((e) => (lang === 'zh' ? e.titleZh : e.titleEn)).join('\n')),
    [atlas, years, lang],
  );

  return (
    <section className="timeline" aria-label={t('year')}>
      <div className="timeline-controls">
        <button type="button" onClick={() => stepYear(-1)} disabled={year === first} aria-label={t('previousYear')}>
          ‹
        </button>
        <button type="button" className="play" onClick={isPlaying ? pause : play} aria-label={isPlaying ? t('pause') : t('play')}>
          {isPlaying ? '❚❚' : '▶'}
        </button>
        <button type="button" onClick={() => stepYear(1)} disabled={year === last} aria-label={t('nextYear')}>
          ›
        </button>
        <output className="timeline-year" aria-hidden="true">{year}</output>
      </div>
      <input
        type="range"
        className="year-slider"
        min={first}
        max={last}
        step={1}
        value={year}
        aria-label={t('year')}
        aria-valuetext={String(year)}
        onChange={(e) => {
          pause();
          setYear(e.currentTarget.valueAsNumber);
        }}
      />
      <ol className="timeline-ticks" aria-hidden="true">
        {years.map((y, i) => <Tick key={y} year={y} current={y === year} events={eventTitles[i]!} />)}
      </ol>
    </section>
  );
}

import type { KeyboardEvent } from 'react';
import type { PolicyEvent, Source } from '../../data/schema';
import type { StoryStep } from '../../data/schema';
import type { Lang } from '../../lib/i18n';
import { formatPartialDate } from '../../lib/format';
import { clampStep, isFirstStep, isLastStep, nextStep, prevStep, progressOf, stepAt } from '../../story/story-controller';
import { SourceList } from '../SourceList';
import { translator } from '../../lib/i18n';
import { pickSources } from '../../data/records';
import './story.css';

export type StoryPanelProps = {
  steps: readonly StoryStep[];
  /** The step shown, from 1. */
  current: number;
  lang: Lang;
  /** All sources; the step's own are picked by id. */
  sources: readonly Source[];
  /** All events; the step's own are picked by id. */
  events?: readonly PolicyEvent[];
  /** The deep link of a step, e.g. `(n) => storyHref(location.search, n)`. */
  hrefFor?: (n: number) => string;
  onGoTo: (n: number) => void;
  onExit: () => void;
};

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** One step of the story beside the map; arrow keys move between steps while focus is inside. */
export function StoryPanel({ steps, current, lang, sources, events = [], hrefFor, onGoTo, onExit }: StoryPanelProps) {
  const t = translator(lang);
  const total = steps.length;
  const n = clampStep(current, total);
  const step = stepAt(steps, n);
  if (!step) return null;
  const progress = progressOf(n, total);
  const atFirst = isFirstStep(n);
  const atLast = isLastStep(n, total);
  const stepEvents = step.eventIds.flatMap((id) => events.find((e) => e.id === id) ?? []);
  const go = (to: number) => { if (to !== n) onGoTo(to); };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (TYPING.has(target.tagName) || target.isContentEditable || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowLeft') go(prevStep(n, total));
    else if (e.key === 'ArrowRight') go(nextStep(n, total));
    else if (e.key === 'Escape') onExit();
    else return;
    e.preventDefault();
  };

  return (
    <section className="story-panel" aria-label={t('storyRegion')} onKeyDown={onKeyDown}>
      <div className="story-progress">
        <p className="story-step-of" aria-live="polite" aria-atomic="true">{t('storyStepOf', { n, total })}</p>
        <div
          className="story-progress-bar"
          role="progressbar"
          aria-label={t('storyProgress')}
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={n}
          aria-valuetext={t('storyStepOf', { n, total })}
        >
          <span style={{ width: `${progress.percent}%` }} />
        </div>
      </div>

      <article className="story-step">
        <p className="story-year">{t('storyYear', { year: step.year })}</p>
        <h2 className="story-title">{lang === 'zh' ? step.titleZh : step.titleEn}</h2>
        <p className="story-text">{lang === 'zh' ? step.textZh : step.textEn}</p>
        {stepEvents.length > 0 && (
          <section className="story-events" aria-label={t('storyEvents')}>
            <ul>
              {stepEvents.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.date}>{formatPartialDate(e.date, lang)}</time> {lang === 'zh' ? e.titleZh : e.titleEn}
                </li>
              ))}
            </ul>
          </section>
        )}
        <SourceList sources={pickSources(sources, step.sourceIds)} />
      </article>

      {/* aria-disabled keeps a disabled button focusable, so keyboard focus never drops to the page. */}
      <div className="story-nav">
        <button type="button" aria-disabled={atFirst} onClick={() => !atFirst && go(prevStep(n, total))}>
          ‹ {t('storyPrevious')}
        </button>
        <button type="button" aria-disabled={atLast} onClick={() => !atLast && go(nextStep(n, total))}>
          {t('storyNext')} ›
        </button>
        <button type="button" className="story-exit" onClick={onExit}>{t('storyExit')}</button>
      </div>
      <p className="story-footer">
        {hrefFor && <a href={hrefFor(n)}>{t('storyLinkToStep')}</a>}
        <span className="muted">{t('storyKeysHint')}</span>
      </p>
    </section>
  );
}

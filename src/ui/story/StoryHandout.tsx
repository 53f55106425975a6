import type { Source } from '../../data/schema';
import type { StoryStep } from '../../data/schema';
import type { Lang } from '../../lib/i18n';
import { SourceList } from '../SourceList';
import { translator } from '../../lib/i18n';
import { pickSources } from '../../data/records';
import './story.css';

/** A map picture for a step, e.g. a canvas snapshot taken by the app; null until one exists. */
export type StepImage = { src: string; width?: number; height?: number } | null;

export type StoryHandoutProps = {
  steps: readonly StoryStep[];
  lang: Lang;
  sources: readonly Source[];
  /** The slot for each step's map image; without it every step shows a placeholder. */
  imageFor?: (step: StoryStep) => StepImage;
  /** Defaults to the browser's print dialog. */
  onPrint?: () => void;
};

/** Every step on one page, for reading on paper; story.css holds its print stylesheet. */
export function StoryHandout({ steps, lang, sources, imageFor, onPrint }: StoryHandoutProps) {
  const t = translator(lang);
  const print = onPrint ?? (() => window.print());
  return (
    <article className="story-handout" aria-labelledby="story-handout-title">
      <header className="handout-header">
        <h1 id="story-handout-title">{t('handoutTitle', { n: steps.length })}</h1>
        <p>{t('handoutIntro')}</p>
        <button type="button" className="handout-print" onClick={print}>{t('handoutPrint')}</button>
      </header>
      <ol className="handout-steps">
        {steps.map((step) => {
          const title = lang === 'zh' ? step.titleZh : step.titleEn;
          const image = imageFor?.(step) ?? null;
          return (
            <li key={step.step} className="handout-step">
              <p className="story-year">{t('handoutStep', { n: step.step, year: step.year })}</p>
              <h2>{title}</h2>
              <figure className="handout-map">
                {image ? (
                  <img src={image.src} width={image.width} height={image.height} alt={t('handoutMapAlt', { n: step.step, title })} />
                ) : (
                  <div className="handout-map-placeholder" role="img" aria-label={t('handoutNoMap')}>{t('handoutNoMap')}</div>
                )}
              </figure>
              <p className="story-text">{lang === 'zh' ? step.textZh : step.textEn}</p>
              <SourceList sources={pickSources(sources, step.sourceIds)} />
            </li>
          );
        })}
      </ol>
    </article>
  );
}

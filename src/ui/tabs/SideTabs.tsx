import { retryableLazy } from '../retryable-lazy';
import { Suspense, useRef, type KeyboardEvent } from 'react';
import { appStore, useAppStore, PANEL_IDS, type PanelId } from '../../state/store';
import { selectPanel } from '../../state/selectors';
import { useT } from '../../state/use-t';
import type { MessageKey } from '../../lib/i18n';
import { OverviewTab } from './OverviewTab';
import { PanelBoundary } from '../PanelBoundary';

// Heavier panels load on first use, so the main view (and embeds) stay light.
const CorridorsTab = retryableLazy(() => import('./CorridorsTab'), (m) => m.CorridorsTab);
const RoutesTab = retryableLazy(() => import('./RoutesTab'), (m) => m.RoutesTab);
const StoryTab = retryableLazy(() => import('./StoryTab'), (m) => m.StoryTab);
const FiguresTab = retryableLazy(() => import('./FiguresTab'), (m) => m.FiguresTab);
const MeasuresTab = retryableLazy(() => import('./MeasuresTab'), (m) => m.MeasuresTab);

const LABEL: Record<PanelId, MessageKey> = {
  overview: 'tabOverview', figures: 'tabFigures', corridors: 'tabCorridors', routes: 'tabRoutes', story: 'tabStory', measures: 'tabMeasures',
};

/** The side panel's sections as tabs (arrow keys move between them, as WAI-ARIA tabs do). */
export function SideTabs() {
  const panel = useAppStore(selectPanel);
  const t = useT();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent) => {
    const i = PANEL_IDS.indexOf(panel);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? PANEL_IDS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const id = PANEL_IDS[(next + PANEL_IDS.length) % PANEL_IDS.length]!;
    appStore.getState().setPanel(id);
    tabs.current[PANEL_IDS.indexOf(id)]?.focus();
  };
  return (
    <div className="side-tabs">
      <div role="tablist" aria-label={t('tabsLabel')} className="tablist" onKeyDown={onKey}>
        {PANEL_IDS.map((id, i) => (
          <button
            key={id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={panel === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={panel === id ? 0 : -1}
            onClick={() => appStore.getState().setPanel(id)}
          >
            {t(LABEL[id])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tabpanel">
        <PanelBoundary key={panel} message={t('panelFailed')} retryLabel={t('retry')}>
        <Suspense fallback={<p className="muted">{t('loading')}</p>}>
          {panel === 'overview' && <OverviewTab />}
          {panel === 'figures' && <FiguresTab />}
          {panel === 'corridors' && <CorridorsTab />}
          {panel === 'routes' && <RoutesTab />}
          {panel === 'story' && <StoryTab />}
          {panel === 'measures' && <MeasuresTab />}
        </Suspense>
        </PanelBoundary>
      </div>
    </div>
  );
}

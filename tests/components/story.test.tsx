// @vitest-environment happy-dom
import { useState } from 'react';
import { beforeAll, afterEach, describe, expect, test, vi } from 'vitest';
import { loadCatalogue } from '../../src/lib/i18n';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Measure } from '../../src/data/schema';
import { StoryPanel } from '../../src/ui/story/StoryPanel';
import { StoryHandout } from '../../src/ui/story/StoryHandout';
import { EventList } from '../../src/ui/events/EventList';
import { MeasuresBrowser } from '../../src/ui/measures/MeasuresBrowser';
import { KeyFigures } from '../../src/ui/figures/KeyFigures';
import { makeAtlas, makeCity, makeEvent } from '../fixtures/atlas';
import { makeKeyFigure, makeMeasure, makeMeasureSet, makeStep, makeSteps } from '../fixtures/story';

const { sources } = makeAtlas();
afterEach(cleanup);

/** The panel with its step held in state, as the app will hold it in the store. */
function StoryHarness({ start = 1, onExit = () => {} }: { start?: number; onExit?: () => void }) {
  const [current, setCurrent] = useState(start);
  return <StoryPanel steps={makeSteps(3)} current={current} lang="en" sources={sources} onGoTo={setCurrent} onExit={onExit} />;
}


// Chinese messages load on first use in the app; these tests show Chinese text.
beforeAll(() => loadCatalogue('zh'));
describe('story panel', () => {
  test('shows the step, its progress and its sources', () => {
    render(<StoryHarness start={2} />);
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Story progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    expect(bar.getAttribute('aria-valuemax')).toBe('3');
    expect(screen.getByRole('heading', { name: 'Title 2' })).toBeTruthy();
    expect(screen.getByText('Test title')).toBeTruthy();
  });

  test('arrow keys move between steps while focus is inside', () => {
    render(<StoryHarness start={2} />);
    const next = screen.getByRole('button', { name: /Next step/ });
    next.focus();
    fireEvent.keyDown(next, { key: 'ArrowRight' });
    expect(screen.getByText('Step 3 of 3')).toBeTruthy();
    fireEvent.keyDown(next, { key: 'ArrowLeft' });
    fireEvent.keyDown(next, { key: 'ArrowLeft' });
    expect(screen.getByText('Step 1 of 3')).toBeTruthy();
  });

  test('the buttons move between steps and stop at the ends without losing focus', () => {
    render(<StoryHarness start={2} />);
    const next = screen.getByRole('button', { name: /Next step/ });
    fireEvent.click(next);
    expect(screen.getByText('Step 3 of 3')).toBeTruthy();
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(screen.getByText('Step 3 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Previous step/ }));
    expect(screen.getByText('Step 2 of 3')).toBeTruthy();
  });

  test('Escape leaves the story', () => {
    const onExit = vi.fn();
    render(<StoryHarness onExit={onExit} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Exit story' }), { key: 'Escape' });
    expect(onExit).toHaveBeenCalledOnce();
  });

  test('each step has a deep link', () => {
    render(<StoryPanel steps={makeSteps(3)} current={3} lang="en" sources={sources} hrefFor={(n) => `?story=${n}`} onGoTo={() => {}} onExit={() => {}} />);
    expect(screen.getByRole('link', { name: 'Link to this step' }).getAttribute('href')).toBe('?story=3');
  });

  test('the text switches to Chinese', () => {
    render(<StoryPanel steps={makeSteps(3)} current={1} lang="zh" sources={sources} onGoTo={() => {}} onExit={() => {}} />);
    expect(screen.getByText('第 1 步，共 3 步')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '标题 1' })).toBeTruthy();
  });
});

describe('measures browser', () => {
  const sets = [makeMeasureSet({ id: 'set-a', total: 29 }), makeMeasureSet({ id: 'set-b', year: 2026, titleEn: 'Set B', total: 29 })];
  const measures: Measure[] = [
    makeMeasure({ id: 'm1', titleEn: 'Lithium batteries', cityIds: ['qingdao'] }),
    makeMeasure({ id: 'm2', titleEn: 'Air cargo', groupEn: 'Direction two', groupZh: '方向二' }),
  ];
  const cities = [makeCity({ id: 'qingdao', nameEn: 'Qingdao' })];
  const renderBrowser = (onSelectMeasure = vi.fn()) => {
    render(<MeasuresBrowser measureSets={sets} measures={measures} cities={cities} lang="en" sources={sources} onSelectMeasure={onSelectMeasure} />);
    return onSelectMeasure;
  };

  test('says how many of each set are listed and that the rest are not yet', () => {
    renderBrowser();
    expect(screen.getByText('2 of 29 listed; the rest not yet listed in sources')).toBeTruthy();
    expect(screen.getByText('0 of 29 listed; the rest not yet listed in sources')).toBeTruthy();
    expect(screen.getByText('None of these measures is listed in the sources found so far.')).toBeTruthy();
  });

  test('the city filter changes the listed measures', () => {
    renderBrowser();
    expect(screen.getByRole('button', { name: 'Air cargo' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('City'), { target: { value: 'qingdao' } });
    expect(screen.queryByRole('button', { name: 'Air cargo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Lithium batteries' })).toBeTruthy();
    expect(screen.getByText('Showing 1 of the 2 listed')).toBeTruthy();
  });

  test('the direction filter changes the listed measures', () => {
    renderBrowser();
    fireEvent.change(screen.getByLabelText('Direction'), { target: { value: 'Direction two' } });
    expect(screen.queryByRole('button', { name: 'Lithium batteries' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Air cargo' })).toBeTruthy();
  });

  test('choosing a measure hands over its cities for the map', () => {
    const onSelect = renderBrowser();
    fireEvent.click(screen.getByRole('button', { name: 'Lithium batteries' }));
    expect(onSelect).toHaveBeenCalledOnce();
    expect(onSelect.mock.calls[0]![0].cityIds).toEqual(['qingdao']);
    expect(screen.getByText('Piloted or reported in: Qingdao')).toBeTruthy();
  });
});

describe('event list', () => {
  test('groups events by year and shows conflicting dates side by side', () => {
    render(<EventList lang="en" sources={sources} events={[
      makeEvent({ id: 'plan', date: '2018-10-13', kind: 'policy', titleEn: 'A plan' }),
      makeEvent({ id: 'one', date: '2026-03-16', conflictGroup: 'launch', titleEn: 'Launch (wire)' }),
      makeEvent({ id: 'two', date: '2026-06-06', conflictGroup: 'launch', status: 'uncertain', titleEn: 'Launch (doubtful)' }),
    ]} />);
    expect(screen.getByRole('heading', { name: '2018' })).toBeTruthy();
    const conflict = screen.getByText('Sources disagree on the date').closest('li')!;
    expect(within(conflict).getByText('16 Mar 2026')).toBeTruthy();
    expect(within(conflict).getByText('6 Jun 2026')).toBeTruthy();
    expect(within(conflict).getByText('uncertain')).toBeTruthy();
  });
});

describe('key figures and handout', () => {
  test('a figure shows its value, unit, as-of date and sources', () => {
    render(<KeyFigures lang="en" sources={sources} figures={[makeKeyFigure()]} />);
    expect(screen.getByText('1,234')).toBeTruthy();
    expect(screen.getByText('as of Dec 2025')).toBeTruthy();
    expect(screen.getByText('Sources: S01')).toBeTruthy();
  });

  test('the handout lists every step with its map slot', () => {
    render(<StoryHandout lang="en" sources={sources} steps={[makeStep(1), makeStep(2)]} imageFor={(s) => (s.step === 1 ? { src: 'map-1.png' } : null)} />);
    expect(screen.getByRole('img', { name: 'Map for step 1: Title 1' }).getAttribute('src')).toBe('map-1.png');
    expect(screen.getByRole('img', { name: 'Map image not available' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Title 1', 'Title 2']);
  });
});

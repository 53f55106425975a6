// @vitest-environment happy-dom
import { beforeAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCatalogue, translator } from '../../src/lib/i18n';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { appStore } from '../../src/state/store';
import { CityTable } from '../../src/ui/CityTable';
import { Headline } from '../../src/ui/Headline';
import { Timeline } from '../../src/timeline/Timeline';
import { GrowthChart } from '../../src/ui/GrowthChart';
import { makeAtlas, makeCity, makeCityYear, makeEvent, makeProgramYear } from '../fixtures/atlas';

const atlas = makeAtlas({
  cities: [
    makeCity({ id: 'early', nameEn: 'Early', years: [makeCityYear(2024), makeCityYear(2025, { status: 'inferred' })] }),
    makeCity({ id: 'later', nameEn: 'Later', nameZh: '后来', years: [makeCityYear(2025)] }),
  ],
  programYears: Array.from({ length: 9 }, (_, i) =>
    makeProgramYear(2018 + i, 2018 + i === 2025 ? { citiesTotal: 5, citiesTotalStatus: 'confirmed', measuresTotal: 9, measuresTotalStatus: 'confirmed' } : {}),
  ),
  events: [
    makeEvent({ id: 'one', date: '2025-03-16', conflictGroup: 'launch', titleEn: 'Launch' }),
    makeEvent({ id: 'two', date: '2025-06-06', conflictGroup: 'launch', status: 'uncertain' }),
  ],
});
const initial = appStore.getState();

beforeEach(() => {
  appStore.setState(initial, true);
  appStore.getState().setAtlas(atlas);
  appStore.getState().setYear(2025);
});
afterEach(cleanup);


// Chinese messages load on first use in the app; these tests show Chinese text.
beforeAll(() => loadCatalogue('zh'));
describe('sidebar', () => {
  test('the headline gives the official count and how many are named', () => {
    render(<Headline />);
    expect(screen.getByText('2025 · 5 pilot cities (2 named) · 9 measures')).toBeTruthy();
    expect(screen.getByText('2 of 5 named in sources')).toBeTruthy();
  });

  test('conflicting dates are both shown', () => {
    render(<Headline />);
    expect(screen.getByText('16 Mar 2025')).toBeTruthy();
    expect(screen.getByText('6 Jun 2025')).toBeTruthy();
  });

  test("the table lists the year's cities with their status and follows the year", () => {
    render(<CityTable />);
    const table = screen.getByRole('table', { name: 'Pilot cities' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['EarlyProvince A2024inferred', 'LaterAdded this yearProvince A2025confirmed']);
    expect(screen.getByText('3 of the 5 pilot cities of 2025 are not named in any source found.')).toBeTruthy();
    act(() => appStore.getState().setYear(2024));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    // A row that stays takes the year's status and badge.
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('EarlyAdded this yearProvince A2024confirmed');
    act(() => appStore.getState().setYear(2025));
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('EarlyProvince A2024inferred');
  });

  test('choosing a city in the table selects it', () => {
    render(<CityTable />);
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(appStore.getState().selection).toEqual({ kind: 'city', id: 'later' });
  });

  test('the slider and the step buttons change the year', () => {
    render(<Timeline />);
    const slider = screen.getByRole('slider', { name: 'Year' });
    fireEvent.change(slider, { target: { value: '2019' } });
    expect(appStore.getState().year).toBe(2019);
    fireEvent.click(screen.getByRole('button', { name: 'Next year' }));
    expect(appStore.getState().year).toBe(2020);
    fireEvent.click(screen.getByRole('button', { name: 'Previous year' }));
    expect(appStore.getState().year).toBe(2019);
  });

  test('a year step moves the mark of the year on the timeline and the chart; a language switch relabels them', () => {
    render(<><Timeline /><GrowthChart /></>);
    const tick = () => document.querySelector('.timeline-ticks .current')?.textContent;
    const column = () => screen.getAllByRole('button', { pressed: true }).map((b) => b.getAttribute('aria-label')!.split(' — ')[0]);
    expect(tick()).toBe('2025');
    expect(column()).toEqual(['Select 2025']);
    act(() => appStore.getState().setYear(2024));
    expect(tick()).toBe('2024');
    expect(column()).toEqual(['Select 2024']);
    act(() => appStore.getState().setLang('zh'));
    expect(column()).toEqual([translator('zh')('selectYear', { year: 2024 })]);
    expect(column()).not.toEqual(['Select 2024']);
  });

  test('labels switch to Chinese', () => {
    act(() => appStore.getState().setLang('zh'));
    render(<CityTable />);
    expect(screen.getByRole('table', { name: '试点城市' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '后来' })).toBeTruthy();
  });
});

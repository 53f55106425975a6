// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, afterEach, describe, expect, test, vi } from 'vitest';
import { loadCatalogue } from '../../src/lib/i18n';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Atlas, CorridorId } from '../../src/data/schema';
import { chartableMetrics } from '../../src/data/corridor-series';
import { CorridorPanel, type CorridorPanelProps } from '../../src/ui/corridor/CorridorPanel';

// The data tests validate atlas.json against the schema; here it is only the input a user would see.
const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/atlas.json'), 'utf8')) as Atlas;

const renderPanel = (over: Partial<CorridorPanelProps> = {}) => {
  const props: CorridorPanelProps = {
    atlas, corridorId: 'cre', lineId: null, year: 2025, lang: 'en', onSelectLine: vi.fn(), onSelectYear: vi.fn(), ...over,
  };
  render(<CorridorPanel {...props} />);
  return props;
};

const chartTitled = (name: string) =>
  screen.getAllByRole('figure').find((f) => within(f).queryByRole('group', { name }) !== null)!;

afterEach(cleanup);


// Chinese messages load on first use in the app; these tests show Chinese text.
beforeAll(() => loadCatalogue('zh'));
describe('corridor panel', () => {
  test('names the corridor in both languages', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: /China–Europe Railway Express/ }).textContent).toContain('中欧班列');
  });

  test('lists every line with its drawn length, and the sourced route length beside it', () => {
    renderPanel();
    const cre = atlas.lines.filter((l) => l.corridorId === 'cre');
    const lines = within(screen.getByRole('region', { name: `Lines (${cre.length})` }));
    const yuxinou = lines.getByRole('button', { name: /Chongqing–Duisburg \(Yuxinou\)/ });
    expect(yuxinou.textContent).toContain('9,144 km drawn');
    expect(yuxinou.textContent).toContain('route 11,179 km per source');
    expect(screen.getByText(/shorter than the track distance/)).toBeTruthy();
    expect(lines.getAllByRole('button', { pressed: false })).toHaveLength(cre.length);
  });

  test('choosing a line selects it, and choosing it again clears the selection', () => {
    const first = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: /Chongqing–Duisburg \(Yuxinou\)/ }));
    expect(first.onSelectLine).toHaveBeenCalledWith('CRE-W1');
    cleanup();
    const second = renderPanel({ lineId: 'CRE-W1' });
    fireEvent.click(screen.getByRole('button', { name: /Chongqing–Duisburg \(Yuxinou\)/, pressed: true }));
    expect(second.onSelectLine).toHaveBeenCalledWith(null);
  });

  test('the selected line shows its stops with their notes', () => {
    renderPanel({ lineId: 'CRE-W1' });
    const stops = screen.getByRole('list', { name: /Stops of Chongqing–Duisburg/ });
    expect(within(stops).getByText('Alashankou')).toBeTruthy();
    expect(within(stops).getByText(/Gauge change 1,435\/1,520 mm at the China–Kazakhstan border/)).toBeTruthy();
    expect(within(stops).queryByText(/waypoint/)).toBeNull();
  });

  test('shows transit times with their sources', () => {
    renderPanel();
    const item = screen.getByText('Chongqing → Duisburg:').closest('li')!;
    expect(item.textContent).toContain('14–16 days');
    expect(item.textContent).toContain('[S-T06, S-T07]');
  });

  test.each<CorridorId>(['srm', 'cre', 'lsc'])('draws one chart per chartable metric of %s', (corridorId) => {
    renderPanel({ corridorId });
    expect(screen.getAllByRole('figure')).toHaveLength(chartableMetrics(atlas.stats, corridorId).length);
  });

  test('charts yearly volumes first', () => {
    renderPanel();
    const titles = screen.getAllByRole('figure').map((f) => f.querySelector('figcaption strong')?.textContent);
    expect(titles.slice(0, 2)).toEqual(['Trains per year', 'Containers per year']);
  });

  test('cites the sources quoted in the notes of the selected line', () => {
    renderPanel({ lineId: 'CRE-W1' });
    const sources = screen.getByRole('heading', { name: 'Sources' }).closest('section')!;
    expect(within(sources).getByText('[S-T10]')).toBeTruthy();
  });

  test('a year without a figure is shown as "no data", not as a zero bar', () => {
    renderPanel();
    const trains = chartTitled('Trains per year');
    expect(within(trains).getByRole('button', { name: /2019: no data/ })).toBeTruthy();
    expect(within(trains).getByRole('button', { name: /2024: 19,392 trains/ })).toBeTruthy();
    expect(trains.querySelector('figcaption')!.textContent).toContain('(trains)');
  });

  test('a part-year figure says so and keeps its sources', () => {
    renderPanel();
    const trains = chartTitled('Trains per year');
    expect(within(trains).getByRole('button', { name: /2022: 15,162 trains \(part year, to Nov 2022\).*\[S-P27\]/ })).toBeTruthy();
    const sourcesLine = within(trains).getByText((_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith('Sources:'));
    expect(sourcesLine.textContent).toContain('S-P27');
  });

  test('choosing a bar selects its year', () => {
    const props = renderPanel();
    fireEvent.click(within(chartTitled('Trains per year')).getByRole('button', { name: /2024:/ }));
    expect(props.onSelectYear).toHaveBeenCalledWith(2024);
  });

  test('the selected year is marked in every chart', () => {
    renderPanel({ year: 2021, corridorId: 'srm' });
    for (const figure of screen.getAllByRole('figure')) {
      expect(within(figure).getByRole('button', { pressed: true }).getAttribute('aria-label')).toMatch(/^Select 2021/);
    }
  });

  test('switches to Chinese', () => {
    renderPanel({ lang: 'zh', corridorId: 'lsc' });
    expect(screen.getByRole('heading', { level: 2, name: /西部陆海新通道/ })).toBeTruthy();
    expect(screen.getByRole('group', { name: '年开行班列' })).toBeTruthy();
  });
});

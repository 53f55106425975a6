import { describe, expect, test } from 'vitest';
import { buildAtlas } from '../../scripts/data-build/build';
import { DATA_DIR } from './fixture-dir';

// The facts of the five founding articles that the data carries, each with the source that publishes it.
const result = buildAtlas(DATA_DIR);
const atlas = result.ok ? result.atlas : null;

const KEY_FIGURES: [id: string, value: number, sourceId: string][] = [
  ['single-window-departments', 30, 'S04'],
  ['single-window-services', 964, 'S04'],
  ['single-window-users', 11_000_000, 'S04'],
  ['single-window-declarations-per-day', 26_000_000, 'S04'],
  ['single-window-partners', 15, 'S04'],
  ['aeo-enterprises-benefited', 3000, 'S04'],
  ['aeo-mutual-recognition', 57, 'S04'],
  ['agencies-2021-2025', 20, 'S04'],
  ['provinces-2021-2025', 17, 'S04'],
  ['world-bank-survey-2025', 53, 'S04'],
  ['bonded-maintenance-growth', 8.7, 'S04'],
  ['fyp14-trade-tonnes', 5_200_000_000, 'S03'],
  ['fyp14-trade-value-yuan', 42_300_000_000_000, 'S03'],
  ['fyp14-trade-value-usd', 6_070_000_000_000, 'S03'],
  ['fyp14-comprehensive-bonded-areas', 19, 'S03'],
  ['fyp14-ports-opened', 41, 'S03'],
  ['top-three-partner', 160, 'S03'],
  ['agencies-2025', 20, 'S02'],
  ['pilot-cities-2025', 25, 'S02'],
  ['measures-2025-action', 29, 'S02'],
  ['measures-2026-directions', 5, 'S05'],
];

const EVENTS: [id: string, date: string, sourceId: string][] = [
  ['state-council-replication-2025', '2025-12-31', 'S-N01'],
  ['world-bank-survey-2025', '2025-04', 'S04'],
  ['scio-briefing-2025-12', '2025-12-16', 'S04'],
  ['mofcom-cross-border-ecommerce-2026', '2026-01-15', 'S02'],
  ['integrated-clearance-fyp14', '2025', 'S03'],
  ['lsc-southward-corridor-2017', '2017-09', 'S-L30'],
];

const MEASURES: [id: string, sourceId: string, status: string][] = [
  ['fyp14-01', 'S04', 'confirmed'], // 24/7 appointment-based clearance
  ['fyp14-02', 'S04', 'confirmed'], // LCL exports inspected before shipment
  ['fyp14-03', 'S04', 'confirmed'], // bonded maintenance catalogue expanded
  ['fyp14-04', 'S04', 'confirmed'], // overseas-warehouse filing abolished
  ['fyp14-05', 'S04', 'confirmed'], // AEO joint incentives
  ['cc2026-01', 'S03', 'confirmed'], // 2026 support for new business forms
  ['cc2026-02', 'S03', 'confirmed'], // intermediate goods, digital and green trade
  ['cc2026-03', 'S03', 'confirmed'], // 2026 inspection and quarantine easing
  ['act2026-d1', 'S05', 'uncertain'], ['act2026-d2', 'S05', 'uncertain'], ['act2026-d3', 'S05', 'uncertain'],
  ['act2026-i1', 'S05', 'uncertain'], ['act2026-i2', 'S05', 'uncertain'],
  ['act2026-i3', 'S05', 'uncertain'], ['act2026-i4', 'S05', 'uncertain'],
  ['rep2025-s1', 'S01', 'uncertain'], ['rep2025-s2', 'S01', 'uncertain'], ['rep2025-s3', 'S01', 'uncertain'],
];

const CORRIDOR_STATS: [corridor: string, year: number, metric: string, value: number, qualifier: string, sourceId: string][] = [
  ['srm', 2025, 'teu_per_year', 5_400_000, 'lower_bound', 'S-M24'],
  ['srm', 2024, 'teu_per_year', 4_950_000, 'lower_bound', 'S-M24'],
  ['srm', 2025, 'teu_per_year', 2_639_500, 'part_year', 'S-M27'],
  ['srm', 2018, 'named_routes', 16, 'exact', 'S-M24'],
  ['cre', 2013, 'trains_per_year', 80, 'exact', 'S-P42'],
  ['cre', 2014, 'trains_per_year', 308, 'exact', 'S-P42'],
  ['cre', 2014, 'teu_per_year', 26_070, 'exact', 'S-P42'],
  ['cre', 2016, 'cumulative_trains', 2000, 'exact', 'S-P43'],
  ['lsc', 2021, 'teu_per_year', 314_000, 'part_year', 'S-L31'],
  ['lsc', 2023, 'trains_per_year', 9000, 'lower_bound', 'S-L32'],
  ['lsc', 2025, 'teu_per_year', 345_200, 'part_year', 'S-L34'],
];

describe('facts of the founding articles in the built atlas', () => {
  test('the data builds', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
  test.each(KEY_FIGURES)('key figure %s = %d, from %s', (id, value, sourceId) => {
    const figure = atlas!.keyFigures.find((f) => f.id === id);
    expect(figure).toMatchObject({ value });
    expect(figure!.sourceIds).toContain(sourceId);
    expect(figure!.quote).toBeTruthy();
  });
  test.each(EVENTS)('event %s on %s, from %s', (id, date, sourceId) => {
    const event = atlas!.events.find((e) => e.id === id);
    expect(event).toMatchObject({ date });
    expect(event!.sourceIds).toContain(sourceId);
  });
  test('the State Council meeting names its chair', () => {
    const event = atlas!.events.find((e) => e.id === 'state-council-replication-2025')!;
    expect(event.summaryEn).toContain('Li Qiang');
    expect(event.summaryZh).toContain('李强');
  });
  test.each(MEASURES)('measure %s, from %s, %s', (id, sourceId, status) => {
    const measure = atlas!.measures.find((m) => m.id === id);
    expect(measure).toMatchObject({ status });
    expect(measure!.sourceIds).toContain(sourceId);
  });
  test.each(CORRIDOR_STATS)('%s %i %s = %d (%s), from %s', (corridorId, year, metric, value, qualifier, sourceId) => {
    const stat = atlas!.stats.find((s) => s.corridorId === corridorId && s.year === year && s.metric === metric && s.value === value && s.qualifier === qualifier);
    expect(stat).toBeDefined();
    expect(stat!.sourceIds).toContain(sourceId);
  });
  test('derived corridor figures are marked inferred', () => {
    const derived = atlas!.stats.filter((s) => ['S-P42', 'S-M24', 'S-P15'].some((id) => s.sourceIds.includes(id)) && /derived/.test(s.note));
    expect(derived.length).toBeGreaterThanOrEqual(3);
    for (const s of derived) expect(s.status).toBe('inferred');
  });
  test.each([
    ['S-N01', 'https://www.chinanews.com.cn/cj/2026/01-16/10552846.shtml', '2026-01-16'],
    ['S-N02', 'https://finance.people.com.cn/n1/2026/0117/c1004-40646986.html', '2026-01-16'],
    ['S-N03', 'https://www.21jingji.com/article/20260104/herald/8d69b3bbdbfc90332ca6e936657657fa.html', '2026-01-04'],
  ])('primary source %s as the summary names it', (id, url, date) => {
    expect(atlas!.sources.find((s) => s.id === id)).toMatchObject({ url, date });
  });
});

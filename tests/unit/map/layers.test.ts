import { describe, expect, test } from 'vitest';
import { cityFill, cityLabelProps, cityLayerProps, newCityRingProps } from '../../../src/map/layers/city-layer';
import { labelPriority, placeLabels, textWidth } from '../../../src/cartography/label-placement';
import { FADED_ALPHA, corridorLayerProps, corridorStripeProps, dashOf, linesInCorridorOrder } from '../../../src/map/layers/corridor-layer';
import { linePath } from '../../../src/data/line-path';
import { portLayerProps } from '../../../src/map/layers/port-layer';
import { CORRIDOR_STRIPE, cohortPalette, corridorColor } from '../../../src/cartography/palette';
import { LAYER_IDS, pickedOf } from '../../../src/map/layers/layer-ids';
import type { City } from '../../../src/data/schema';
import { makeCity, makeCityYear, makeLine, makePort } from '../../fixtures/atlas';

const gz = makeCity({ id: 'gz', years: [2019, 2020, 2023, 2024].map((y) => makeCityYear(y)) });
const late = makeCity({ id: 'late', nameEn: 'Late', nameZh: '晚', years: [makeCityYear(2025, { status: 'inferred' }), makeCityYear(2026)] });
const cities = [gz, late];
const palette = cohortPalette([2019, 2025]);
type Accessor<T, R> = (d: T) => R;
const apply = <T, R>(accessor: unknown, d: T) => (accessor as Accessor<T, R>)(d);
const kept = (props: { data?: unknown; getFilterValue?: unknown; filterRange?: unknown }) => {
  const [lo, hi] = props.filterRange as [number, number];
  return (props.data as { id: string }[]).filter((d) => {
    const v = apply<unknown, number>(props.getFilterValue, d);
    return v >= lo && v <= hi;
  }).map((d) => d.id);
};

describe('city layer', () => {
  test('keeps exactly the cities that are pilots in the year, without copying the data', () => {
    const props = cityLayerProps(cities, 2024, null, true, palette);
    expect(props.data).toBe(cities);
    expect(kept(props)).toEqual(['gz']);
    expect(kept(cityLayerProps(cities, 2025, null, true, palette))).toEqual(['late']);
    expect(kept(cityLayerProps(cities, 2018, null, true, palette))).toEqual([]);
  });
  test('colour tells the first year; inferred years are paler', () => {
    expect(apply(cityFill(2024, palette), gz)).toEqual(palette.rgba(2019, 245));
    expect(apply<City, number[]>(cityFill(2025, palette), late)[3]).toBeLessThan(200);
    expect(apply<City, number[]>(cityFill(2026, palette), late)[3]).toBe(245);
    expect(palette.css(2019)).not.toEqual(palette.css(2025));
  });
  test('the year and the selection are update triggers', () => {
    const props = cityLayerProps(cities, 2024, 'gz', true, palette);
    expect(props.updateTriggers).toMatchObject({ getFilterValue: 2024, getLineWidth: 'gz' });
    expect(apply(props.getLineWidth, gz)).toBeGreaterThan(apply(props.getLineWidth, late) as number);
  });
  test('the ring marks only cities added in the year', () => {
    expect(kept(newCityRingProps(cities, 2025, true, palette))).toEqual(['late']);
    expect(kept(newCityRingProps(cities, 2024, true, palette))).toEqual([]);
    expect(kept(newCityRingProps(cities, 2019, true, palette))).toEqual(['gz']);
    // A year step moves the filter range only: no attribute is recomputed.
    expect(newCityRingProps(cities, 2019, true, palette).updateTriggers).toEqual(newCityRingProps(cities, 2025, true, palette).updateTriggers);
  });
  test('overlapping labels give way to the selected city, then to new cities', () => {
    expect(labelPriority(2025, 'gz')(gz)).toBeGreaterThan(labelPriority(2025, 'gz')(late));
    expect(labelPriority(2025, null)(late)).toBeGreaterThan(labelPriority(2025, null)(gz));
  });
  test('a label shows only when its city is active and its label fits', () => {
    const all = new Set(['gz', 'late']);
    expect(kept(cityLabelProps(cities, 2024, 'en', true, 'f', all))).toEqual(['gz']);
    expect(kept(cityLabelProps(cities, 2024, 'en', true, 'f', new Set(['late'])))).toEqual([]);
  });
  test('cohort colours are spread over the cohorts that exist', () => {
    const p = cohortPalette([2019, 2023, 2024, 2026]);
    expect(new Set([2019, 2023, 2024, 2026].map(p.css)).size).toBe(4);
  });
  test('labels follow the language', () => {
    expect(apply(cityLabelProps(cities, 2026, 'zh', true, 'f', new Set()).getText, late)).toBe('晚');
    expect(apply(cityLabelProps(cities, 2026, 'en', true, 'f', new Set()).getText, late)).toBe('Late');
  });
  test('hidden layer stays built but invisible', () => {
    expect(cityLayerProps(cities, 2024, null, false, palette).visible).toBe(false);
  });
});

const ALL_ON = true;

describe('corridor layer', () => {
  const old = makeLine({ id: 'CRE-W1', startYear: 2011 });
  const recent = makeLine({ id: 'CRE-W5', startYear: 2022, alignment: 'indicative' });
  const sea = makeLine({ id: 'SRM-L1', corridorId: 'srm', startYear: 2018 });
  test('a line appears from its start year', () => {
    expect(kept(corridorLayerProps([old, recent], 2021, null, ALL_ON, []))).toEqual(['CRE-W1']);
    expect(kept(corridorLayerProps([old, recent], 2022, null, ALL_ON, []))).toEqual(['CRE-W1', 'CRE-W5']);
  });
  test('one layer draws every corridor, corridor by corridor; a corridor switched off drops out of it', () => {
    const lines = linesInCorridorOrder([old, sea, recent]);
    expect(lines.map((l) => l.id)).toEqual(['SRM-L1', 'CRE-W1', 'CRE-W5']);
    expect(kept(corridorLayerProps(lines, 2024, null, { srm: false, cre: true, lsc: true }, []))).toEqual(['CRE-W1', 'CRE-W5']);
    expect(corridorLayerProps(lines, 2024, null, ALL_ON, []).visible).toBe(true);
    expect(corridorLayerProps(lines, 2024, null, false, []).visible).toBe(false);
    // A year step moves the filter range only: no attribute is recomputed.
    expect(corridorLayerProps(lines, 2019, null, ALL_ON, []).updateTriggers).toEqual(corridorLayerProps(lines, 2024, null, ALL_ON, []).updateTriggers);
  });
  test('a faded corridor draws as at a quarter layer opacity; the focused line is wider and opaque', () => {
    const faded = corridorLayerProps([old, sea], 2024, 'SRM-L1', ALL_ON, ['srm']);
    expect(apply<unknown, number[]>(faded.getColor, old)[3]).toBe(Math.round(215 * FADED_ALPHA));
    expect(FADED_ALPHA).toBeCloseTo(0.533, 3);
    expect(apply<unknown, number[]>(faded.getColor, sea)[3]).toBe(255);
    expect(apply<unknown, number>(faded.getWidth, sea)).toBeGreaterThan(apply<unknown, number>(faded.getWidth, old));
  });
  test('legs join into one path with shared joints once', () => {
    expect(linePath(old)).toEqual([[100, 30], [90, 40], [85, 43], [80, 45]]);
  });
  test('the corridor colour is its own; indicative alignments are dashed', () => {
    const props = corridorLayerProps([old], 2024, null, ALL_ON, []);
    expect(apply<unknown, number[]>(props.getColor, old).slice(0, 3)).toEqual(corridorColor('cre').slice(0, 3));
    expect(corridorColor('cre')).not.toEqual(corridorColor('srm'));
    expect(dashOf(old)).toEqual([0, 0]);
    expect(dashOf(recent)[0]).toBeGreaterThan(0);
  });
});

describe('port layer', () => {
  test("a city's ports show while the city is a pilot; corridor ports always", () => {
    const cityPort = makePort({ id: 'gz-air', cityId: 'gz' });
    const borderPort = makePort({ id: 'border', cityId: null, kind: 'rail_border' });
    const byId = new Map(cities.map((c) => [c.id, c]));
    expect(kept(portLayerProps([cityPort, borderPort], byId, 2024, null, true))).toEqual(['gz-air', 'border']);
    expect(kept(portLayerProps([cityPort, borderPort], byId, 2025, null, true))).toEqual(['border']);
  });
  test('each kind has its own icon', () => {
    const props = portLayerProps([makePort({ kind: 'airport' }), makePort({ kind: 'seaport' })], new Map(), 2024, null, true);
    const [a, b] = (props.data as ReturnType<typeof makePort>[]).map((p) => apply<unknown, string>(props.getIcon, p));
    expect(a).not.toBe(b);
    // White shapes in the atlas, tinted by the layer.
    for (const id of [a!, b!]) expect(props.iconMapping).toHaveProperty([id, 'mask'], true);
  });
});

test('a pick names the record it holds and its kind', () => {
  const port = makePort();
  const line = makeLine();
  expect(pickedOf({ layer: { id: LAYER_IDS.cities }, object: { part: 1, pick: 'city', object: gz } })).toEqual({ kind: 'city', object: gz });
  expect(pickedOf({ layer: { id: LAYER_IDS.icons }, object: { part: 1, pick: 'port', object: port } })).toEqual({ kind: 'port', object: port });
  expect(pickedOf({ layer: { id: LAYER_IDS.cityLabels }, object: late })).toEqual({ kind: 'city', object: late });
  expect(pickedOf({ layer: { id: LAYER_IDS.corridors }, object: line })).toEqual({ kind: 'line', object: line });
  expect(pickedOf({ layer: { id: LAYER_IDS.corridorStripes }, object: line })).toBeNull();
  expect(pickedOf({ layer: { id: 'something-else' }, object: gz })).toBeNull();
  expect(pickedOf({ layer: { id: LAYER_IDS.cities }, object: undefined })).toBeNull();
});

describe('label placement', () => {
  test('a label that would overlap a more important one is left out', () => {
    const shown = placeLabels([
      { id: 'a', x: 100, y: 100, text: 'Shanghai', priority: 1 },
      { id: 'b', x: 105, y: 102, text: 'Suzhou', priority: 5 },
      { id: 'c', x: 100, y: 200, text: 'Far away', priority: 0 },
    ]);
    expect([...shown].sort()).toEqual(['b', 'c']);
  });
  test('Chinese text is measured wider per character', () => {
    expect(textWidth('北京')).toBeGreaterThan(textWidth('ab'));
  });
});

describe('corridors are told apart by pattern, not only colour', () => {
  test('each corridor has its own centre stripe (or none), drawn only where the line runs', () => {
    const patterns = (['srm', 'cre', 'lsc'] as const).map((id) => JSON.stringify(CORRIDOR_STRIPE[id]));
    expect(new Set(patterns).size).toBe(3);
    const line = makeLine({ id: 'SRM-L1', corridorId: 'srm', startYear: 2018 });
    const rail = makeLine({ id: 'CRE-W1', corridorId: 'cre', startYear: 2011 });
    expect(kept(corridorStripeProps([line, rail], 2017, ALL_ON, []))).toEqual([]);
    expect(kept(corridorStripeProps([line, rail], 2018, ALL_ON, []))).toEqual(['SRM-L1']);
    expect(corridorStripeProps([line, rail], 2018, { srm: false, cre: true, lsc: false }, []).visible).toBe(false);
  });
});

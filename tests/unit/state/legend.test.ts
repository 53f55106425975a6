import { beforeAll, describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../../src/lib/i18n';
import { legendGroups, legendItems, sameSymbol, type LegendItem } from '../../../src/state/legend';
import { corridorStripeProps } from '../../../src/map/layers/corridor-layer';
import { toRgba } from '../../../src/cartography/palette';
import type { Corridor } from '../../../src/data/schema';
import { makeAtlas, makeCity, makeCityYear, makeLine, makePort } from '../../fixtures/atlas';

const corridor = (id: Corridor['id'], nameEn: string, startYear: number): Corridor => ({
  id, nameEn, nameZh: nameEn, startDate: String(startYear), startYear, descriptionEn: 'x', descriptionZh: 'x', status: 'confirmed', sourceIds: ['S01'],
});
const ZH_COHORT = '首次成为试点城市的年份';
const ALL = { cities: true, ports: true, srm: true, cre: true, lsc: true, places: true };
const atlas = makeAtlas({
  corridors: [corridor('srm', 'Sea', 2018), corridor('cre', 'Rail', 2011), corridor('lsc', 'Land–Sea', 2017)],
  lines: [
    makeLine({ id: 'CRE-W1', corridorId: 'cre', startYear: 2011 }),
    makeLine({ id: 'SRM-L1', corridorId: 'srm', startYear: 2024, alignment: 'indicative' }),
  ],
  cities: [
    makeCity({ id: 'early', years: [makeCityYear(2023), makeCityYear(2024), makeCityYear(2025)] }),
    makeCity({ id: 'late', years: [makeCityYear(2025, { status: 'inferred' })] }),
  ],
  ports: [makePort({ cityId: 'late', kind: 'airport' }), makePort({ id: 'border', cityId: null, kind: 'rail_border' })],
});
const labels = (items: LegendItem[]) => items.map((i) => i.label);
const symbolOf = (items: LegendItem[], label: string) => items.find((i) => i.label === label)?.symbol;

describe('the legend of what is shown', () => {
  test('lists a corridor only once one of its lines runs, and only while it is switched on', () => {
    expect(labels(legendItems(atlas, 2023, ALL, 'en'))).toContain('Rail');
    expect(labels(legendItems(atlas, 2023, ALL, 'en'))).not.toContain('Sea');
    expect(labels(legendItems(atlas, 2024, ALL, 'en'))).toContain('Sea');
    expect(labels(legendItems(atlas, 2024, { ...ALL, srm: false }, 'en'))).not.toContain('Sea');
  });

  test('draws each corridor with the stripe the map draws on its lines', () => {
    const items = legendItems(atlas, 2024, ALL, 'en');
    const sea = symbolOf(items, 'Sea');
    expect(sea).toMatchObject({ type: 'line', stripe: expect.any(String) });
    const mapStripe = corridorStripeProps(atlas.lines, 2024, true, []).getColor as (l: unknown) => unknown;
    expect(toRgba((sea as { stripe: string }).stripe)).toEqual(mapStripe(atlas.lines.find((l) => l.corridorId === 'srm')));
    expect(symbolOf(items, 'Rail')).not.toHaveProperty('stripe');
  });

  test('shows the indicative style only when an indicative line is drawn', () => {
    expect(labels(legendItems(atlas, 2023, ALL, 'en'))).not.toContain('Indicative alignment');
    expect(labels(legendItems(atlas, 2024, ALL, 'en'))).toContain('Indicative alignment');
  });

  test('lists the cohorts, the new ring and the inferred style of the cities shown', () => {
    expect(labels(legendItems(atlas, 2024, ALL, 'en'))).toEqual(expect.arrayContaining(['2023']));
    expect(labels(legendItems(atlas, 2024, ALL, 'en'))).not.toContain('2025');
    const in2025 = labels(legendItems(atlas, 2025, ALL, 'en'));
    expect(in2025).toEqual(expect.arrayContaining(['2023', '2025', 'Added this year (2025)', 'Inferred, not stated by a source']));
    expect(labels(legendItems(atlas, 2025, { ...ALL, cities: false }, 'en'))).not.toContain('2023');
  });

  test('lists the port kinds shown: a city port only while its city is a pilot', () => {
    expect(labels(legendItems(atlas, 2024, ALL, 'en'))).not.toContain('Airport');
    expect(labels(legendItems(atlas, 2025, ALL, 'en'))).toContain('Airport');
  });

  test('each group starts with its caption, in the order of the layer panel', () => {
    const captions = legendItems(atlas, 2025, ALL, 'en').filter((i) => !i.symbol).map((i) => i.label);
    expect(captions).toEqual(['Corridors', 'First year as a pilot city', 'Ports']);
  });
});

describe('the legend beside the layer switches', () => {
  test('lists every corridor with its first year and every cohort, whatever the year and the switches', () => {
    const groups = legendGroups(atlas, 2018, { ...ALL, srm: false, cities: false }, 'en', 'drawable');
    const corridors = groups.find((g) => g.id === 'corridors')!.items.filter((i) => i.layer);
    expect(corridors.map((i) => `${i.label} · ${i.note}`)).toEqual(['Sea · 2018', 'Rail · 2011', 'Land–Sea · 2017']);
    expect(labels(groups.find((g) => g.id === 'cities')!.items)).toEqual(expect.arrayContaining(['2023', '2025']));
  });

  beforeAll(() => loadCatalogue('zh'));
  test('speaks the language asked for', () => {
    const zh = legendGroups(atlas, 2025, ALL, 'zh', 'drawable');
    expect(zh.find((g) => g.id === 'cities')?.caption).toBe(ZH_COHORT);
  });
});

test('the legend of the next year has new symbol objects that draw the same, told apart from ones that do not', () => {
  const atlas = makeAtlas({ cities: [makeCity({ id: 'a', years: [makeCityYear(2024), makeCityYear(2025)] })] });
  const symbols = (year: number) => legendGroups(atlas, year, { cities: true, ports: true, srm: true, cre: true, lsc: true }, 'en', 'drawable')
    .flatMap((g) => g.items.map((i) => [i.label, i.symbol] as const));
  const [before, after] = [new Map(symbols(2024)), new Map(symbols(2025))];
  expect(before.get('2024')).not.toBe(after.get('2024'));
  expect(sameSymbol(before.get('2024'), after.get('2024'))).toBe(true);
  expect(sameSymbol({ type: 'dot', color: '#000' }, { type: 'dot', color: '#000', inferred: true })).toBe(false);
  expect(sameSymbol({ type: 'ring', color: '#000' }, { type: 'ring', color: '#111' })).toBe(false);
});

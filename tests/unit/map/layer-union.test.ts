import { describe, expect, test } from 'vitest';
import { unionLayerProps, type UnionItem, type UnionPart } from '../../../src/map/layers/layer-union';
import { cityLayerProps, newCityRingProps } from '../../../src/map/layers/city-layer';
import { highlightLayerProps } from '../../../src/map/layers/highlight-layer';
import { cohortPalette } from '../../../src/cartography/palette';
import { buildLayers, type MapInputs } from '../../../src/map/layers/build-layers';
import { LAYER_IDS } from '../../../src/map/layers/layer-ids';
import type { City } from '../../../src/data/schema';
import { makeCity, makeCityYear } from '../../fixtures/atlas';
import { loadBuiltAtlas } from '../../fixtures/corridor-atlas';

type Fn = (d: unknown, info?: unknown) => unknown;
const call = (accessor: unknown, d: unknown) => (accessor as Fn)(d, {});

const early = makeCity({ id: 'early', years: [2019, 2020, 2021].map((y) => makeCityYear(y)) });
const late = makeCity({ id: 'late', years: [makeCityYear(2021, { status: 'inferred' }), makeCityYear(2022)] });
const cities = [early, late];
const palette = cohortPalette([2019, 2021]);

/** The three city layers as they were drawn before they became one: dots, new-city rings, highlight rings. */
const cityParts = (year: number, highlighted: string[] = [], visible = true): UnionPart[] => [
  { pick: 'city', props: cityLayerProps(cities, year, null, visible, palette) },
  { pick: 'city', props: newCityRingProps(cities, year, visible, palette) },
  { pick: 'city', props: highlightLayerProps(cities, highlighted, year, visible) },
];

/** What a layer of these props draws: `part:id` of every item that passes its filter. */
function drawn(props: Record<string, unknown>): string[] {
  const [lo, hi] = props.filterRange as [number, number];
  return (props.data as UnionItem[])
    .filter((item) => { const v = call(props.getFilterValue, item) as number; return v >= lo && v <= hi; })
    .map((item) => `${item.part}:${(item.object as City).id}`);
}
/** The same, from the parts' own props, as three layers drew them. */
function drawnByParts(parts: UnionPart[]): string[] {
  return parts.flatMap((p, part) => {
    const props = p.props as Record<string, unknown>;
    if (props.visible === false) return [];
    const [lo, hi] = props.filterRange as [number, number];
    return (props.data as City[]).filter((c) => { const v = call(props.getFilterValue, c) as number; return v >= lo && v <= hi; })
      .map((c) => `${part}:${c.id}`);
  });
}

describe('several layers drawn as one', () => {
  test('draws, year by year, exactly what the separate layers drew, in their order', () => {
    for (const year of [2018, 2019, 2020, 2021, 2022]) {
      for (const highlighted of [[], ['late']]) {
        const parts = cityParts(year, highlighted);
        expect(drawn(unionLayerProps('u', parts))).toEqual(drawnByParts(parts));
      }
    }
    expect(drawn(unionLayerProps('u', cityParts(2021)))).toEqual(['0:early', '0:late', '1:late']);
    expect(drawn(unionLayerProps('u', cityParts(2021, [], false)))).toEqual([]);
  });

  test('each item takes its own part\'s style', () => {
    const props = unionLayerProps('u', cityParts(2021, ['early']));
    const items = props.data as UnionItem[];
    const [dot, ring, highlight] = [0, 1, 2].map((part) => items.find((i) => i.part === part && (i.object as City).id === 'early')!);
    const [own] = cityParts(2021, ['early']).map((p) => p.props as Record<string, unknown>);
    expect(call(props.getFillColor, dot)).toEqual(call(own!.getFillColor, early));
    expect(call(props.getRadius, ring)).toBe(12);
    expect(call(props.getRadius, highlight)).toBe(15);
    expect(call(props.getLineWidth, highlight)).toBe(3);
  });

  test('keeps one items array while the data stays, so a year step keeps the attributes', () => {
    const a = unionLayerProps('same', cityParts(2020));
    const b = unionLayerProps('same', cityParts(2021));
    expect(b.data).toBe(a.data);
    const other = unionLayerProps('same', [{ pick: 'city', props: cityLayerProps([late], 2021, null, true, palette) }]);
    expect(other.data).not.toBe(a.data);
  });

  test('update triggers are the parts\' own, one level deep, as deck.gl compares them', () => {
    // deck.gl compares each value of an accessor's triggers by identity: a union must not wrap a part's array in another.
    const unchanged = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
    const story = ['late'];
    const filterAt = (year: number, highlighted: string[] = story) =>
      (unionLayerProps('u', cityParts(year, highlighted)).updateTriggers as Record<string, unknown[]>).getFilterValue!;
    expect(unchanged(filterAt(2021), filterAt(2021))).toBe(true);
    expect(unchanged(filterAt(2021), filterAt(2022))).toBe(false);
    expect(unchanged(filterAt(2021), filterAt(2021, ['early']))).toBe(false);
    const fillAt = (year: number) => (unionLayerProps('u', cityParts(year, story)).updateTriggers as Record<string, unknown[]>).getFillColor!;
    expect(unchanged(fillAt(2021), fillAt(2021))).toBe(true);
  });

  test('parts that would not draw alike are refused', () => {
    const dots = cityLayerProps(cities, 2021, null, true, palette);
    const inMeters = { ...dots, id: 'b', radiusUnits: 'meters' as const };
    expect(() => unionLayerProps('u', [{ pick: 'city', props: dots }, { pick: 'city', props: inMeters }]))
      .toThrow('b differs from pilot-cities in radiusUnits');
    const { getLineColor: _, ...noLine } = dots;
    expect(() => unionLayerProps('u', [{ pick: 'city', props: dots }, { pick: 'city', props: { ...noLine, id: 'b' } }]))
      .toThrow('b has no getLineColor');
  });
});

describe('the map draws its points in two layers', () => {
  const atlas = loadBuiltAtlas();
  const inputs: MapInputs = {
    atlas, year: 2024, layers: { cities: true, ports: true, srm: true, cre: true, lsc: true, places: true, names: true },
    selection: null, focusLineId: null, routes: [], routeFocus: null, highlight: { cityIds: ['shanghai'], corridorIds: [] },
    lang: 'en', basemapLang: 'en', fontFamily: 'sans-serif', icons: {} as HTMLCanvasElement, labelIds: new Set(), basemapLabelIds: new Set(),
    TextLayer: null,
  };
  test('stops before ports in one icon layer; dots, rings and highlight in one scatterplot layer', () => {
    const layers = buildLayers(inputs, null);
    const icons = layers.find((l) => l.id === LAYER_IDS.icons)!;
    const points = layers.find((l) => l.id === LAYER_IDS.cities)!;
    const picks = (l: typeof icons) => [...new Set((l.props.data as UnionItem[]).map((i) => i.pick))];
    expect(picks(icons)).toEqual(['node', 'port']);
    expect(picks(points)).toEqual(['city']);
    expect((points.props.data as UnionItem[]).length).toBe(atlas.cities.length * 3);
    expect(layers.indexOf(icons)).toBeLessThan(layers.indexOf(points));
    expect(layers.filter((l) => l.constructor.name === 'IconLayer')).toHaveLength(1);
  });
});

import { describe, expect, test } from 'vitest';
import type { Place } from '../../../src/data/places-schema';
import { placeAreaProps, placeMarkerProps, placeRouteProps, placesByKind } from '../../../src/map/layers/place-layer';
import { formatFactValue } from '../../../src/lib/fact-format';
import { translator } from '../../../src/lib/i18n';

const makePlace = (over: Partial<Place> = {}): Place => ({
  id: 'isle', kind: 'area', nameEn: 'Isle', nameZh: '岛', startDate: '2025-12-18', fromYear: 2026, alignment: 'sourced',
  basisEn: 'test', basisZh: '测试', status: 'confirmed', sourceIds: ['S01'],
  rings: [[[110, 19], [111, 19], [111, 20], [110, 19]]], points: [], facts: [], ...over,
});
const filterOf = <D,>(props: { getFilterValue?: unknown }, d: D) => (props.getFilterValue as (x: D) => number)(d);

describe('place layers', () => {
  const area = makePlace();
  test('an area from 2026 is drawn in 2026', () => {
    expect(filterOf(placeAreaProps([area], 2026, null, true), area)).toBe(1);
  });
  test('an area from 2026 is not drawn in 2024', () => {
    expect(filterOf(placeAreaProps([area], 2024, null, true), area)).toBe(0);
  });
  test('the data array stays the same across years', () => {
    const places = [area];
    expect(placeAreaProps(places, 2024, null, true).data).toBe(placeAreaProps(places, 2026, null, true).data);
  });
  test('a place that marks several cities gets one marker each', () => {
    const gba = makePlace({ id: 'gba', kind: 'markers', fromYear: 2025, rings: [], points: [[113, 23], [114, 22.5]] });
    const { markers } = placesByKind([gba]);
    expect(markers.map((m) => m.position)).toEqual([[113, 23], [114, 22.5]]);
    expect(filterOf(placeMarkerProps(markers, 2025, null, true), markers[0]!)).toBe(1);
  });
  test('an illustrative route is drawn dashed along its points', () => {
    const route = makePlace({ id: 'fruit', kind: 'route', fromYear: 2025, alignment: 'illustrative', rings: [], points: [[106.76, 22.1], [113.26, 23.13]] });
    const props = placeRouteProps([route], 2025, null, true);
    expect((props.getPath as (p: Place) => unknown)(route)).toEqual(route.points);
    expect(props.getDashArray(route)).toEqual([3, 2]);
    expect(filterOf(props, route)).toBe(1);
  });
});

describe('fact values', () => {
  test('a range keeps its unit once', () => {
    expect(formatFactValue({ value: 2, valueMax: 3, unit: 'days' }, 'en', translator('en'))).toBe('2–3 days');
  });
  test('yuan in English keep the source unit', () => {
    expect(formatFactValue({ value: 1.2, valueMax: null, unit: 'trillion_yuan' }, 'en', translator('en'))).toBe('1.2 trillion yuan');
  });
});

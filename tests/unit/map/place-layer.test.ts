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
/** Whether the GPU filter keeps `d`: its value within the layer's range. */
const drawn = <D,>(props: { getFilterValue?: unknown; filterRange?: unknown }, d: D) => {
  const value = (props.getFilterValue as (x: D) => number)(d);
  const [lo, hi] = props.filterRange as [number, number];
  return value >= lo && value <= hi;
};

describe('place layers', () => {
  const area = makePlace();
  test('an area from 2026 is drawn in 2026', () => {
    expect(drawn(placeAreaProps([area], 2026, null, true), area)).toBe(true);
    expect(drawn(placeAreaProps([area], 2030, null, true), area)).toBe(true);
  });
  test('an area from 2026 is not drawn in 2024', () => {
    expect(drawn(placeAreaProps([area], 2024, null, true), area)).toBe(false);
  });
  test('a layer with no place shown yet is off, so it costs no draw; on from the year its first place shows', () => {
    const route = makePlace({ id: 'flow', kind: 'route', fromYear: 2025, points: [[110, 19], [112, 20]] });
    const routes = [route, makePlace({ id: 'late', kind: 'route', fromYear: 2026, points: [[110, 19], [112, 20]] })];
    expect(placeRouteProps(routes, 2024, null, true).visible).toBe(false);
    expect(placeRouteProps(routes, 2025, null, true).visible).toBe(true);
    expect(placeAreaProps([area], 2025, null, true).visible).toBe(false);
    expect(placeAreaProps([area], 2026, null, true).visible).toBe(true);
    expect(placeAreaProps([area], 2026, null, false).visible).toBe(false);
    const markers = placesByKind([makePlace({ kind: 'markers', fromYear: 2025, rings: [], points: [[110, 19]] })]).markers;
    expect(placeMarkerProps(markers, 2024, null, true).visible).toBe(false);
    expect(placeMarkerProps(markers, 2025, null, true).visible).toBe(true);
  });
  test('a year step changes only the filter range: the data and what decides their attributes stay the same', () => {
    const places = [area];
    const [before, after] = [placeAreaProps(places, 2024, null, true), placeAreaProps(places, 2026, null, true)];
    expect(before.data).toBe(after.data);
    expect(before.getFilterValue).toBe(after.getFilterValue);
    expect(before.updateTriggers).toEqual(after.updateTriggers);
  });
  test('a place that marks several cities gets one marker each', () => {
    const gba = makePlace({ id: 'gba', kind: 'markers', fromYear: 2025, rings: [], points: [[113, 23], [114, 22.5]] });
    const { markers } = placesByKind([gba]);
    expect(markers.map((m) => m.position)).toEqual([[113, 23], [114, 22.5]]);
    expect(drawn(placeMarkerProps(markers, 2025, null, true), markers[0]!)).toBe(true);
    expect(drawn(placeMarkerProps(markers, 2024, null, true), markers[0]!)).toBe(false);
  });
  test('an illustrative route is drawn dashed along its points', () => {
    const route = makePlace({ id: 'fruit', kind: 'route', fromYear: 2025, alignment: 'illustrative', rings: [], points: [[106.76, 22.1], [113.26, 23.13]] });
    const props = placeRouteProps([route], 2025, null, true);
    expect((props.getPath as (p: Place) => unknown)(route)).toEqual(route.points);
    expect(props.getDashArray(route)).toEqual([3, 2]);
    expect(drawn(props, route)).toBe(true);
    expect(drawn(placeRouteProps([route], 2024, null, true), route)).toBe(false);
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

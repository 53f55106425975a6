import { describe, expect, test } from 'vitest';
import { highlightLayerProps } from '../../../src/map/layers/highlight-layer';
import { makeCity, makeCityYear } from '../../fixtures/atlas';

const pilotFrom2020 = makeCity({ id: 'early', years: [2020, 2021].map((y) => makeCityYear(y)) });
const pilotIn2025 = makeCity({ id: 'late', years: [makeCityYear(2025)] });
const cities = [pilotFrom2020, pilotIn2025];

const ringed = (props: ReturnType<typeof highlightLayerProps>) =>
  cities.filter((c) => (props.getFilterValue as (c: unknown) => number)(c) === 1).map((c) => c.id);

describe('highlight layer', () => {
  test('rings a highlighted city only in a year in which it was a pilot', () => {
    expect(ringed(highlightLayerProps(cities, ['early', 'late'], 2018, true))).toEqual([]);
    expect(ringed(highlightLayerProps(cities, ['early', 'late'], 2020, true))).toEqual(['early']);
    expect(ringed(highlightLayerProps(cities, ['early', 'late'], 2025, true))).toEqual(['late']);
  });
  test('rings no city that is not highlighted', () => {
    expect(ringed(highlightLayerProps(cities, ['late'], 2021, true))).toEqual([]);
  });
  test('recomputes the rings when the year changes', () => {
    expect(highlightLayerProps(cities, ['early'], 2021, true).updateTriggers).toEqual({ getFilterValue: [['early'], 2021] });
  });
});

import { describe, expect, test } from 'vitest';
import { lineShownFrom } from '../../../src/data/line-years';
import { lineActiveIn } from '../../../src/data/shown-in-year';
import { dashOf } from '../../../src/map/layers/corridor-layer';
import { makeLine } from '../../fixtures/atlas';

describe('a line whose start year no source gives', () => {
  const unknown = makeLine({ startYear: null, alignment: 'indicative' });
  test('is shown in every year of the timeline', () => {
    expect(lineShownFrom(unknown)).toBe(0);
    for (const year of [2018, 2022, 2026]) expect(lineActiveIn(unknown, year)).toBe(true);
  });
  test('is dotted on the map, unlike a dated indicative line', () => {
    expect(dashOf(unknown)).toEqual([1, 2]);
    expect(dashOf(makeLine({ startYear: 2014, alignment: 'indicative' }))).toEqual([4, 3]);
  });
  test('a dated line still waits for its year', () => {
    expect(lineActiveIn(makeLine({ startYear: 2021 }), 2020)).toBe(false);
  });
});

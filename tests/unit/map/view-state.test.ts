import { describe, expect, test } from 'vitest';
import { makeAtlas, makeCity, makeCityYear, makeLine } from '../../fixtures/atlas';
import { defaultFrame, framePadding, INITIAL_BOUNDS, yearBounds } from '../../../src/map/view-state';

const atlas = makeAtlas({
  cities: [
    makeCity({ id: 'east', lngLat: [121, 31], years: [2024, 2025, 2026].map((y) => makeCityYear(y)) }),
    makeCity({ id: 'north', lngLat: [123, 41], years: [makeCityYear(2026)] }),
  ],
  lines: [makeLine({ startYear: 2025 })],
});
const all = { cities: true, cre: true, srm: true, lsc: true };

describe('the box a year is framed by', () => {
  test('holds the pilot cities of the year and the lines open that year', () => {
    expect(yearBounds(atlas, 2024, all)).toEqual([[121, 31], [121, 31]]);
    expect(yearBounds(atlas, 2025, all)).toEqual([[80, 30], [121, 45]]);
    expect(yearBounds(atlas, 2026, all)).toEqual([[80, 30], [123, 45]]);
  });

  test('leaves out what is switched off, and is empty when nothing is shown', () => {
    expect(yearBounds(atlas, 2026, { ...all, cre: false })).toEqual([[121, 31], [123, 41]]);
    expect(yearBounds(atlas, 2026, { ...all, cities: false })).toEqual([[80, 30], [100, 45]]);
    expect(yearBounds(atlas, 2023, all)).toBeNull();
  });
});

describe('the room around the framed box', () => {
  test('is wider on the right, where labels run, and never eats a small screen', () => {
    const phone = framePadding(320, 300);
    expect(phone.right).toBeGreaterThan(phone.left);
    expect(phone.left + phone.right).toBeLessThan(320 * 0.25);
    expect(framePadding(1280, 800)).toEqual({ top: 24, bottom: 24, left: 24, right: 72 });
  });
});

describe('the default framing, which the map is made with', () => {
  test('is what the year shows once the data is in, and China and its neighbours before', () => {
    expect(defaultFrame(atlas, 2026, all, 1280, 800)).toEqual({ bounds: [[80, 30], [123, 45]], padding: framePadding(1280, 800) });
    expect(defaultFrame(null, 2026, all, 1280, 800)).toEqual({ bounds: INITIAL_BOUNDS, padding: 16 });
    // A year that shows nothing keeps the neighbourhood rather than an empty box.
    expect(defaultFrame(atlas, 2023, all, 1280, 800)).toEqual({ bounds: INITIAL_BOUNDS, padding: 16 });
  });
});

import { describe, expect, test } from 'vitest';
import { clampYear, nextYear, playbackStart, playbackTick, yearRange } from '../../../src/timeline/timeline-controller';

const YEARS = yearRange(2018, 2026);

describe('timeline controller', () => {
  test('year range is inclusive', () => expect(YEARS).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]));
  test('clamps out-of-range and non-finite values', () => {
    expect(clampYear(YEARS, 1999)).toBe(2018);
    expect(clampYear(YEARS, 3000)).toBe(2026);
    expect(clampYear(YEARS, Number.NaN)).toBe(2018);
    expect(clampYear(YEARS, 2024.4)).toBe(2024);
  });
  test('steps stop at the ends unless looping', () => {
    expect(nextYear(YEARS, 2026, 1)).toBe(2026);
    expect(nextYear(YEARS, 2018, -1)).toBe(2018);
    expect(nextYear(YEARS, 2026, 1, true)).toBe(2018);
    expect(nextYear(YEARS, 2024, -1)).toBe(2023);
  });
  test('playback restarts from the first year when at the end and stops on the last', () => {
    expect(playbackStart(YEARS, 2026)).toBe(2018);
    expect(playbackStart(YEARS, 2020)).toBe(2020);
    expect(playbackTick(YEARS, 2024)).toEqual({ year: 2025, done: false });
    expect(playbackTick(YEARS, 2025)).toEqual({ year: 2026, done: true });
  });
});

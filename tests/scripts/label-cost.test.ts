import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelCost, labelCostReport, labelCounts, NAMES_OFF_QUERY } from '../../scripts/bench/label-cost';
import { LAYER_KEYS } from '../../src/state/view-slice';
import type { Atlas } from '../../src/data/schema';

type Run = { firstRenderMs: number; scrub: number };
const FIGURES = [
  { key: 'firstRenderMs', label: 'First full render (ms)', get: (r: Run) => r.firstRenderMs, digits: 0 },
  { key: 'scrub', label: 'Year scrub (ms/step)', get: (r: Run) => r.scrub, digits: 1 },
];

describe('place-name cost in the bench', () => {
  it('compares medians with and without the names, with − without', () => {
    const rows = labelCost(FIGURES, [{ firstRenderMs: 2300, scrub: 3 }, { firstRenderMs: 2100, scrub: 2 }, { firstRenderMs: 2200, scrub: 9 }],
      [{ firstRenderMs: 2000, scrub: 2.5 }, { firstRenderMs: 2050, scrub: 2.5 }]);
    expect(rows.map((r) => [r.key, r.withNames, r.withoutNames, r.delta])).toEqual([['firstRenderMs', 2200, 2025, 175], ['scrub', 3, 2.5, 0.5]]);
  });

  it('a side with no run gives n/a, never a difference', () => {
    const [row] = labelCost(FIGURES, [{ firstRenderMs: 2000, scrub: 1 }], []);
    expect(row!.delta).toBeNaN();
    expect(labelCostReport([row!], labelCounts(JSON.parse('{"cities":[],"lines":[]}') as Atlas), 1).at(-1)).toMatch(/n\/a\s+n\/a$/);
  });

  it('the names-off query lists every other layer, so only the names differ', () => {
    expect(NAMES_OFF_QUERY).toBe(`layers=${LAYER_KEYS.filter((k) => k !== 'names').join(',')}`);
  });

  it('counts the names and characters of the built atlas', () => {
    const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/atlas.json'), 'utf8')) as Atlas;
    const counts = labelCounts(atlas);
    expect(counts.countries).toBe(atlas.basemapLabels!.countries.length);
    expect(counts.seas).toBe(atlas.basemapLabels!.seas.length);
    expect(counts.labels).toBe(counts.countries + counts.seas + counts.stops);
    expect(counts.charsZh).toBeLessThan(counts.charsEn);
  });
});

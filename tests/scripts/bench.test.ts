import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { growthPct, median, meets, net, ratio, summarize } from '../../scripts/bench/stats';
import { BASELINE_YEAR, baselineCounts } from '../../scripts/bench/baseline-data';
import { kindOf } from '../../scripts/bench/bytes.mjs';
import { AtlasSchema, type Atlas } from '../../src/data/schema';
import { DEFAULT_YEAR } from '../../src/state/timeline-slice';
import { cityLayerProps } from '../../src/map/layers/city-layer';
import { portLayerProps } from '../../src/map/layers/port-layer';
import { corridorLayerProps } from '../../src/map/layers/corridor-layer';
import { corridorNodesOf, lineNodeLayerProps } from '../../src/map/layers/node-layer';
import { flowTrips } from '../../src/map/layers/flow-layer';
import { cohortPaletteOf } from '../../src/cartography/palette';

describe('bench arithmetic', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('summarises runs with their spread', () => {
    expect(summarize([3, 9, 6])).toEqual({ median: 6, min: 3, max: 9, n: 3 });
  });

  it('never turns a missing or zero baseline into a ratio', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(3, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
    expect(growthPct(100, 104)).toBeCloseTo(4);
    expect(growthPct(100, 95)).toBeCloseTo(-5);
  });

  it('takes the cost of measuring out of each step, never below zero', () => {
    expect(net([10, 12, 3], [4, 5, 6])).toEqual([5, 7, 0]);
    expect(net([10], [])).toEqual([10]);
  });

  it('meets a target only with a known value at or under the limit', () => {
    const t = { label: 'x', limit: 4, unit: ' ms' };
    expect(meets({ ...t, value: 4 })).toBe(true);
    expect(meets({ ...t, value: 4.01 })).toBe(false);
    expect(meets({ ...t, value: Number.NaN })).toBe(false);
  });
});

describe('bytes by kind', () => {
  it("counts the app's vector tiles and the baseline's GeoJSON as the basemap, the atlas as data", () => {
    expect(kindOf('/basemap/1/0/1.pbf')).toBe('basemap');
    expect(kindOf('/assets/countries-50m-BphFPm15.json')).toBe('basemap');
    expect(kindOf('/data/atlas.json')).toBe('data');
    expect(kindOf('/assets/maplibre-gl-worker-CZtFQQIV.mjs')).toBe('js');
  });
});

describe('the baseline page draws what the app draws', () => {
  // Built by the data build, which runs before the tests.
  const atlas: Atlas = AtlasSchema.parse(JSON.parse(readFileSync(resolve(__dirname, '../../public/data/atlas.json'), 'utf8')));
  const shown = <T>(props: { data?: unknown; getFilterValue?: unknown; filterRange?: unknown }) => {
    const filter = props.getFilterValue as (d: T) => number;
    const [lo, hi] = props.filterRange as [number, number];
    return (props.data as T[]).filter((d) => filter(d) >= lo && filter(d) <= hi).length;
  };
  const everything = { cities: true, ports: true, srm: true, cre: true, lsc: true } as const;

  it('in the default year, feature by feature', () => {
    expect(BASELINE_YEAR).toBe(DEFAULT_YEAR);
    const year = DEFAULT_YEAR;
    const citiesById = new Map(atlas.cities.map((c) => [c.id, c]));
    const app = {
      cities: shown(cityLayerProps(atlas.cities, year, null, true, cohortPaletteOf(atlas))),
      ports: shown(portLayerProps(atlas.ports, citiesById, year, null, true)),
      lines: shown(corridorLayerProps(atlas.lines, year, null, true, [])),
      stops: shown(lineNodeLayerProps(corridorNodesOf(atlas), year, null, everything)),
      trips: flowTrips(atlas).length,
    };
    const baseline = baselineCounts(atlas, year);
    expect(baseline).toEqual(app);
    // A real map, not an empty one on both sides.
    expect(app.cities).toBe(33);
    expect(app.lines).toBeGreaterThan(20);
    expect(app.trips).toBeGreaterThan(700);
  });

  it('in every year of the timeline', () => {
    for (let year = atlas.firstYear; year <= atlas.lastYear; year++) {
      const citiesById = new Map(atlas.cities.map((c) => [c.id, c]));
      expect(baselineCounts(atlas, year).cities, `${year}`).toBe(shown(cityLayerProps(atlas.cities, year, null, true, cohortPaletteOf(atlas))));
      expect(baselineCounts(atlas, year).ports, `${year}`).toBe(shown(portLayerProps(atlas.ports, citiesById, year, null, true)));
    }
  });
});

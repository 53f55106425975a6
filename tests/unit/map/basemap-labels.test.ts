import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoMercator } from 'd3';
import { describe, expect, test } from 'vitest';
import type { Atlas, LngLat } from '../../../src/data/schema';
import { basemapLabelsOf, shortStopName, stopShown, type BasemapLabel } from '../../../src/cartography/basemap-labels';
import { boxesOverlap, labelBox, placeBasemapLabels, type Viewport } from '../../../src/cartography/basemap-label-placement';
import { basemapLabelProps } from '../../../src/map/layers/basemap-label-layer';
import { basemapLabelText } from '../../../src/cartography/basemap-labels';
import type { Lang } from '../../../src/lib/i18n';
import { makeAtlas, makeLine } from '../../fixtures/atlas';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../../public/data/atlas.json'), 'utf8')) as Atlas;
const labels = basemapLabelsOf(atlas);
const ALL_CORRIDORS = { srm: true, cre: true, lsc: true };

/** MapLibre's Web Mercator for a camera: a world 512 × 2^zoom pixels wide. */
const projector = (view: Viewport, center: LngLat) => {
  const p = geoMercator().scale((512 * 2 ** view.zoom) / (2 * Math.PI)).center(center).translate([view.width / 2, view.height / 2]);
  return (ll: LngLat) => p(ll) as [number, number];
};
const place = (view: Viewport, center: LngLat, lang: Lang = 'en', list: BasemapLabel[] = labels) =>
  placeBasemapLabels(list, lang, view, projector(view, center));
const WIDE: Viewport = { width: 1280, height: 800, zoom: 2 };
const CHINA_TO_EUROPE: LngLat = [66, 30];

describe('which names show at which zoom', () => {
  test('the China–Europe view names the big countries and seas, not the small ones or the straits', () => {
    const shown = place(WIDE, CHINA_TO_EUROPE);
    for (const id of ['country:KZ', 'country:RU', 'country:IN', 'sea:caspian-sea', 'sea:arabian-sea', 'sea:south-china-sea'])
      expect(shown, id).toContain(id);
    for (const id of ['country:NL', 'country:SG', 'sea:strait-of-hormuz', 'sea:strait-of-malacca']) expect(shown, id).not.toContain(id);
  });

  test('zooming in names more places: straits, small countries and corridor stops', () => {
    const zoomed: Viewport = { width: 1280, height: 800, zoom: 5 };
    expect(place(zoomed, [101, 3])).toContain('sea:strait-of-malacca');
    expect(place(zoomed, [44, 14])).toContain('sea:bab-el-mandeb');
    const europe = place(zoomed, [10, 50]);
    expect(europe).toContain('country:NL');
    expect(europe).toContain(labels.find((l) => l.nameEn === 'Duisburg')!.id);
    const inEurope = (ids: Set<string>) => labels.filter((l) => ids.has(l.id) && l.lngLat[0] > -5 && l.lngLat[0] < 25 && l.lngLat[1] > 42 && l.lngLat[1] < 58).length;
    expect(inEurope(europe)).toBeGreaterThan(inEurope(place(WIDE, CHINA_TO_EUROPE)) + 5);
  });

  test('no two names overlap and none is cut by the edge, on a desktop and a phone, in both languages', () => {
    const views: [Viewport, LngLat][] = [[WIDE, CHINA_TO_EUROPE], [{ width: 375, height: 667, zoom: 1.2 }, [80, 35]],
      [{ width: 1280, height: 800, zoom: 4 }, [30, 40]], [{ width: 375, height: 667, zoom: 3.5 }, [110, 20]]];
    for (const [view, center] of views) {
      for (const lang of ['en', 'zh'] as const) {
        const project = projector(view, center);
        const shown = labels.filter((l) => place(view, center, lang).has(l.id));
        expect(shown.length).toBeGreaterThan(2);
        const boxes = shown.map((l) => labelBox(l.kind, ...project(l.lngLat), basemapLabelText(l, lang)));
        for (const [i, a] of boxes.entries()) {
          expect(a.x0 >= 0 && a.y0 >= 0 && a.x1 <= view.width && a.y1 <= view.height).toBe(true);
          for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
        }
      }
    }
  });

  test('a name gives way to what the city layer covers (obstacles)', () => {
    const project = projector(WIDE, CHINA_TO_EUROPE);
    const kz = labels.find((l) => l.id === 'country:KZ')!;
    const [x, y] = project(kz.lngLat);
    expect(placeBasemapLabels([kz], 'en', WIDE, project, [{ x0: x - 2, x1: x + 2, y0: y - 2, y1: y + 2 }])).not.toContain(kz.id);
    expect(placeBasemapLabels([kz], 'en', WIDE, project, [{ x0: x + 200, x1: x + 210, y0: y, y1: y + 5 }])).toContain(kz.id);
  });

  test('where two names collide the bigger country wins', () => {
    const at = (id: string, areaRank: number): BasemapLabel => ({ id, kind: 'country', nameEn: id, nameZh: '国', lngLat: [10, 10], minZoom: 1, priority: areaRank });
    expect([...placeBasemapLabels([at('small', 1100), at('big', 1600)], 'en', WIDE, projector(WIDE, [10, 10]))]).toEqual(['big']);
  });
});

describe('the label model', () => {
  test('every name has a Chinese form, and the seas and straits the corridors pass are there', () => {
    for (const l of labels) expect(l.nameZh, l.id).toMatch(/\p{Script=Han}/u);
    const seas = labels.filter((l) => l.kind === 'sea').map((l) => l.nameEn);
    expect(seas).toEqual(expect.arrayContaining(['Strait of Malacca', 'Bab-el-Mandeb', 'Suez Canal', 'Caspian Sea', 'South China Sea', 'Red Sea', 'North Sea', 'Baltic Sea']));
  });

  test('corridor destinations and border towns are named once, without notes in brackets; Chinese seaports and pilot cities are left to the city labels', () => {
    const stops = labels.filter((l) => l.kind === 'stop');
    const names = stops.map((l) => l.nameEn);
    expect(names).toEqual(expect.arrayContaining(['Duisburg', 'Khorgos', 'Małaszewicze', 'Irun / Hendaye', 'Piraeus']));
    expect(new Set(names).size).toBe(names.length);
    expect(names.some((n) => /[()]/.test(n))).toBe(false);
    expect(stops.find((l) => l.nameEn === 'Irun / Hendaye')!.nameZh).toBe('伊伦/昂代伊');
    expect(names).not.toContain('Chongqing');
    expect(shortStopName('Tongjiang (Tongjiang North)')).toBe('Tongjiang');
  });

  test('a stop is named only while one of its lines is on the map', () => {
    const line = makeLine({ startYear: 2016 });
    const stop = basemapLabelsOf(makeAtlas({ lines: [line], cities: [] })).find((l) => l.kind === 'stop')!;
    expect(stop.nameEn).toBe('C');
    expect(stopShown(stop, 2016, ALL_CORRIDORS)).toBe(true);
    expect(stopShown(stop, 2015, ALL_CORRIDORS)).toBe(false);
    expect(stopShown(stop, 2020, { ...ALL_CORRIDORS, cre: false })).toBe(false);
  });

  test('an atlas without basemap names (an older pinned version) gives no country or sea label', () => {
    const older = makeAtlas({ lines: [] });
    delete (older as Partial<Atlas>).basemapLabels;
    expect(basemapLabelsOf(older)).toEqual([]);
  });
});

describe('basemap label layers', () => {
  const shown = new Set(['sea:red-sea', 'country:KZ']);
  const kept = (props: ReturnType<typeof basemapLabelProps>) =>
    (props.data as BasemapLabel[]).filter((l) => (props.getFilterValue as (l: BasemapLabel) => number)(l) === 1).map((l) => l.id);

  test('are never pickable, keep the data array, and draw what fits', () => {
    const land = basemapLabelProps(labels, 'zh', true, 'sans-serif', shown);
    expect(land.pickable).toBe(false);
    expect(land.data).toBe(labels);
    expect(kept(land).sort()).toEqual(['country:KZ', 'sea:red-sea']);
    expect((land.getText as (l: BasemapLabel) => string)(labels.find((l) => l.id === 'country:KZ')!)).toBe('哈萨克斯坦');
  });

  test('a new placement fires the filter\'s update trigger (deck.gl compares triggers by key: a bare Set would never fire)', () => {
    const trigger = (ids: ReadonlySet<string>) =>
      basemapLabelProps(labels, 'en', true, 'sans-serif', ids).updateTriggers!.getFilterValue as unknown as Record<string, unknown>;
    const [before, after] = [trigger(new Set()), trigger(shown)];
    expect(Object.keys(before).some((k) => before[k] !== after[k])).toBe(true);
  });

  test('are lighter and smaller than the city labels', () => {
    const land = basemapLabelProps(labels, 'en', true, 'sans-serif', shown);
    const color = (land.getColor as unknown as (l: BasemapLabel) => number[])(labels.find((l) => l.id === 'country:KZ')!);
    expect(Math.min(...color.slice(0, 3))).toBeGreaterThan(34 + 40);
    expect((land.getSize as (l: BasemapLabel) => number)(labels[0]!)).toBeLessThan(12);
  });
});

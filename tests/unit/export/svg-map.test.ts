// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { buildSvgMap, type SvgMapInput } from '../../../src/export/svg-map';
import { mapProjection } from '../../../src/cartography/projection';
import type { LngLat } from '../../../src/data/schema';
import { makeAtlas, makeCity, makeCityYear, makeLine } from '../../fixtures/atlas';

/** Where MapLibre draws a point: Web Mercator on a world 512 × 2^zoom pixels wide. */
function maplibrePixel([lng, lat]: LngLat, view: { width: number; height: number; center: LngLat; zoom: number }): [number, number] {
  const world = 512 * 2 ** view.zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (φ: number) => (0.5 - Math.log(Math.tan(Math.PI / 4 + (φ * Math.PI) / 360)) / (2 * Math.PI)) * world;
  return [x(lng) - x(view.center[0]) + view.width / 2, y(lat) - y(view.center[1]) + view.height / 2];
}

const view = { width: 900, height: 600, center: [80, 38] as LngLat, zoom: 2.6 };
const atlas = makeAtlas({
  cities: [makeCity({ id: 'alpha', nameEn: 'Alpha & Co', nameZh: '甲', lngLat: [100, 30], years: [makeCityYear(2025)] })],
  lines: [makeLine({ startYear: 2011 })],
});
const input = (over: Partial<SvgMapInput> = {}): SvgMapInput => ({
  view, countries: null, borders: null, atlas, year: 2025,
  layers: { cities: true, ports: true, srm: true, cre: true, lsc: true }, lang: 'en', routes: [[[100, 30], [80, 45]]],
  title: 'Corridor Atlas', subtitle: 'Pilot cities', sourcesLine: 'Sources: [S1] GAC', versionLine: 'Data version abc',
  legend: [{ label: 'Corridors' }, { label: 'China–Europe Railway Express', symbol: { type: 'line', color: '#D55E00' } }],
  fontFamily: '"Noto Sans SC", sans-serif', ...over,
});
const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

describe('SVG export', () => {
  test('the projection puts the map corners and any point where MapLibre draws them, within a pixel', () => {
    const projection = mapProjection(view);
    for (const p of [[100, 30], [20, 50], [120, 10], [80, 38]] as LngLat[]) {
      const [x, y] = projection(p)!;
      const [mx, my] = maplibrePixel(p, view);
      expect(Math.abs(x - mx)).toBeLessThan(1);
      expect(Math.abs(y - my)).toBeLessThan(1);
    }
    const corner = projection.invert!([0, 0])!;
    const back = maplibrePixel(corner as LngLat, view);
    expect(Math.hypot(back[0], back[1])).toBeLessThan(1);
  });

  test('named layers, and title, labels, legend and sources as text', () => {
    const doc = parse(buildSvgMap(input()));
    const ids = [...Array.from(doc.getElementsByTagName('g'))].map((g) => g.getAttribute('id')).filter(Boolean);
    expect(ids).toEqual(expect.arrayContaining(['basemap', 'corridors', 'routes', 'cities', 'labels', 'legend', 'title', 'sources']));
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Corridor Atlas · 2025', 'Alpha & Co', 'China–Europe Railway Express', 'Sources: [S1] GAC', 'Data version abc']));
    const long = parse(buildSvgMap(input({ sourcesLine: `Sources: ${Array.from({ length: 60 }, (_, i) => `[S${i}] Publisher ${i}`).join('; ')}` })));
    const footer = Array.from(long.getElementById('sources')!.getElementsByTagName('text')).map((t) => t.textContent!);
    expect(footer.length).toBeGreaterThan(3);
    expect(footer.join(' ')).toContain('[S59] Publisher 59');
    expect(Math.max(...footer.map((l) => l.length))).toBeLessThan(900 / 5);
    const line = doc.getElementById('line-CRE-W1');
    expect(line?.getAttribute('stroke')).toBe('#D55E00');
    expect(doc.getElementsByTagName('circle').length).toBeGreaterThan(0);
  });

  test('in Chinese the labels are Chinese; a line not yet open and hidden layers are left out', () => {
    const zh = parse(buildSvgMap(input({ lang: 'zh' })));
    expect(Array.from(zh.getElementsByTagName('text')).map((t) => t.textContent)).toContain('甲');
    expect(zh.documentElement.getAttribute('lang')).toBe('zh-CN');
    const early = parse(buildSvgMap(input({ year: 2010 })));
    expect(early.getElementById('line-CRE-W1')).toBeNull();
    const hidden = parse(buildSvgMap(input({ layers: { cities: false, ports: false, srm: false, cre: false, lsc: false } })));
    expect(hidden.getElementById('line-CRE-W1')).toBeNull();
    expect(hidden.getElementsByTagName('circle').length).toBe(0);
  });
});

describe('SVG export: place names', () => {
  const named = makeAtlas({
    ...atlas,
    basemapLabels: {
      countries: [{ id: 'KZ', nameEn: 'Kazakhstan', nameZh: '哈萨克斯坦', lngLat: [68, 48], areaKm2: 2.7e6, minZoom: 1, sourceIds: ['S01'] }],
      seas: [{ id: 'caspian-sea', nameEn: 'Caspian Sea', nameZh: '里海', lngLat: [51, 38.6], minZoom: 1.5, sourceIds: ['S01'] }],
    },
  });
  const groupTexts = (doc: Document, id: string) => Array.from(doc.getElementById(id)!.getElementsByTagName('text')).map((t) => t.textContent);

  test('countries, seas and corridor stops are named from the map\'s label model, under the corridors', () => {
    const svg = buildSvgMap(input({ atlas: named }));
    const doc = parse(svg);
    expect(groupTexts(doc, 'place-names')).toEqual(expect.arrayContaining(['Kazakhstan', 'Caspian Sea']));
    // The line's destination, from zoom 3.
    expect(groupTexts(doc, 'place-names')).not.toContain('C');
    expect(groupTexts(parse(buildSvgMap(input({ atlas: named, view: { ...view, zoom: 3.2 } }))), 'place-names')).toContain('C');
    expect(svg.indexOf('id="place-names"')).toBeLessThan(svg.indexOf('id="corridors"'));
    expect(groupTexts(parse(buildSvgMap(input({ atlas: named, lang: 'zh' }))), 'place-names')).toEqual(expect.arrayContaining(['哈萨克斯坦', '里海']));
  });

  test('switched off, or below their zoom, the names are left out', () => {
    expect(groupTexts(parse(buildSvgMap(input({ atlas: named, layers: { ...input().layers, names: false } }))), 'place-names')).toEqual([]);
    const far = parse(buildSvgMap(input({ atlas: named, view: { ...view, zoom: 1.2 } })));
    expect(groupTexts(far, 'place-names')).not.toContain('Caspian Sea');
  });
});

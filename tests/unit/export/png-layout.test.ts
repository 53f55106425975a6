import { describe, expect, test } from 'vitest';
import { layoutExport, wrapText, EXPORT_FONTS, type MeasureText } from '../../../src/export/png-layout';
import { pixelsAreBlank } from '../../../src/lib/canvas';

/** Every character is 10 px wide: enough to test line breaking without a canvas. */
const measure: MeasureText = (text) => [...text].length * 10;

describe('wrapping text for the exported image', () => {
  test('breaks at spaces', () => {
    expect(wrapText('one two three four', 90, EXPORT_FONTS.footer, measure)).toEqual(['one two', 'three', 'four']);
  });
  test('breaks Chinese between characters', () => {
    expect(wrapText('来源：海关总署公告', 50, EXPORT_FONTS.footer, measure)).toEqual(['来源：海关', '总署公告']);
  });
  test('cuts a word longer than the line', () => {
    expect(wrapText('https://example.org/long', 100, EXPORT_FONTS.footer, measure)).toEqual(['https://ex', 'ample.org/', 'long']);
  });
});

describe('export layout', () => {
  const input = {
    mapWidth: 400, mapHeight: 300, title: 'Corridor Atlas', subtitle: 'Pilot cities', year: 2025,
    legend: [
      { label: 'Cohorts' }, ...['a', 'b', 'c', 'd', 'e', 'f'].map((label) => ({ label: label.repeat(5), symbol: { type: 'dot' as const, color: '#000' } })),
      { label: 'Ports' }, { label: 'Seaport', symbol: { type: 'ring' as const, color: '#000' } },
    ],
    footer: ['Sources: S01 S02', 'Exported 1 Mar 2026'],
  };

  test('the map keeps its size under the title band, and the legend and footer follow it', () => {
    const layout = layoutExport(input, measure);
    expect(layout.width).toBe(400);
    expect(layout.map).toMatchObject({ x: 0, width: 400, height: 300 });
    expect(layout.legend.every((i) => i.y > layout.map.y + 300)).toBe(true);
    const footerTop = Math.min(...layout.texts.filter((t) => t.font === EXPORT_FONTS.footer).map((t) => t.y));
    expect(footerTop).toBeGreaterThan(Math.max(...layout.legend.map((i) => i.y)));
    expect(layout.height).toBeGreaterThan(footerTop);
  });

  test('legend entries wrap onto new rows inside the image', () => {
    const layout = layoutExport(input, measure);
    const rows = [...new Set(layout.legend.map((i) => i.y))];
    expect(rows.length).toBe(3);
    expect(layout.legend.find((i) => i.label === 'Ports')).toMatchObject({ x: 16, y: rows[2] });
    expect(layout.legend.every((i) => i.x + measure(i.label, EXPORT_FONTS.legend) <= 400)).toBe(true);
  });
});

describe('blank image check', () => {
  const image = (w: number, h: number, at: (x: number, y: number) => [number, number, number, number]) => {
    const data = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y += 1) for (let x = 0; x < w; x += 1) data.set(at(x, y), (y * w + x) * 4);
    return data;
  };
  test('a transparent or single-colour image is blank', () => {
    expect(pixelsAreBlank(image(50, 40, () => [0, 0, 0, 0]), 50, 40)).toBe(true);
    expect(pixelsAreBlank(image(50, 40, () => [215, 228, 239, 255]), 50, 40)).toBe(true);
  });
  test('an image with something drawn on it is not', () => {
    expect(pixelsAreBlank(image(50, 40, (x) => (x < 25 ? [215, 228, 239, 255] : [244, 241, 234, 255])), 50, 40)).toBe(false);
  });
});

import type { LegendItem } from '../state/legend';

import { LABEL_FONT } from '../lib/fonts';

/** CJK glyphs need the Noto family; the app loads "Noto Sans SC" from @fontsource. */
export const EXPORT_FONT_FAMILY = LABEL_FONT;
export const EXPORT_FONTS = {
  title: `bold 20px ${EXPORT_FONT_FAMILY}`,
  year: `bold 28px ${EXPORT_FONT_FAMILY}`,
  subtitle: `13px ${EXPORT_FONT_FAMILY}`,
  caption: `bold 12px ${EXPORT_FONT_FAMILY}`,
  legend: `12px ${EXPORT_FONT_FAMILY}`,
  footer: `11px ${EXPORT_FONT_FAMILY}`,
} as const;
export type ExportFont = (typeof EXPORT_FONTS)[keyof typeof EXPORT_FONTS];

/** Width of `text` in CSS pixels when drawn in `font`; a 2D context's measureText in the browser. */
export type MeasureText = (text: string, font: ExportFont) => number;

const PAD = 16;
const SUBTITLE_LINE = 18;
const LEGEND_ROW = 20;
export const LEGEND_SYMBOL_WIDTH = 22;
const LEGEND_GAP = 6;
const FOOTER_LINE = 15;

// A CJK character is a word of its own: Chinese text breaks between any two characters.
const TOKENS = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\s+/gu;

/** Greedy line breaking at spaces and between CJK characters; a word wider than the line is cut. */
export function wrapText(text: string, maxWidth: number, font: ExportFont, measure: MeasureText): string[] {
  const fits = (s: string) => measure(s.trimEnd(), font) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKENS) ?? []) {
    if (line.trim() !== '' && !fits(line + token)) {
      lines.push(line.trimEnd());
      line = '';
      if (/^\s+$/.test(token)) continue;
    }
    line += token;
    // A word wider than a whole line: cut it where it overflows.
    while (!fits(line) && [...line.trimEnd()].length > 1) {
      const chars = [...line];
      let cut = 1;
      while (cut < chars.length - 1 && fits(chars.slice(0, cut + 1).join(''))) cut += 1;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export type TextLine = { text: string; font: ExportFont; x: number; y: number; align?: 'left' | 'right' };
/** A legend entry placed on the image; `y` is the middle of its row. */
export type PlacedLegendItem = LegendItem & { x: number; y: number };
export type ExportLayout = {
  width: number;
  height: number;
  texts: TextLine[];
  map: { x: number; y: number; width: number; height: number };
  legend: PlacedLegendItem[];
  /** Where the thin rules above the legend and above the footer go. */
  rules: number[];
};

export type LayoutInput = {
  mapWidth: number;
  mapHeight: number;
  title: string;
  subtitle: string;
  year: number;
  legend: readonly LegendItem[];
  footer: readonly string[];
};

/** Positions in CSS pixels: title band, map, legend rows, footer. Text is drawn with a 'top' baseline. */
export function layoutExport(input: LayoutInput, measure: MeasureText): ExportLayout {
  const width = input.mapWidth;
  const inner = width - 2 * PAD;
  const texts: TextLine[] = [];
  const yearText = String(input.year);
  const yearWidth = measure(yearText, EXPORT_FONTS.year);
  texts.push({ text: yearText, font: EXPORT_FONTS.year, x: width - PAD, y: PAD - 4, align: 'right' });
  const titleWidth = Math.max(40, inner - yearWidth - PAD);
  const titleLines = wrapText(input.title, titleWidth, EXPORT_FONTS.title, measure);
  let y = PAD;
  for (const text of titleLines) {
    texts.push({ text, font: EXPORT_FONTS.title, x: PAD, y });
    y += 26;
  }
  for (const text of wrapText(input.subtitle, titleWidth, EXPORT_FONTS.subtitle, measure)) {
    texts.push({ text, font: EXPORT_FONTS.subtitle, x: PAD, y });
    y += SUBTITLE_LINE;
  }
  y = Math.max(y, PAD + 34) + 8;
  const map = { x: 0, y, width, height: input.mapHeight };
  y += input.mapHeight;
  const rules = [y];

  const legend: PlacedLegendItem[] = [];
  if (input.legend.length) {
    y += 8;
    let x = PAD;
    for (const item of input.legend) {
      const font = item.symbol ? EXPORT_FONTS.legend : EXPORT_FONTS.caption;
      const itemWidth = (item.symbol ? LEGEND_SYMBOL_WIDTH + LEGEND_GAP : 0) + measure(item.label, font);
      // Captions start a row; other entries flow on and wrap when the row is full.
      if (x > PAD && (!item.symbol || x + itemWidth > width - PAD)) {
        x = PAD;
        y += LEGEND_ROW;
      }
      legend.push({ ...item, x, y: y + LEGEND_ROW / 2 });
      x += itemWidth + (item.symbol ? 16 : 10);
    }
    y += LEGEND_ROW + 6;
    rules.push(y);
  }

  y += 8;
  for (const paragraph of input.footer) {
    for (const text of wrapText(paragraph, inner, EXPORT_FONTS.footer, measure)) {
      texts.push({ text, font: EXPORT_FONTS.footer, x: PAD, y });
      y += FOOTER_LINE;
    }
  }
  return { width, height: Math.ceil(y + PAD * 0.75), texts, map, legend, rules };
}

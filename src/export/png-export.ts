import { translator, type Lang } from '../lib/i18n';
import { formatPartialDate } from '../lib/format';
import type { LegendItem, LegendSymbol } from '../state/legend';
import type { ExportScale } from '../state/capture-slice';
import { EXPORT_FONTS, LEGEND_SYMBOL_WIDTH, layoutExport, type ExportFont } from './png-layout';

export type ComposeInput = {
  /** The live map canvas, or a snapshot from renderMapAtScale (already `scale` × the CSS size). */
  mapCanvas: HTMLCanvasElement;
  scale: ExportScale;
  title: string;
  subtitle: string;
  year: number;
  legend: readonly LegendItem[];
  sourcesLine: string;
  exportedAt: Date;
  /** Printed in the footer, so the picture says which data it shows. */
  dataVersion: string;
  lang: Lang;
};

const FONT_WAIT_MS = 3000;
const INK = '#1f2328';
const MUTED = '#5b6168';
const RULE = '#d9dce0';

/** CSS size of the map: a canvas in the page reports it; a detached snapshot is `scale` × it already. */
function cssSizeOf(canvas: HTMLCanvasElement, scale: number) {
  return canvas.clientWidth > 0
    ? { width: canvas.clientWidth, height: canvas.clientHeight }
    : { width: canvas.width / scale, height: canvas.height / scale };
}

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Canvas text uses a web font only once it is loaded, and only the unicode ranges asked for. */
async function loadFonts(texts: { text: string; font: ExportFont }[]) {
  if (typeof document === 'undefined' || !document.fonts) return;
  const byFont = new Map<ExportFont, string>();
  for (const { text, font } of texts) byFont.set(font, (byFont.get(font) ?? '') + text);
  const loads = [...byFont].map(([font, text]) => document.fonts.load(font, text).catch(() => []));
  await Promise.race([Promise.all(loads), new Promise((resolve) => setTimeout(resolve, FONT_WAIT_MS))]);
}

function drawSymbol(ctx: CanvasRenderingContext2D, symbol: LegendSymbol, x: number, y: number) {
  const cx = x + LEGEND_SYMBOL_WIDTH / 2;
  ctx.save();
  switch (symbol.type) {
    case 'line':
      ctx.strokeStyle = symbol.color;
      ctx.lineWidth = 3;
      ctx.lineCap = 'round';
      if (symbol.dotted) ctx.setLineDash([1, 4]);
      else if (symbol.dashed) ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x + 2, y);
      ctx.lineTo(x + LEGEND_SYMBOL_WIDTH - 2, y);
      ctx.stroke();
      // The centre stripe the map draws on the corridor's lines.
      if (symbol.stripe) {
        ctx.strokeStyle = symbol.stripe;
        ctx.lineWidth = 1;
        ctx.lineCap = 'butt';
        ctx.stroke();
      }
      break;
    case 'dot':
      ctx.beginPath();
      ctx.arc(cx, y, 5.5, 0, Math.PI * 2);
      ctx.globalAlpha = symbol.inferred ? 0.45 : 1;
      ctx.fillStyle = symbol.color;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = symbol.inferred ? symbol.color : '#ffffff';
      ctx.stroke();
      break;
    case 'ring':
      ctx.beginPath();
      ctx.arc(cx, y, 7, 0, Math.PI * 2);
      ctx.lineWidth = 2;
      ctx.strokeStyle = symbol.color;
      ctx.stroke();
      break;
    case 'shape': {
      const size = 14;
      ctx.translate(cx - size / 2, y - size / 2);
      ctx.scale(size / 24, size / 24);
      ctx.fillStyle = symbol.color;
      ctx.fill(new Path2D(symbol.path), 'evenodd');
      break;
    }
  }
  ctx.restore();
}

/**
 * The map as a PNG with title, year, legend, sources, export date and credit drawn around it.
 * The image is `scale` × the map's CSS width, whatever the screen's devicePixelRatio.
 */
export async function composeMapImage(input: ComposeInput): Promise<Blob> {
  const { mapCanvas, scale, lang } = input;
  const t = translator(lang);
  const mapSize = cssSizeOf(mapCanvas, scale);
  const footer = [
    input.sourcesLine,
    `${t('exportedOn', { date: formatPartialDate(localDate(input.exportedAt), lang) })} · ${t('exportDataVersion', { version: input.dataVersion })} · ${t('exportCredit')}`,
  ];
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  const measure = (text: string, font: ExportFont) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const layoutInput = {
    mapWidth: mapSize.width, mapHeight: mapSize.height, title: input.title, subtitle: input.subtitle, year: input.year,
    legend: input.legend, footer,
  };
  const legendText = input.legend.map((i) => i.label).join('');
  await loadFonts([...layoutExport(layoutInput, measure).texts, { text: legendText, font: EXPORT_FONTS.legend }, { text: legendText, font: EXPORT_FONTS.caption }]);
  // Laid out again: widths change once the web font replaces the fallback.
  const layout = layoutExport(layoutInput, measure);

  // Setting the size resets the context, so it comes before any drawing state.
  canvas.width = Math.round(layout.width * scale);
  canvas.height = Math.round(layout.height * scale);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  const { map } = layout;
  ctx.drawImage(mapCanvas, 0, 0, mapCanvas.width, mapCanvas.height, map.x, map.y, map.width, map.height);

  ctx.fillStyle = RULE;
  for (const y of [map.y, ...layout.rules]) ctx.fillRect(0, y - 0.5, layout.width, 1);

  ctx.textBaseline = 'top';
  for (const line of layout.texts) {
    ctx.font = line.font;
    ctx.fillStyle = line.font === EXPORT_FONTS.footer || line.font === EXPORT_FONTS.subtitle ? MUTED : INK;
    ctx.textAlign = line.align ?? 'left';
    ctx.fillText(line.text, line.x, line.y);
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const item of layout.legend) {
    ctx.font = item.symbol ? EXPORT_FONTS.legend : EXPORT_FONTS.caption;
    ctx.fillStyle = item.symbol ? INK : MUTED;
    if (item.symbol) drawSymbol(ctx, item.symbol, item.x, item.y);
    ctx.fillText(item.label, item.x + (item.symbol ? LEGEND_SYMBOL_WIDTH + 6 : 0), item.y);
  }

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}

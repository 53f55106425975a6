import type { Map as MaplibreMap } from 'maplibre-gl';
import { translator, type Lang } from '../lib/i18n';
import { formatPartialDate } from '../lib/format';
import type { LegendItem, LegendSymbol } from './legend-items';
import { EXPORT_FONTS, LEGEND_SYMBOL_WIDTH, layoutExport, type ExportFont } from './png-layout';

export type { LegendItem } from './legend-items';
export type ExportScale = 1 | 2;

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
const IDLE_WAIT_MS = 8000;
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

/** The parts of a maplibre Map used here. `setPixelRatio(null)` goes back to following devicePixelRatio. */
export type SnapshotMap = Pick<MaplibreMap, 'getCanvas' | 'getPixelRatio' | 'once' | 'off' | 'triggerRepaint'> & {
  setPixelRatio(pixelRatio: number | null): void;
};
/** deck.gl's luma.gl Device (from MapLibreOverlay's `onDeviceInitialized`), reduced to what is used. */
export type DeckDevice = { getDefaultCanvasContext(): { setDrawingBufferSize(width: number, height: number): void } };

/**
 * Interleaved deck.gl draws into maplibre's canvas but learns its size only from a ResizeObserver, which
 * a pixel-ratio change does not trigger (the CSS size stays); without this deck draws into a corner.
 */
const syncDeck = (device: DeckDevice | null, canvas: HTMLCanvasElement) =>
  device?.getDefaultCanvasContext().setDrawingBufferSize(canvas.width, canvas.height);

/** Resolves after the map has drawn a complete frame (or after a timeout, so an export never hangs). */
function nextIdleFrame(map: SnapshotMap): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      map.off('idle', done);
      requestAnimationFrame(() => resolve());
    };
    const timer = setTimeout(done, IDLE_WAIT_MS);
    map.once('idle', done);
    map.triggerRepaint();
  });
}

/** A detached copy of `source` at exactly `width` × `height` pixels. */
function copyCanvas(source: HTMLCanvasElement, width: number, height: number): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = width;
  copy.height = height;
  const ctx = copy.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available');
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
  return copy;
}

/**
 * Renders the map with at least `scale` device pixels per CSS pixel and returns a copy of it, sized
 * `scale` × the CSS size; the pixel ratio is then restored. The map must be created with
 * `preserveDrawingBuffer: true`, or the WebGL canvas reads back blank.
 */
export async function renderMapAtScale(map: SnapshotMap, scale: ExportScale, deckDevice: DeckDevice | null): Promise<HTMLCanvasElement> {
  const canvas = map.getCanvas();
  const width = Math.round(canvas.clientWidth * scale);
  const height = Math.round(canvas.clientHeight * scale);
  const before = map.getPixelRatio();
  // A screen with devicePixelRatio >= scale already has the pixels; more would only be scaled down.
  const raise = before < scale;
  try {
    if (raise) {
      map.setPixelRatio(scale);
      syncDeck(deckDevice, canvas);
    }
    await nextIdleFrame(map);
    return copyCanvas(canvas, width, height);
  } finally {
    if (raise) {
      map.setPixelRatio(before === globalThis.devicePixelRatio ? null : before);
      syncDeck(deckDevice, canvas);
      map.triggerRepaint();
    }
  }
}

/** True when every sampled pixel is transparent or all have one colour: nothing was drawn. */
export function pixelsAreBlank(rgba: ArrayLike<number>, width: number, height: number, grid = 24): boolean {
  let first: string | null = null;
  for (let gy = 0; gy < grid; gy += 1) {
    for (let gx = 0; gx < grid; gx += 1) {
      const x = Math.min(width - 1, Math.floor(((gx + 0.5) * width) / grid));
      const y = Math.min(height - 1, Math.floor(((gy + 0.5) * height) / grid));
      const i = (y * width + x) * 4;
      if (rgba[i + 3] === 0) continue;
      const key = `${rgba[i]},${rgba[i + 1]},${rgba[i + 2]},${rgba[i + 3]}`;
      if (first === null) first = key;
      else if (key !== first) return false;
    }
  }
  return true;
}

/** Samples a canvas (2D or WebGL) through a 2D copy; WebGL reads need preserveDrawingBuffer. */
export function isBlank(canvas: HTMLCanvasElement): boolean {
  if (canvas.width === 0 || canvas.height === 0) return true;
  const copy = copyCanvas(canvas, canvas.width, canvas.height);
  const data = copy.getContext('2d')!.getImageData(0, 0, copy.width, copy.height).data;
  return pixelsAreBlank(data, copy.width, copy.height);
}

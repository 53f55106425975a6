import { geoPath, type GeoProjection } from 'd3-geo';
import { mapProjection, type MapViewBox } from '../cartography/projection';
import { CORRIDOR_IDS, type Atlas, type LngLat } from '../data/schema';
import type { Lang } from '../lib/i18n';
import { BASEMAP, CORRIDOR_CSS, PORT_CSS, PORT_SHAPES, cohortPaletteOf } from '../cartography/palette';
import { linePath } from '../data/line-path';
import { CITY_MARK, cityBoxes, labelPriority, placeLabels, textWidth, type Box } from '../cartography/label-placement';
import { basemapLabelsOf, basemapLabelText, stopShown } from '../cartography/basemap-labels';
import { BASEMAP_LABEL_COLORS, BASEMAP_LABEL_STYLE, placeBasemapLabels } from '../cartography/basemap-label-placement';
import { citiesOfYear } from '../state/atlas-queries';
import { linesShownIn, portsShownIn, type LayerVisibility } from '../data/shown-in-year';
import type { LegendItem } from '../state/legend';

export type SvgView = MapViewBox;

export type SvgMapInput = {
  view: SvgView;
  countries: GeoJSON.FeatureCollection | null;
  borders: GeoJSON.Geometry | null;
  atlas: Atlas; year: number; layers: LayerVisibility; lang: Lang;
  routes: LngLat[][];
  title: string; subtitle: string; sourcesLine: string; versionLine: string;
  legend: LegendItem[];
  fontFamily: string;
};

const CHINA_ISO_NUMERIC = 156;
const HEADER_PX = 64;
const FOOTER_LINE_PX = 14;
const LEGEND_ROW_PX = 18;
const CITY_RADIUS = 6;

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 10) / 10).toString();

/** A straight-in-Mercator polyline, as the map draws paths. */
function polyline(projection: GeoProjection, path: readonly LngLat[]): string {
  const pts = path.map((p) => projection(p)).filter((p): p is [number, number] => p !== null);
  return pts.length < 2 ? '' : `M${pts.map(([x, y]) => `${n(x)},${n(y)}`).join('L')}`;
}

function basemapGroup(input: SvgMapInput, projection: GeoProjection, mapH: number): string {
  const draw = geoPath(projection);
  const land = (input.countries?.features ?? []).map((f) => {
    const d = draw(f);
    const fill = Number(f.id) === CHINA_ISO_NUMERIC ? BASEMAP.china : BASEMAP.land;
    return d ? `<path d="${d}" fill="${fill}" stroke="${BASEMAP.coast}" stroke-width="0.4"/>` : '';
  });
  const borders = input.borders ? draw(input.borders) : null;
  return `<g id="basemap"><rect width="${input.view.width}" height="${mapH}" fill="${BASEMAP.sea}"/>${land.join('')}`
    + (borders ? `<path d="${borders}" fill="none" stroke="${BASEMAP.border}" stroke-width="0.6"/>` : '') + '</g>';
}

function corridorsGroup(input: SvgMapInput, projection: GeoProjection): string {
  const lines = linesShownIn(input.atlas, input.year).filter((l) => input.layers[l.corridorId]);
  const paths = CORRIDOR_IDS.flatMap((id) => lines.filter((l) => l.corridorId === id).map((l) => {
    const d = polyline(projection, linePath(l));
    const dash = l.alignment === 'sourced' ? '' : ' stroke-dasharray="4 3"';
    return d ? `<path id="line-${escapeXml(l.id)}" d="${d}" fill="none" stroke="${CORRIDOR_CSS[id]}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"${dash}/>` : '';
  }));
  const routes = input.routes.map((r) => polyline(projection, r)).filter(Boolean)
    .map((d) => `<path d="${d}" fill="none" stroke="#19191f" stroke-opacity="0.9" stroke-width="4" stroke-linecap="round"/>`);
  return `<g id="corridors">${paths.join('')}</g><g id="routes">${routes.join('')}</g>`;
}

const cssOf = ([r, g, b]: readonly number[]) => `rgb(${r},${g},${b})`;

/**
 * Country, sea and stop names, placed as the map places them (same model, sizes and declutter), clear of the
 * city dots and labels. Drawn under the corridors, as on the map.
 */
function placeNamesGroup(input: SvgMapInput, projection: GeoProjection, cityCover: Box[]): string {
  if (input.layers.names === false) return '<g id="place-names"/>';
  const { width, height, zoom } = input.view;
  const labels = basemapLabelsOf(input.atlas).filter((l) => stopShown(l, input.year, input.layers));
  const shown = placeBasemapLabels(labels, input.lang, { width, height, zoom }, (ll) => projection(ll), cityCover);
  const texts = labels.filter((l) => shown.has(l.id)).map((l) => {
    const [x, y] = projection(l.lngLat)!;
    const { sizePx, offsetPx } = BASEMAP_LABEL_STYLE[l.kind];
    const anchor = l.kind === 'stop' ? '' : ' text-anchor="middle"';
    return `<text x="${n(x + offsetPx)}" y="${n(y + sizePx * 0.35)}" font-size="${sizePx}" fill="${cssOf(BASEMAP_LABEL_COLORS[l.kind])}"${anchor}>`
      + `${escapeXml(basemapLabelText(l, input.lang))}</text>`;
  });
  return `<g id="place-names" stroke="#ffffff" stroke-opacity="0.8" stroke-width="2" paint-order="stroke">${texts.join('')}</g>`;
}

function pointsGroups(input: SvgMapInput, projection: GeoProjection): { points: string; labels: string; placeNames: string } {
  const inside = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= input.view.width && y <= input.view.height;
  const ports = input.layers.ports ? portsShownIn(input.atlas, input.year) : [];
  const portMarks = ports.flatMap((p) => {
    const xy = projection(p.lngLat);
    if (!xy || !inside(xy)) return [];
    const [x, y] = xy;
    return [`<path d="${PORT_SHAPES[p.kind]}" transform="translate(${n(x - 6)},${n(y - 6)}) scale(0.5)" fill="${PORT_CSS}"/>`];
  });
  const palette = cohortPaletteOf(input.atlas);
  const cities = input.layers.cities ? citiesOfYear(input.atlas, input.year) : [];
  const placed = cities.flatMap((c) => {
    const xy = projection(c.city.lngLat);
    return xy && inside(xy) ? [{ c, x: xy[0], y: xy[1] }] : [];
  });
  const dots = placed.map(({ c, x, y }) => {
    const color = palette.css(c.firstYear);
    const inferred = c.membership.status === 'inferred';
    return `<circle cx="${n(x)}" cy="${n(y)}" r="${CITY_RADIUS}" fill="${color}" fill-opacity="${inferred ? 0.45 : 0.95}" stroke="${inferred ? color : '#ffffff'}" stroke-width="1.5"/>`;
  });
  const nameOf = (id: string) => {
    const city = placed.find((p) => p.c.city.id === id)!.c.city;
    return input.lang === 'zh' ? city.nameZh : city.nameEn;
  };
  const priority = labelPriority(input.year, null);
  const candidates = placed.map(({ c, x, y }) => ({ id: c.city.id, x, y, text: nameOf(c.city.id), priority: priority(c.city) }));
  const shown = placeLabels(candidates);
  const labels = placed.filter(({ c }) => shown.has(c.city.id)).map(({ c, x, y }) =>
    `<text x="${n(x + CITY_MARK.labelOffsetPx)}" y="${n(y + 4)}">${escapeXml(nameOf(c.city.id))}</text>`);
  return {
    points: `<g id="ports">${portMarks.join('')}</g><g id="cities">${dots.join('')}</g>`,
    labels: `<g id="labels" font-size="${CITY_MARK.fontPx}" fill="#222228" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels.join('')}</g>`,
    placeNames: placeNamesGroup(input, projection, cityBoxes(candidates, shown)),
  };
}

function legendGroup(legend: LegendItem[], x: number, y: number): string {
  const rows = legend.map((item, i) => {
    const ty = y + i * LEGEND_ROW_PX;
    const label = `<text x="${x + 22}" y="${ty + 4}"${item.symbol ? '' : ' font-weight="bold"'}>${escapeXml(item.label)}</text>`;
    const s = item.symbol;
    if (!s) return label;
    const dash = s.type === 'line' && s.dotted ? ' stroke-dasharray="1 3"' : s.type === 'line' && s.dashed ? ' stroke-dasharray="4 3"' : '';
    const stripe = s.type === 'line' && s.stripe ? `<line x1="${x}" x2="${x + 16}" y1="${ty}" y2="${ty}" stroke="${s.stripe}" stroke-width="1"/>` : '';
    const mark = s.type === 'line'
      ? `<line x1="${x}" x2="${x + 16}" y1="${ty}" y2="${ty}" stroke="${s.color}" stroke-width="3"${dash}/>${stripe}`
      : s.type === 'dot' ? `<circle cx="${x + 8}" cy="${ty}" r="5" fill="${s.color}" fill-opacity="${s.inferred ? 0.45 : 1}"/>`
        : s.type === 'ring' ? `<circle cx="${x + 8}" cy="${ty}" r="5" fill="none" stroke="${s.color}" stroke-width="2"/>`
          : `<path d="${s.path}" transform="translate(${x + 2},${ty - 6}) scale(0.5)" fill="${s.color}"/>`;
    return mark + label;
  });
  return `<g id="legend" font-size="11" fill="#222228">${rows.join('')}</g>`;
}

/** Splits a long line at "; " or spaces so each piece fits `width` pixels of 10 px text. */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(20, Math.floor(width / 5.6));
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=;) |(?<=,) | /)) {
    if (line && (line + ' ' + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** The view as an SVG document for print: named layers, every text as real text. */
export function buildSvgMap(input: SvgMapInput): string {
  const { width, height } = input.view;
  const projection = mapProjection(input.view);
  const mapH = height;
  const legendH = input.legend.length * LEGEND_ROW_PX + 12;
  const legendW = Math.max(120, ...input.legend.map((l) => textWidth(l.label) + 30));
  const footer = [...wrapText(input.sourcesLine, width - 32), input.versionLine];
  const total = HEADER_PX + mapH + 8 + footer.length * FOOTER_LINE_PX;
  const { points, labels, placeNames } = pointsGroups(input, projection);
  const esc = escapeXml;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${esc(input.fontFamily)}" lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    `<g id="title"><rect width="${width}" height="${HEADER_PX}" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="20" font-weight="bold" fill="#1f2328">${esc(input.title)} · ${input.year}</text>`,
    `<text x="16" y="50" font-size="13" fill="#57606a">${esc(input.subtitle)}</text></g>`,
    `<g id="map" transform="translate(0,${HEADER_PX})"><clipPath id="map-clip"><rect width="${width}" height="${mapH}"/></clipPath>`,
    `<g clip-path="url(#map-clip)">${basemapGroup(input, projection, mapH)}${placeNames}${corridorsGroup(input, projection)}${points}${labels}</g></g>`,
    input.legend.length
      ? `<g transform="translate(12,${HEADER_PX + mapH - legendH - 12})"><rect width="${legendW}" height="${legendH}" fill="#ffffff" fill-opacity="0.92" stroke="#d9dce0"/>${legendGroup(input.legend, 8, 14)}</g>`
      : '<g id="legend"/>',
    `<g id="sources" font-size="10" fill="#57606a">${footer.map((line, i) => `<text x="16" y="${HEADER_PX + mapH + 16 + i * FOOTER_LINE_PX}">${esc(line)}</text>`).join('')}</g>`,
    '</svg>',
  ].join('\n');
}

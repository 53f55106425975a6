// One legend model for every legend: the layer panel, the embed's compact legend, the PNG and the SVG export.
// Each renders these items its own way; what an entry says and how its symbol looks is decided here only.
import { shallow } from 'zustand/shallow';
import { CORRIDOR_IDS, type Atlas, type CorridorId, type PortKind } from '../data/schema';
import { startYearUnknown } from '../data/line-years';
import { placesShownIn } from '../data/places';
import { linesShownIn, portsShownIn, type LayerVisibility } from '../data/shown-in-year';
import { translator, type Lang, type MessageKey } from '../lib/i18n';
import { CORRIDOR_CSS, CORRIDOR_STRIPE_CSS, INDICATIVE_CSS, PORT_CSS, PORT_SHAPES, cohortPaletteOf } from '../cartography/palette';
import { AREA_SHAPE, PLACE_CSS } from '../cartography/place-palette';
import { citiesOfYear, cohortsOf } from './atlas-queries';

/** How a legend entry is drawn; `path` is an SVG path on a 24×24 box (the port symbols); `stripe` a centre stripe. */
export type LegendSymbol =
  | { type: 'line'; color: string; stripe?: string; dashed?: boolean; dotted?: boolean }
  | { type: 'dot'; color: string; inferred?: boolean }
  | { type: 'ring'; color: string }
  | { type: 'shape'; color: string; path: string };
/** An entry without a symbol is a caption that starts a new legend row. `layer`: the entry is that layer's switch. */
export type LegendItem = { label: string; symbol?: LegendSymbol; layer?: CorridorId; note?: string };
/** Two symbols that draw the same (the legend is rebuilt with every year, its symbols mostly unchanged). */
export const sameSymbol = (a: LegendSymbol | undefined, b: LegendSymbol | undefined) => shallow(a, b);
export type LegendGroupId = 'corridors' | 'cities' | 'ports' | 'places';
export type LegendGroup = { id: LegendGroupId; caption: string; items: LegendItem[] };
/** Two entries that show the same. */
export const sameItem = (a: LegendItem, b: LegendItem) =>
  a.label === b.label && a.layer === b.layer && a.note === b.note && sameSymbol(a.symbol, b.symbol);
/** Two groups that show the same: the same caption and items. */
export const sameGroup = (a: LegendGroup, b: LegendGroup) =>
  a.id === b.id && a.caption === b.caption && a.items.length === b.items.length && a.items.every((item, i) => sameItem(item, b.items[i]!));
/**
 * `shown`: only what the map draws in the year with these layers (the exports). `drawable`: everything the map
 * can draw, whatever is switched on (the layer panel and the compact legend, beside the switches).
 */
export type LegendScope = 'shown' | 'drawable';

const PORT_KINDS = Object.keys(PORT_SHAPES) as PortKind[];

function corridorGroup(atlas: Atlas, year: number, layers: LayerVisibility, lang: Lang, scope: LegendScope): LegendGroup | null {
  const t = translator(lang);
  const lines = scope === 'shown' ? linesShownIn(atlas, year).filter((l) => layers[l.corridorId]) : atlas.lines;
  const ids = scope === 'shown' ? CORRIDOR_IDS.filter((id) => lines.some((l) => l.corridorId === id)) : CORRIDOR_IDS;
  if (!ids.length) return null;
  const items = ids.map((id): LegendItem => {
    const corridor = atlas.corridors.find((c) => c.id === id);
    const stripe = CORRIDOR_STRIPE_CSS[id];
    return {
      label: corridor ? (lang === 'zh' ? corridor.nameZh : corridor.nameEn) : id,
      symbol: { type: 'line', color: CORRIDOR_CSS[id], ...(stripe ? { stripe } : {}) },
      layer: id, ...(corridor ? { note: String(corridor.startYear) } : {}),
    };
  });
  if (scope === 'drawable' || lines.some((l) => l.alignment !== 'sourced')) {
    items.push({ label: t('legendIndicative'), symbol: { type: 'line', color: INDICATIVE_CSS, dashed: true } });
  }
  if (scope === 'drawable' || lines.some(startYearUnknown)) {
    items.push({ label: t('lineStartUnknownLegend'), symbol: { type: 'line', color: INDICATIVE_CSS, dotted: true } });
  }
  return { id: 'corridors', caption: t('tabCorridors'), items };
}

function cityGroup(atlas: Atlas, year: number, lang: Lang, scope: LegendScope): LegendGroup | null {
  const t = translator(lang);
  const palette = cohortPaletteOf(atlas);
  const cities = citiesOfYear(atlas, year);
  const cohorts = scope === 'shown' ? [...new Set(cities.map((c) => c.firstYear))].sort((a, b) => a - b) : cohortsOf(atlas);
  if (scope === 'shown' && !cities.length) return null;
  const items: LegendItem[] = cohorts.map((cohort) => ({ label: String(cohort), symbol: { type: 'dot', color: palette.css(cohort) } }));
  if (scope === 'drawable' || cities.some((c) => c.isNew)) items.push({ label: `${t('legendNew')} (${year})`, symbol: { type: 'ring', color: palette.css(year) } });
  if (scope === 'drawable' || cities.some((c) => c.membership.status === 'inferred')) {
    items.push({ label: t('legendInferred'), symbol: { type: 'dot', color: palette.css(cohorts[0] ?? year), inferred: true } });
  }
  return { id: 'cities', caption: t('legendCohort'), items };
}

function portGroup(atlas: Atlas, year: number, lang: Lang, scope: LegendScope): LegendGroup | null {
  const t = translator(lang);
  const ports = scope === 'shown' ? portsShownIn(atlas, year) : atlas.ports;
  const kinds = scope === 'shown' ? PORT_KINDS.filter((k) => ports.some((p) => p.kind === k)) : PORT_KINDS;
  if (!kinds.length) return null;
  const items = kinds.map((kind): LegendItem => ({ label: t(`port_${kind}` as MessageKey), symbol: { type: 'shape', color: PORT_CSS, path: PORT_SHAPES[kind] } }));
  return { id: 'ports', caption: t('layerPorts'), items };
}

function placeGroup(atlas: Atlas, year: number, lang: Lang, scope: LegendScope): LegendGroup | null {
  const t = translator(lang);
  const shown = placesShownIn(atlas, year);
  const has = (kind: string) => scope === 'drawable' || shown.some((p) => p.kind === kind);
  if (scope === 'shown' && !shown.length) return null;
  const items: LegendItem[] = [];
  if (has('area')) items.push({ label: t('legendPlaceArea'), symbol: { type: 'shape', color: PLACE_CSS.area, path: AREA_SHAPE } });
  if (has('markers')) items.push({ label: t('legendPlaceMarker'), symbol: { type: 'ring', color: PLACE_CSS.marker } });
  if (has('route')) items.push({ label: t('legendPlaceRoute'), symbol: { type: 'line', color: PLACE_CSS.route, dashed: true } });
  return { id: 'places', caption: t('layerPlaces'), items };
}

/** The legend of the map in `year`, in the order of the layer panel: corridors, cities, ports, places. */
export function legendGroups(atlas: Atlas, year: number, layers: LayerVisibility, lang: Lang, scope: LegendScope): LegendGroup[] {
  const shown = scope === 'shown';
  const groups = [
    corridorGroup(atlas, year, layers, lang, scope),
    !shown || layers.cities ? cityGroup(atlas, year, lang, scope) : null,
    !shown || layers.ports ? portGroup(atlas, year, lang, scope) : null,
    !shown || (layers.places ?? true) ? placeGroup(atlas, year, lang, scope) : null,
  ];
  return groups.filter((g): g is LegendGroup => g !== null);
}

/** The legend of what the map shows, as one list: each group's caption, then its entries (the PNG and SVG). */
export const legendItems = (atlas: Atlas, year: number, layers: LayerVisibility, lang: Lang): LegendItem[] =>
  legendGroups(atlas, year, layers, lang, 'shown').flatMap((g) => [{ label: g.caption }, ...g.items]);

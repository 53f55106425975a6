import { CORRIDOR_IDS, type Atlas, type PortKind } from '../data/schema';
import { translator, type Lang, type MessageKey } from '../lib/i18n';
import { CORRIDOR_CSS, PORT_CSS, PORT_SHAPES, cohortPaletteOf } from '../map/palette';
import { citiesOfYear } from '../state/atlas-queries';
import { startYearUnknown } from '../data/line-years';
import { placeLegendItems } from './place-legend';
import { linesShownIn, portsShownIn, type LayerVisibility } from './data-export';

/** How a legend entry is drawn; `path` is an SVG path on a 24×24 box (the port symbols). */
export type LegendSymbol =
  | { type: 'line'; color: string; dashed?: boolean; dotted?: boolean }
  | { type: 'dot'; color: string; inferred?: boolean }
  | { type: 'ring'; color: string }
  | { type: 'shape'; color: string; path: string };
/** An entry without a symbol is a caption that starts a new legend row. */
export type LegendItem = { label: string; symbol?: LegendSymbol };

const INDICATIVE_CSS = '#555555';

/** The legend of what the map shows in `year`, in the order of the layer panel. */
export function legendItems(atlas: Atlas, year: number, layers: LayerVisibility, lang: Lang): LegendItem[] {
  const t = translator(lang);
  const items: LegendItem[] = [];
  const lines = linesShownIn(atlas, year).filter((l) => layers[l.corridorId]);
  const corridors = CORRIDOR_IDS.filter((id) => lines.some((l) => l.corridorId === id));
  if (corridors.length) {
    items.push({ label: t('tabCorridors') });
    for (const id of corridors) {
      const corridor = atlas.corridors.find((c) => c.id === id);
      const name = corridor ? (lang === 'zh' ? corridor.nameZh : corridor.nameEn) : id;
      items.push({ label: name, symbol: { type: 'line', color: CORRIDOR_CSS[id] } });
    }
    if (lines.some((l) => l.alignment !== 'sourced')) {
      items.push({ label: t('legendIndicative'), symbol: { type: 'line', color: INDICATIVE_CSS, dashed: true } });
    }
    if (lines.some(startYearUnknown)) {
      items.push({ label: t('lineStartUnknownLegend'), symbol: { type: 'line', color: INDICATIVE_CSS, dotted: true } });
    }
  }
  const cities = layers.cities ? citiesOfYear(atlas, year) : [];
  if (cities.length) {
    const palette = cohortPaletteOf(atlas);
    items.push({ label: t('legendCohort') });
    const shownCohorts = [...new Set(cities.map((c) => c.firstYear))].sort((a, b) => a - b);
    for (const cohort of shownCohorts) items.push({ label: String(cohort), symbol: { type: 'dot', color: palette.css(cohort) } });
    if (cities.some((c) => c.isNew)) items.push({ label: `${t('legendNew')} (${year})`, symbol: { type: 'ring', color: palette.css(year) } });
    if (cities.some((c) => c.membership.status === 'inferred')) {
      items.push({ label: t('legendInferred'), symbol: { type: 'dot', color: palette.css(shownCohorts[0] ?? year), inferred: true } });
    }
  }
  const ports = layers.ports ? portsShownIn(atlas, year) : [];
  if (ports.length) {
    items.push({ label: t('layerPorts') });
    const kinds = (Object.keys(PORT_SHAPES) as PortKind[]).filter((k) => ports.some((p) => p.kind === k));
    for (const kind of kinds) items.push({ label: t(`port_${kind}` as MessageKey), symbol: { type: 'shape', color: PORT_CSS, path: PORT_SHAPES[kind] } });
  }
  if ((layers as Partial<Record<'places', boolean>>).places ?? true) items.push(...placeLegendItems(atlas, year, t));
  return items;
}

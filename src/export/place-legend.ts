import type { Atlas } from '../data/schema';
import { placesShownIn } from '../data/places';
import type { Translate } from '../lib/i18n';
import { AREA_SHAPE, PLACE_CSS } from '../map/place-palette';
import type { LegendItem } from './legend-items';

/** Legend entries of the places shown in `year`: one per kind drawn. */
export function placeLegendItems(atlas: Atlas, year: number, t: Translate): LegendItem[] {
  const shown = placesShownIn(atlas, year);
  if (!shown.length) return [];
  const items: LegendItem[] = [{ label: t('layerPlaces') }];
  if (shown.some((p) => p.kind === 'area')) items.push({ label: t('legendPlaceArea'), symbol: { type: 'shape', color: PLACE_CSS.area, path: AREA_SHAPE } });
  if (shown.some((p) => p.kind === 'markers')) items.push({ label: t('legendPlaceMarker'), symbol: { type: 'ring', color: PLACE_CSS.marker } });
  if (shown.some((p) => p.kind === 'route')) items.push({ label: t('legendPlaceRoute'), symbol: { type: 'line', color: PLACE_CSS.route, dashed: true } });
  return items;
}

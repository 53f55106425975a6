import type { TextLayerProps } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { Lang } from '../../lib/i18n';
import type { RGBA } from '../../cartography/palette';
import { basemapLabelText, type BasemapLabel } from '../../cartography/basemap-labels';
import { BASEMAP_LABEL_COLORS, BASEMAP_LABEL_STYLE } from '../../cartography/basemap-label-placement';

type Filtered<P> = P & DataFilterExtensionProps<BasemapLabel>;

export const BASEMAP_LABEL_LAYER_ID = 'basemap-names';

const SOFT_HALO: RGBA = [255, 255, 255, 200];

/**
 * Country, sea and stop names: drawn first, under every corridor line, never pickable. `shownIds` come from the
 * on-screen declutter (basemap-label-placement.ts); `data` stays the same array.
 */
export const basemapLabelProps = (
  labels: BasemapLabel[], lang: Lang, visible: boolean, fontFamily: string, shownIds: ReadonlySet<string>,
): Filtered<TextLayerProps<BasemapLabel>> => ({
  id: BASEMAP_LABEL_LAYER_ID, data: labels, visible, pickable: false,
  getPosition: (l) => l.lngLat, getText: (l) => basemapLabelText(l, lang),
  getSize: (l) => BASEMAP_LABEL_STYLE[l.kind].sizePx, sizeUnits: 'pixels',
  getPixelOffset: (l) => [BASEMAP_LABEL_STYLE[l.kind].offsetPx, 0],
  getTextAnchor: (l) => (l.kind === 'stop' ? 'start' : 'middle'), getAlignmentBaseline: 'center',
  getColor: (l) => BASEMAP_LABEL_COLORS[l.kind], outlineWidth: 2, outlineColor: SOFT_HALO,
  fontSettings: { sdf: true },
  fontFamily, characterSet: 'auto',
  getFilterValue: (l) => (shownIds.has(l.id) ? 1 : 0), filterRange: [1, 1],
  // In an array: deck.gl compares a trigger object by its keys, and a Set has none, so a bare Set never fires.
  updateTriggers: { getText: lang, getFilterValue: [shownIds] },
});

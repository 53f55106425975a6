import type { IconLayerProps } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import type { City, Port } from '../../data/schema';
import { portActiveIn } from '../../data/shown-in-year';
import { portColor } from '../../cartography/palette';
import { ICON_MAPPING, portIconId } from './icon-atlas';

export const portLayerProps = (
  ports: Port[], citiesById: ReadonlyMap<string, City>, year: number, selectedId: string | null, visible: boolean,
): IconLayerProps<Port> & DataFilterExtensionProps<Port> => ({
  id: 'ports', data: ports, visible, pickable: true,
  getPosition: (p) => p.lngLat,
  iconMapping: ICON_MAPPING, getIcon: (p) => portIconId(p.kind),
  getSize: (p) => (p.id === selectedId ? 17 : 11), sizeUnits: 'pixels',
  getColor: (p) => (p.id === selectedId ? [0, 0, 0, 255] : portColor()),
  getFilterValue: portActiveIn(citiesById, year), filterRange: [1, 1],
  updateTriggers: { getFilterValue: year, getSize: selectedId, getColor: selectedId },
});

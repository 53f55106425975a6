import type { IconLayerProps } from '@deck.gl/layers';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { CORRIDOR_IDS, type Atlas, type CorridorId, type LineNode, type LngLat } from '../../data/schema';
import { ICON_MAPPING, nodeIconId } from './icon-atlas';
import { lineShownFrom } from '../../data/line-years';

export const NODE_LAYER_ID = 'corridor-nodes';

/** A labelled stop of one line; the same place on two lines is two items. */
export type CorridorNode = {
  /** `${lineId}#${seq}` */
  id: string;
  lineId: string;
  corridorId: CorridorId;
  /** The line's start year (0 when unknown: every year): the node shows from then on. */
  startYear: number;
  seq: number;
  nameEn: string;
  nameZh: string;
  role: Exclude<LineNode['role'], 'waypoint'>;
  lngLat: LngLat;
  note: string;
  countryIso2: string | null;
};

/** One switch for all corridors, or one per corridor (the map's layer toggles). */
export type CorridorVisibility = boolean | Readonly<Record<CorridorId, boolean>>;
export const corridorShown = (visible: CorridorVisibility, id: CorridorId) =>
  typeof visible === 'boolean' ? visible : visible[id];
export const anyCorridorShown = (visible: CorridorVisibility) => CORRIDOR_IDS.some((id) => corridorShown(visible, id));
/** Changes only when a corridor toggle does; an update trigger for attributes that read the visibility. */
export const visibilityKey = (visible: CorridorVisibility) =>
  CORRIDOR_IDS.filter((id) => corridorShown(visible, id)).join(',');

const isLabelled = (n: LineNode): n is LineNode & { role: CorridorNode['role'] } => n.role !== 'waypoint';

const nodesCache = new WeakMap<Atlas, CorridorNode[]>();
/** Every non-waypoint node of every line, in line then seq order; one array per atlas. */
export function corridorNodesOf(atlas: Atlas): CorridorNode[] {
  let nodes = nodesCache.get(atlas);
  if (!nodes) {
    nodes = atlas.lines.flatMap((line) =>
      line.nodes.filter(isLabelled).map((n) => ({
        id: `${line.id}#${n.seq}`, lineId: line.id, corridorId: line.corridorId, startYear: lineShownFrom(line),
        seq: n.seq, nameEn: n.nameEn, nameZh: n.nameZh, role: n.role, lngLat: n.lngLat, note: n.note,
        countryIso2: n.countryIso2,
      })),
    );
    nodesCache.set(atlas, nodes);
  }
  return nodes;
}

/** Symbols: the role, with border crossings where the track gauge changes told apart. */
export type NodeSymbol = CorridorNode['role'] | 'gauge_change';
// The data marks gauge changes in the note ("Gauge change 1,435/1,520 mm …") or the name ("(gauge change)").
const GAUGE_CHANGE = /\bgauge change\b|\bchange to \w+ gauge\b/i;
export const isGaugeChange = (n: CorridorNode) =>
  n.role === 'border_crossing' && (GAUGE_CHANGE.test(n.note) || GAUGE_CHANGE.test(n.nameEn));
export const nodeSymbol = (n: CorridorNode): NodeSymbol => (isGaugeChange(n) ? 'gauge_change' : n.role);

/** Icon size in pixels before emphasis. */
export const NODE_SIZE: Record<NodeSymbol, number> = {
  origin_hub: 15, destination: 16, seaport: 14, gauge_change: 15, border_crossing: 13, transit: 10,
};
const EMPHASIS = 1.5;
/** Later than any timeline year: what a switched-off corridor draws (its lines, stops) never passes the year filter. */
const HIDDEN = 9999;
/** The year filter's value for a line or stop of `corridorId` shown from `startYear`. */
export const corridorFilterValue = (visible: CorridorVisibility, corridorId: CorridorId, startYear: number) =>
  (corridorShown(visible, corridorId) ? startYear : HIDDEN);

/** The node's icon in the atlas: its symbol in its corridor's colour, outlined darker when its line is selected. */
export const nodeIcon = (selectedLineId: string | null) => (n: CorridorNode) =>
  nodeIconId(nodeSymbol(n), n.corridorId, n.lineId === selectedLineId);

export const nodeSize = (selectedLineId: string | null) => (n: CorridorNode) =>
  NODE_SIZE[nodeSymbol(n)] * (n.lineId === selectedLineId ? EMPHASIS : 1);

/** While a line is selected, the other lines' nodes step back. */
export const nodeAlpha = (selectedLineId: string | null) => (n: CorridorNode): [number, number, number, number] =>
  [255, 255, 255, selectedLineId === null || n.lineId === selectedLineId ? 255 : 120];

export const lineNodeLayerProps = (
  nodes: CorridorNode[], year: number, selectedLineId: string | null, visible: CorridorVisibility,
): IconLayerProps<CorridorNode> & DataFilterExtensionProps<CorridorNode> => ({
  id: NODE_LAYER_ID, data: nodes, visible: anyCorridorShown(visible), pickable: true,
  getPosition: (n) => n.lngLat, iconMapping: ICON_MAPPING, getIcon: nodeIcon(selectedLineId),
  getSize: nodeSize(selectedLineId), sizeUnits: 'pixels', getColor: nodeAlpha(selectedLineId),
  getFilterValue: (n) => corridorFilterValue(visible, n.corridorId, n.startYear), filterRange: [0, year],
  updateTriggers: {
    getIcon: selectedLineId, getSize: selectedLineId, getColor: selectedLineId, getFilterValue: visibilityKey(visible),
  },
});

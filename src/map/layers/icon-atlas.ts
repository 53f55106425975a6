import { CORRIDOR_IDS, type CorridorId, type PortKind } from '../../data/schema';
import { CORRIDOR_CSS, PORT_SHAPES, SELECTED_CSS } from '../../cartography/palette';
import type { NodeSymbol } from './node-layer';

/**
 * The map's icons (port kinds, corridor nodes) drawn once into one image with its mapping. Given to the icon layers
 * ready-made, they are loaded with the layers' first update: the first frame with data already shows them (icons
 * that deck.gl packs itself from image URLs load a frame or two later).
 */

/** Each icon is drawn on a 24×24 box. */
const ICON_PX = 24;
/** Room between icons, so a scaled-down icon never samples its neighbour. */
const GAP = 4;
const COLUMNS = 8;

/** One shape of a node icon: filled in the corridor's colour and outlined, or filled in `fill` without an outline. */
type NodePart = { d: string; fill?: string };
const circle = (r: number) => `M${12 - r} 12 A${r} ${r} 0 1 0 ${12 + r} 12 A${r} ${r} 0 1 0 ${12 - r} 12 Z`;

/** Node shapes on the 24×24 box: the shape tells the role, so colour (the corridor) is never the only cue. */
export const NODE_SHAPES: Record<NodeSymbol, NodePart[]> = {
  origin_hub: [{ d: 'M4 4 H20 V20 H4 Z' }],
  destination: [{ d: circle(8.5) }, { d: circle(3), fill: '#ffffff' }],
  seaport: [{ d: 'M12 2.5 L21.5 12 L12 21.5 L2.5 12 Z' }],
  border_crossing: [{ d: 'M8.5 3 H15.5 V21 H8.5 Z' }],
  // Two bars: the rails change width here.
  gauge_change: [{ d: 'M3.5 3 H10 V21 H3.5 Z' }, { d: 'M14 3 H20.5 V21 H14 Z' }],
  transit: [{ d: circle(6) }],
};

export const portIconId = (kind: PortKind) => `port:${kind}`;
export const nodeIconId = (symbol: NodeSymbol, corridorId: CorridorId, selected: boolean) =>
  `node:${symbol}:${corridorId}:${selected ? 'selected' : 'plain'}`;

type Icon = { id: string; mask: boolean; draw: (g: CanvasRenderingContext2D) => void };

const portIcons: Icon[] = (Object.keys(PORT_SHAPES) as PortKind[]).map((kind) => ({
  id: portIconId(kind),
  // White, tinted by the layer's colour.
  mask: true,
  draw: (g) => {
    g.fillStyle = '#ffffff';
    g.fill(new Path2D(PORT_SHAPES[kind]), 'evenodd');
  },
}));

// Filled in the corridor colour with a white halo (dark when selected), so nodes read on top of their own line.
const nodeIcons: Icon[] = (Object.keys(NODE_SHAPES) as NodeSymbol[]).flatMap((symbol) =>
  CORRIDOR_IDS.flatMap((corridorId) => [false, true].map((selected) => ({
    id: nodeIconId(symbol, corridorId, selected),
    mask: false,
    draw: (g: CanvasRenderingContext2D) => {
      g.lineWidth = 2;
      g.lineJoin = 'round';
      g.strokeStyle = selected ? SELECTED_CSS : '#ffffff';
      for (const part of NODE_SHAPES[symbol]) {
        const path = new Path2D(part.d);
        g.fillStyle = part.fill ?? CORRIDOR_CSS[corridorId];
        g.fill(path);
        if (!part.fill) g.stroke(path);
      }
    },
  }))),
);

const ICONS = [...portIcons, ...nodeIcons];
const cellAt = (index: number) => ({ x: (index % COLUMNS) * (ICON_PX + GAP), y: Math.floor(index / COLUMNS) * (ICON_PX + GAP) });

/** Where each icon sits in the atlas image, as deck.gl's `iconMapping`. */
export const ICON_MAPPING: Record<string, { x: number; y: number; width: number; height: number; mask: boolean }> =
  Object.fromEntries(ICONS.map((icon, index) => [icon.id, { ...cellAt(index), width: ICON_PX, height: ICON_PX, mask: icon.mask }]));

/** Draws every icon into `canvas` at its place in ICON_MAPPING. */
export function drawIconAtlas(canvas: HTMLCanvasElement): HTMLCanvasElement {
  canvas.width = COLUMNS * (ICON_PX + GAP);
  canvas.height = Math.ceil(ICONS.length / COLUMNS) * (ICON_PX + GAP);
  const g = canvas.getContext('2d')!;
  ICONS.forEach((icon, index) => {
    const { x, y } = cellAt(index);
    g.save();
    g.translate(x, y);
    icon.draw(g);
    g.restore();
  });
  return canvas;
}

let atlasImage: HTMLCanvasElement | null = null;
/** The atlas image, drawn on first use. */
export const iconAtlasImage = () => (atlasImage ??= drawIconAtlas(document.createElement('canvas')));

import { describe, expect, test } from 'vitest';
import { CORRIDOR_IDS, PortKind } from '../../../src/data/schema';
import { ICON_MAPPING, NODE_SHAPES, nodeIconId, portIconId } from '../../../src/map/layers/icon-atlas';
import type { NodeSymbol } from '../../../src/map/layers/node-layer';

describe('the icon atlas', () => {
  test('holds every port kind, and every node symbol in every corridor, plain and selected', () => {
    const expected = [
      ...PortKind.options.map(portIconId),
      ...(Object.keys(NODE_SHAPES) as NodeSymbol[]).flatMap((s) => CORRIDOR_IDS.flatMap((c) => [nodeIconId(s, c, false), nodeIconId(s, c, true)])),
    ];
    expect(Object.keys(ICON_MAPPING).sort()).toEqual([...expected].sort());
  });

  test('no two icons share a pixel, with room between them', () => {
    const cells = Object.values(ICON_MAPPING);
    for (const [i, a] of cells.entries())
      for (const b of cells.slice(i + 1)) {
        const apart = a.x + a.width + 2 <= b.x || b.x + b.width + 2 <= a.x || a.y + a.height + 2 <= b.y || b.y + b.height + 2 <= a.y;
        expect(apart, JSON.stringify([a, b])).toBe(true);
      }
  });
});

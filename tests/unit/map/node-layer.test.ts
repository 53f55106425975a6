import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Atlas, LineNode } from '../../../src/data/schema';
import {
  NODE_LAYER_ID, corridorNodesOf, lineNodeLayerProps, nodeIcon, nodeSize, nodeSymbol, type CorridorNode,
} from '../../../src/map/layers/node-layer';
import { ICON_MAPPING } from '../../../src/map/layers/icon-atlas';
import { makeAtlas, makeLine } from '../../fixtures/atlas';

const realAtlas = JSON.parse(readFileSync(new URL('../../../public/data/atlas.json', import.meta.url), 'utf8')) as Atlas;

type Accessor<T, R> = (d: T) => R;
const apply = <R>(accessor: unknown, n: CorridorNode) => (accessor as Accessor<CorridorNode, R>)(n);
const kept = (props: ReturnType<typeof lineNodeLayerProps>) => {
  const [lo, hi] = props.filterRange as [number, number];
  return (props.data as CorridorNode[])
    .filter((n) => { const v = apply<number>(props.getFilterValue, n); return v >= lo && v <= hi; })
    .map((n) => n.id);
};

const node = (seq: number, over: Partial<LineNode> = {}): LineNode => ({
  seq, nameEn: `N${seq}`, nameZh: `点${seq}`, role: 'transit', lngLat: [100 - seq, 40], countryIso2: 'CN',
  legMode: 'rail', coordSource: 'geonames', note: '', ...over,
});
const rail = makeLine({
  id: 'CRE-W1', startYear: 2011,
  nodes: [
    node(1, { role: 'origin_hub' }), node(2, { role: 'waypoint' }),
    node(3, { role: 'border_crossing', note: 'Gauge change 1,435/1,520 mm at the border' }),
    node(4, { role: 'border_crossing', countryIso2: 'KZ' }), node(5, { role: 'destination', legMode: null }),
  ],
});
const sea = makeLine({
  id: 'SRM-L4', corridorId: 'srm', startYear: 2024,
  nodes: [node(1, { role: 'seaport', legMode: 'sea' }), node(2, { role: 'destination', legMode: null })],
});
const atlas = makeAtlas({ lines: [rail, sea] });
const nodes = corridorNodesOf(atlas);
const byId = (id: string) => nodes.find((n) => n.id === id)!;

describe('corridor nodes', () => {
  test('every labelled node of every line, waypoints left out, in line and seq order', () => {
    expect(nodes.map((n) => n.id)).toEqual(['CRE-W1#1', 'CRE-W1#3', 'CRE-W1#4', 'CRE-W1#5', 'SRM-L4#1', 'SRM-L4#2']);
    expect(byId('CRE-W1#4')).toMatchObject({ lineId: 'CRE-W1', corridorId: 'cre', startYear: 2011, seq: 4, countryIso2: 'KZ' });
  });
  test('built once per atlas', () => {
    expect(corridorNodesOf(atlas)).toBe(nodes);
    expect(corridorNodesOf(makeAtlas({ lines: [rail] }))).not.toBe(nodes);
  });
  test('the real atlas has no waypoints among them and one item per line and seq', () => {
    const real = corridorNodesOf(realAtlas);
    expect(real.length).toBeGreaterThan(50);
    expect(real.some((n) => (n.role as string) === 'waypoint')).toBe(false);
    expect(new Set(real.map((n) => n.id)).size).toBe(real.length);
  });
});

describe('node symbols', () => {
  test('a gauge-change crossing is told apart from a plain border crossing', () => {
    expect(nodeSymbol(byId('CRE-W1#3'))).toBe('gauge_change');
    expect(nodeSymbol(byId('CRE-W1#4'))).toBe('border_crossing');
  });
  test('each role has its own icon, in its corridor, in the atlas', () => {
    const icons = nodes.map((n) => apply<string>(nodeIcon(null), n));
    const shapes = new Set(icons.map((id) => id.split(':')[1]));
    expect([...shapes].sort()).toEqual(['border_crossing', 'destination', 'gauge_change', 'origin_hub', 'seaport']);
    for (const id of icons) expect(ICON_MAPPING[id], id).toMatchObject({ width: 24, height: 24, mask: false });
    expect(apply<string>(nodeIcon(null), byId('CRE-W1#1'))).toMatch(/:cre:plain$/);
  });
  test('the real gauge changes are the known break-of-gauge crossings', () => {
    const gauge = corridorNodesOf(realAtlas).filter((n) => nodeSymbol(n) === 'gauge_change').map((n) => n.nameEn);
    expect(new Set(gauge)).toEqual(new Set([
      'Alashankou', 'Brest', 'Erenhot', 'Irun / Hendaye (gauge change)', 'Khorgos', 'Manzhouli', 'Suifenhe', 'Tongjiang (Tongjiang North)',
    ]));
  });
  test('hubs and ends are drawn larger than crossings', () => {
    expect(nodeSize(null)(byId('CRE-W1#1'))).toBeGreaterThan(nodeSize(null)(byId('CRE-W1#4')));
    expect(nodeSize(null)(byId('CRE-W1#5'))).toBeGreaterThan(nodeSize(null)(byId('CRE-W1#4')));
  });
  test('the selected line’s nodes have their own, outlined icons', () => {
    expect(apply<string>(nodeIcon('CRE-W1'), byId('CRE-W1#1'))).toMatch(/:cre:selected$/);
    expect(apply<string>(nodeIcon('CRE-W1'), byId('SRM-L4#2'))).toMatch(/:srm:plain$/);
  });
});

describe('node layer', () => {
  test('a line’s nodes appear from its start year', () => {
    expect(kept(lineNodeLayerProps(nodes, 2023, null, true))).toEqual(['CRE-W1#1', 'CRE-W1#3', 'CRE-W1#4', 'CRE-W1#5']);
    expect(kept(lineNodeLayerProps(nodes, 2024, null, true))).toHaveLength(6);
  });
  test('the year goes to the filter range; the data stays the same array', () => {
    const a = lineNodeLayerProps(nodes, 2018, null, true);
    const b = lineNodeLayerProps(nodes, 2025, null, true);
    expect(a.data).toBe(b.data);
    expect(b.filterRange).toEqual([0, 2025]);
  });
  test('the selected line’s nodes are larger and keep full opacity; the others step back', () => {
    const props = lineNodeLayerProps(nodes, 2025, 'SRM-L4', true);
    expect(apply<number>(props.getSize, byId('SRM-L4#2'))).toBeGreaterThan(apply<number>(lineNodeLayerProps(nodes, 2025, null, true).getSize, byId('SRM-L4#2')));
    expect(apply<number[]>(props.getColor, byId('SRM-L4#2'))[3]).toBe(255);
    expect(apply<number[]>(props.getColor, byId('CRE-W1#1'))[3]).toBeLessThan(255);
    expect(props.updateTriggers).toMatchObject({ getSize: 'SRM-L4', getIcon: 'SRM-L4' });
  });
  test('a corridor switched off hides its nodes; all off hides the layer', () => {
    expect(kept(lineNodeLayerProps(nodes, 2025, null, { srm: true, cre: false, lsc: true }))).toEqual(['SRM-L4#1', 'SRM-L4#2']);
    expect(lineNodeLayerProps(nodes, 2025, null, { srm: false, cre: false, lsc: false }).visible).toBe(false);
    expect(lineNodeLayerProps(nodes, 2025, null, false).visible).toBe(false);
  });
  test('has its own id for picking', () => {
    expect(lineNodeLayerProps(nodes, 2025, null, true).id).toBe(NODE_LAYER_ID);
  });
});

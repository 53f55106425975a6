// Several layers of one type that are drawn one after another, drawn as one deck.gl layer: the same pixels in the
// same order, in one draw call and one layer update instead of several.
import { memoizeLast } from '../../lib/memo';

/** What a click on an item of the part picks; null: nothing. */
export type PickKind = 'city' | 'port' | 'node';

/** One item of a union layer: the part it comes from, what it picks as, and the part's own object. */
export type UnionItem = { part: number; pick: PickKind | null; object: unknown };

/** A part: the props its own layer would take (its data an array), and what its items pick as. */
export type UnionPart = { pick: PickKind | null; props: { id?: string; data?: unknown; visible?: boolean; pickable?: unknown } };
type PartProps = {
  id: string;
  data: readonly unknown[];
  visible?: boolean;
  pickable?: unknown;
  filterRange?: readonly [number, number];
  updateTriggers?: Record<string, unknown>;
} & Record<string, unknown>;
const propsOf = (part: UnionPart): PartProps => {
  const props = part.props as PartProps;
  if (!Array.isArray(props.data)) throw new Error(`${props.id}: a union part's data must be an array`);
  return props;
};

type Accessor = (object: unknown, info: unknown) => unknown;
const isAccessorName = (key: string) => /^get[A-Z]/.test(key);
// Kept per part, never shared: the identity, the items, whether they show, and how they are filtered.
const PER_PART = new Set(['id', 'data', 'visible', 'pickable', 'filterRange', 'updateTriggers', 'getFilterValue']);

// One memo per union: the items array stays while its parts' data arrays do, so deck.gl keeps its attributes.
const itemsMemos = new Map<string, (picks: string, ...datas: (readonly unknown[])[]) => UnionItem[]>();
function unionItems(id: string, parts: readonly UnionPart[]): UnionItem[] {
  let itemsOf = itemsMemos.get(id);
  if (!itemsOf) {
    itemsOf = memoizeLast((picks: string, ...datas: (readonly unknown[])[]) => {
      const pickOf = picks.split(',').map((k) => (k || null) as PickKind | null);
      return datas.flatMap((data, part) => data.map((object) => ({ part, pick: pickOf[part]!, object })));
    });
    itemsMemos.set(id, itemsOf);
  }
  return itemsOf(parts.map((p) => p.pick ?? '').join(), ...parts.map((p) => propsOf(p).data));
}

/** A part's update triggers for one accessor, flat, so deck.gl's one-level comparison sees each value. */
const triggersOf = (props: PartProps, accessor: string): unknown[] => {
  const trigger = props.updateTriggers?.[accessor];
  return Array.isArray(trigger) ? trigger : [trigger];
};

/** 1 where the part's own layer would draw the object: visible, and within its filter range. */
function shownBy(props: PartProps): (object: unknown, info: unknown) => 0 | 1 {
  if (props.visible === false) return () => 0;
  const value = props.getFilterValue as Accessor | undefined;
  if (!value || !props.filterRange) return () => 1;
  const [lo, hi] = props.filterRange;
  return (object, info) => {
    const v = value(object, info) as number;
    return v >= lo && v <= hi ? 1 : 0;
  };
}

/**
 * The props of one layer that draws `parts` in order. Every part must give the same accessors, and agree on every
 * layer-wide prop; each keeps its own visibility and filter, folded into a 1/0 filter value. A part's accessors get
 * its object, and the union's index (none of ours reads it).
 */
export function unionLayerProps(id: string, unionParts: readonly UnionPart[]): Record<string, unknown> {
  const parts = unionParts.map((p) => ({ pick: p.pick, props: propsOf(p) }));
  const [first] = parts;
  if (!first) throw new Error(`${id}: a union of no layers`);
  const shared: Record<string, unknown> = {};
  const accessors: Record<string, Accessor> = {};
  const updateTriggers: Record<string, unknown[]> = {};
  for (const [key, value] of Object.entries(first.props)) {
    if (PER_PART.has(key)) continue;
    if (isAccessorName(key)) {
      const perPart = parts.map((p) => {
        if (!(key in p.props)) throw new Error(`${id}: ${p.props.id} has no ${key}`);
        const a = p.props[key];
        return typeof a === 'function' ? (a as Accessor) : () => a;
      });
      accessors[key] = (item, info) => perPart[(item as UnionItem).part]!((item as UnionItem).object, info);
      updateTriggers[key] = parts.flatMap((p) => triggersOf(p.props, key));
    } else {
      const differing = parts.find((p) => p.props[key] !== value);
      if (differing) throw new Error(`${id}: ${differing.props.id} differs from ${first.props.id} in ${key}`);
      shared[key] = value;
    }
  }
  for (const p of parts) {
    const extra = Object.keys(p.props).find((k) => !PER_PART.has(k) && !(k in first.props));
    if (extra) throw new Error(`${id}: ${p.props.id} has ${extra}, ${first.props.id} has not`);
  }
  const shown = parts.map((p) => shownBy(p.props));
  return {
    ...shared,
    ...accessors,
    id,
    data: unionItems(id, unionParts),
    visible: parts.some((p) => p.props.visible !== false),
    pickable: parts.some((p) => Boolean(p.props.pickable)),
    getFilterValue: (item: UnionItem, info: unknown) => shown[item.part]!(item.object, info),
    filterRange: [1, 1],
    updateTriggers: {
      ...updateTriggers,
      getFilterValue: parts.flatMap((p) => [p.props.visible !== false, ...(p.props.filterRange ?? []), ...triggersOf(p.props, 'getFilterValue')]),
    },
  };
}

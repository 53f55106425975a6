import type { PickingInfo } from '@deck.gl/core';
import type { City, Line, Port } from '../data/schema';
import type { Lang } from '../lib/i18n';
import { pickedKind } from './layers/layer-ids';
import { placeOfPicked } from './layers/place-layer';

/** Hover text: the name only; the detail panel has the rest. */
export function tooltipFor(info: PickingInfo, lang: Lang): { text: string } | null {
  if (!info.object || !info.layer) return null;
  const kind = pickedKind(info.layer.id);
  const o = (kind === 'place' ? placeOfPicked(info.object) : info.object) as City | Port | Line | null;
  if (!o) return null;
  const name = lang === 'zh' ? o.nameZh : o.nameEn;
  if (kind === 'port') return { text: `${name}${(o as Port).code ? ` (${(o as Port).code})` : ''}` };
  return kind ? { text: name } : null;
}

import type { PickingInfo } from '@deck.gl/core';
import type { Lang } from '../lib/i18n';
import { pickedOf } from './layers/layer-ids';

/** Hover text: the name only; the detail panel has the rest. */
export function tooltipFor(info: PickingInfo, lang: Lang): { text: string } | null {
  const picked = pickedOf(info);
  if (!picked) return null;
  const o = picked.object;
  const name = lang === 'zh' ? o.nameZh : o.nameEn;
  if (picked.kind === 'port') return { text: `${name}${picked.object.code ? ` (${picked.object.code})` : ''}` };
  return { text: name };
}

import type { FactUnit } from '../data/places-schema';
import { formatNumber } from './format';
import type { Lang, MessageKey, Translate } from './i18n';

const YUAN: Partial<Record<FactUnit, number>> = { million_yuan: 1e6, billion_yuan: 1e9, trillion_yuan: 1e12 };
const clean = (n: number) => Number(n.toPrecision(6));

/** Chinese counts money in 万, 亿 and 万亿: 750 million yuan is 7.5亿元, 85.9 million 8,590万元. */
function yuanZh(yuan: number): { n: number; key: MessageKey } {
  if (yuan >= 1e12) return { n: clean(yuan / 1e12), key: 'factUnit_yuan_wanyi' };
  if (yuan >= 1e8) return { n: clean(yuan / 1e8), key: 'factUnit_yuan_yi' };
  return { n: clean(yuan / 1e4), key: 'factUnit_yuan_wan' };
}

/** A fact's value with its unit, e.g. "2–3 days", "1.2 trillion yuan", "48.6亿元"; null when it has none. */
export function formatFactValue(
  fact: { value: number | null; valueMax: number | null; unit: FactUnit | null }, lang: Lang, t: Translate,
): string | null {
  if (fact.value === null || fact.unit === null) return null;
  const multiplier = YUAN[fact.unit];
  const spell = (n: number) => {
    if (lang === 'zh' && multiplier) {
      const { n: shown, key } = yuanZh(n * multiplier);
      return { text: formatNumber(shown, lang), key };
    }
    return { text: formatNumber(n, lang), key: `factUnit_${fact.unit}` as MessageKey };
  };
  const low = spell(fact.value);
  if (fact.valueMax === null) return t(low.key, { n: low.text });
  const high = spell(fact.valueMax);
  return t(high.key, { n: `${low.text}–${high.text}` });
}

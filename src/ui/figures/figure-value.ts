import type { Lang } from '../../lib/i18n';

const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };
const formats = new Map<string, Intl.NumberFormat>();
const formatFor = (lang: Lang, compact: boolean) => {
  const key = `${lang}:${compact}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = compact ? { notation: 'compact', maximumFractionDigits: 2 } : {};
    formats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  }
  return f;
};

/** Millions and more as the sources write them (5.2 billion, 42.3 trillion; 52亿, 42.3万亿); smaller figures in full. */
export const formatFigureValue = (value: number, lang: Lang): string =>
  formatFor(lang, Math.abs(value) >= 1e6).format(value);

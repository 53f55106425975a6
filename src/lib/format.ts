import type { Lang } from './i18n';

const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

// Building an Intl formatter costs far more than using one: one per language and precision, made once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (lang: Lang, withDay: boolean) => {
  const key = `${lang}:${withDay}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = withDay
      ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', timeZone: 'UTC' };
    dateFormats.set(key, (format = new Intl.DateTimeFormat(LOCALE[lang], options)));
  }
  return format;
};
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** Formats YYYY, YYYY-MM or YYYY-MM-DD at the precision it was given. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  if (!m) return String(y);
  return dateFormat(lang, Boolean(d)).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}

export const formatNumber = (n: number, lang: Lang) => (numberFormats[lang] ??= new Intl.NumberFormat(LOCALE[lang])).format(n);

import type { Lang } from './i18n';

const LOCALE: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN' };

/** Formats YYYY, YYYY-MM or YYYY-MM-DD at the precision it was given. */
export function formatPartialDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  if (!m) return String(y);
  const value = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(value);
}

export const formatNumber = (n: number, lang: Lang) => new Intl.NumberFormat(LOCALE[lang]).format(n);

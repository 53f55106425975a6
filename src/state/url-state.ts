import { parseEnum, parseYear } from '../lib/parsed';
import { translator } from '../lib/i18n';
import { DEFAULT_YEAR, LANGS, type Lang } from './store';

export type InitialUrlState = { year: number | null; lang: Lang; notices: string[] };

/** Reads the start-up view from the query; invalid values fall back to defaults with a message. */
export function readUrlState(search: string, years: readonly number[], browserLang: string): InitialUrlState {
  const params = new URLSearchParams(search);
  const langParsed = parseEnum(params.get('lang'), LANGS);
  const lang: Lang = langParsed.status === 'valid' ? langParsed.value : browserLang.toLowerCase().startsWith('zh') && langParsed.status === 'missing' ? 'zh' : 'en';
  const t = translator(lang);
  const notices: string[] = [];
  if (langParsed.status === 'invalid') notices.push(t('invalidLang', { raw: langParsed.raw.slice(0, 40) }));
  const yearParsed = parseYear(params.get('year'), years);
  if (yearParsed.status === 'invalid')
    notices.push(t('invalidYear', { raw: yearParsed.raw.slice(0, 40), reason: yearParsed.reason, year: DEFAULT_YEAR }));
  return { year: yearParsed.status === 'valid' ? yearParsed.value : null, lang, notices };
}

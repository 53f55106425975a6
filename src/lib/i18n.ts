import { coreEn } from './messages/core';
import { importAgain } from './import-again';
import { corridorEn } from './messages/corridor';
import { healthEn } from './messages/health';
import { figuresEn } from './messages/figures';
import { placesEn } from './messages/places';
import { partsEn } from './messages/parts';
import { routeEn } from './messages/route';
import { routeCompareEn } from './messages/route-compare';
import { searchEn } from './messages/search';
import { shareEn } from './messages/share';
import { storyEn } from './messages/story';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

// One catalogue per part of the app; each zh catalogue is typed against its en one, so a missing key fails the type check.
/** The English catalogue of each part of the app; no two may define the same key. */
export const EN_PARTS = [
  coreEn, corridorEn, storyEn, routeEn, routeCompareEn, shareEn,
  searchEn,
  healthEn,
  figuresEn,
  placesEn,
  partsEn,
] as const;
const en = {
  ...coreEn, ...corridorEn, ...storyEn, ...routeEn, ...routeCompareEn, ...shareEn,
  ...searchEn,
  ...healthEn,
  ...figuresEn,
  ...placesEn,
  ...partsEn,
};

export type MessageKey = keyof typeof en;

export type Catalogue = Record<MessageKey, string>;
// English ships with the app; Chinese loads on first use (loadCatalogue), so English pages carry no Chinese strings.
const catalogues: Partial<Record<Lang, Catalogue>> = { en };
let zhLoading: Promise<void> | null = null;
let zhFailure: unknown = null;
const importZh = () => import('./messages/zh');

export const catalogueLoaded = (lang: Lang) => catalogues[lang] !== undefined;

/** Loads a language's messages once; resolves at once when they are here. A failed load is tried again next time. */
export function loadCatalogue(lang: Lang): Promise<void> {
  if (catalogueLoaded(lang)) return Promise.resolve();
  zhLoading ??= (zhFailure === null ? importZh() : importAgain(zhFailure, importZh)).then(
    (m) => {
      catalogues.zh = m.zh satisfies Catalogue;
    },
    (e: unknown) => {
      zhLoading = null;
      zhFailure = e;
      throw e;
    },
  );
  return zhLoading;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const translators = new Map<Lang, Translate>();
/** One translate function per language, the same on every call: components that take it as a prop stay memoised. */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) {
    t = (key, vars) => (catalogues[lang] ?? en)[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
    translators.set(lang, t);
  }
  return t;
}

/** True when `key` names a message, for keys built from data (units, kinds, metrics). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};
/** The `<base>_one` or `<base>_other` message for n, by the language's plural rules. */
export function plural(t: Translate, lang: Lang, base: string, n: number, vars: Record<string, string | number> = {}): string {
  const rule = (pluralRules[lang] ??= new Intl.PluralRules(lang)).select(n);
  const key = isMessageKey(`${base}_${rule}`) ? `${base}_${rule}` : `${base}_other`;
  return isMessageKey(key) ? t(key, { n, ...vars }) : String(n);
}

import { coreEn, coreZh } from './messages/core';
import { corridorEn, corridorZh } from './messages/corridor';
import { routeEn, routeZh } from './messages/route';
import { shareEn, shareZh } from './messages/share';
import { storyEn, storyZh } from './messages/story';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

// One catalogue per part of the app; each zh catalogue is typed against its en one, so a missing key fails the type check.
const en = { ...coreEn, ...corridorEn, ...storyEn, ...routeEn, ...shareEn };

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = { ...coreZh, ...corridorZh, ...storyZh, ...routeZh, ...shareZh };

export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, zh };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const translator = (lang: Lang): Translate => (key, vars) =>
  CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));

/** True when `key` names a message, for keys built from data (units, kinds, metrics). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

import type { Lang } from './i18n';

const FONT_TIMEOUT_MS = 4000;
export const CJK_FONT = '"Noto Sans SC"';

let cjkStylesheet: Promise<unknown> | null = null;
const timeout = () => new Promise((resolve) => setTimeout(resolve, FONT_TIMEOUT_MS));

/**
 * English needs no web font; Chinese loads Noto Sans SC on first use (its stylesheet, then the unicode-range
 * subsets that `text` needs), at most FONT_TIMEOUT_MS, after which the system's CJK font stands in.
 * Map labels wait for this: deck.gl draws a label's glyphs once, in whatever font is ready then.
 */
export function fontsReadyFor(lang: Lang, text = '北京上海广州'): Promise<void> {
  if (lang !== 'zh' && !cjkStylesheet) return Promise.resolve();
  cjkStylesheet ??= import('@fontsource/noto-sans-sc/400.css').catch(() => null);
  const loaded = cjkStylesheet.then(() => document.fonts.load(`16px ${CJK_FONT}`, text)).catch(() => []);
  return Promise.race([loaded, timeout()]).then(() => undefined);
}

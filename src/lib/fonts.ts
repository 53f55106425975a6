import type { Lang } from './i18n';

const FONT_TIMEOUT_MS = 4000;
export const CJK_FONT = '"Noto Sans SC"';
/** The family of every label the app draws itself (map, PNG, SVG): the CJK web font, then the system's. */
export const LABEL_FONT = `${CJK_FONT}, "Noto Sans CJK SC", sans-serif`;

let cjkStylesheet: Promise<boolean> | null = null;
/** `failed`: the font could not be fetched, and the system's CJK font stands in; `slow`: not in within the time. */
export type FontOutcome = 'ready' | 'failed' | 'slow';
const timeout = () => new Promise<FontOutcome>((resolve) => setTimeout(() => resolve('slow'), FONT_TIMEOUT_MS));

/**
 * English needs no web font; Chinese loads Noto Sans SC on first use (its stylesheet, then the unicode-range
 * subsets that `text` needs), at most FONT_TIMEOUT_MS, after which the system's CJK font stands in.
 * Map labels wait for this: deck.gl draws a label's glyphs once, in whatever font is ready then.
 */
export function fontsReadyFor(lang: Lang, text = '北京上海广州'): Promise<FontOutcome> {
  if (lang !== 'zh' && !cjkStylesheet) return Promise.resolve('ready');
  // A failed stylesheet is not kept: the next Chinese view asks again.
  cjkStylesheet ??= import('@fontsource/noto-sans-sc/400.css').then(() => true, () => ((cjkStylesheet = null), false));
  const loaded = cjkStylesheet.then(async (styled): Promise<FontOutcome> => {
    if (!styled) return 'failed';
    const faces = await document.fonts.load(`16px ${CJK_FONT}`, text);
    return faces.length > 0 && faces.every((f) => f.status === 'loaded') ? 'ready' : 'failed';
  }).catch((): FontOutcome => 'failed');
  return Promise.race([loaded, timeout()]);
}

import { defaultUrlState, serializeUrlState, type UrlState } from '../state/url-state';

export type ShareOptions = { pinned: boolean; embed: boolean };

/**
 * The address of `state` on the page at `pageUrl` (its own query and hash are dropped).
 * The year is always written: a shared link must not follow a later change of the default year.
 * Pinned links carry the data version, so an article's map never changes under it.
 */
export function shareUrl(pageUrl: string, state: UrlState, version: string, { pinned, embed }: ShareOptions): string {
  const url = new URL(pageUrl);
  const neverDefaultYear = defaultUrlState(state.lang, Number.NaN);
  url.search = serializeUrlState({ ...state, embed, pin: pinned ? version : null }, neverDefaultYear);
  url.hash = '';
  return url.href;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' };
/** Safe inside a double-quoted HTML attribute, and in any other context a pasted snippet might land. */
export const escapeAttribute = (value: string) => value.replace(/[&"'<>]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);

export const EMBED_HEIGHT_PX = 520;

/** The iframe an article pastes to show the map. */
export const iframeSnippet = (src: string, title: string, height = EMBED_HEIGHT_PX) =>
  `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;

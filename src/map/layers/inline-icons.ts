/**
 * The map's icons are inline SVG data URLs. deck.gl loads icons through fetch(), which a strict
 * Content-Security-Policy (connect-src 'self') refuses for data: URLs; decoding them here needs no request.
 */
async function decodeDataUrl(url: string): Promise<Response> {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0) return fetch(url);
  const header = url.slice(5, comma);
  const payload = url.slice(comma + 1);
  const body = header.endsWith(';base64') ? Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)) : decodeURIComponent(payload);
  const response = new Response(body, { headers: { 'Content-Type': header.split(';')[0] || 'text/plain' } });
  // The image loader tells SVG (decoded through an <img>) from bitmaps by the response's URL.
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

/** `loadOptions` for an IconLayer whose icons are data URLs. */
export const INLINE_ICON_LOAD_OPTIONS = { core: { fetch: decodeDataUrl } };

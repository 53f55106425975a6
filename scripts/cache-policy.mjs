// How long a browser may keep each file of the built app: the one rule for the preview server (`npm start`), the
// test and bench server (serve-dist.mjs) and the README's deployment headers.

/** Files under `assets/` carry a hash of their content in their names: kept a year, never asked for again. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The page, the data and the basemap tiles keep their names across releases: asked again each time (a 304 if unchanged). */
export const REVALIDATE = 'no-cache';

/** The Cache-Control header for a request path (under any base path). */
export const cacheControlFor = (pathname) => (/(^|\/)assets\/[^/]+$/.test(pathname.split('?')[0]) ? IMMUTABLE : REVALIDATE);

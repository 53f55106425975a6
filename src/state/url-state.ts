import { z } from '../lib/zod';
import { CorridorId } from '../data/schema';
import { LINE_ID_PATTERN, LINE_ID_SOURCE, corridorChoiceText } from '../data/corridors';
import { LANGS, type Lang } from '../lib/i18n';
import { LAYER_KEYS, type LayerKey, type SelectionKind } from './view-slice';
import type { PlaceRef } from './corridor-slice';

/** The view as the URL carries it: a stable public interface, documented in the README. */
export type UrlState = {
  year: number;
  layers: LayerKey[];
  corridor: CorridorId | null;
  line: string | null;
  select: { kind: SelectionKind; id: string } | null;
  /** `city:<id>`, `port:<id>`, or a bare id until checkAgainstAtlas resolves it to the one place it names. */
  from: PlaceRef | string | null;
  /** A corridor stop id or `port:<id>`; a bare port id is resolved by checkAgainstAtlas. */
  to: string | null;
  story: number | null;
  lang: Lang;
  /** Camera as longitude, latitude, zoom. */
  view: { lng: number; lat: number; zoom: number } | null;
  embed: boolean;
  /** Data version the view is pinned to; null = always the latest data. */
  pin: string | null;
};

export const URL_PARAMS = ['year', 'layers', 'corridor', 'line', 'select', 'from', 'to', 'story', 'lang', 'view', 'embed', 'pin'] as const;
export type UrlParam = (typeof URL_PARAMS)[number];
/** One problem per parameter that could not be used; the value shown is cut short and never rendered as HTML. */
export type UrlProblem = { param: UrlParam; raw: string; reason: string };

const MAX_VALUE_LENGTH = 120;
/** Input echoed in a notice is cut to 40 characters. */
export const shorten = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
const matching = (re: RegExp, message: string) => z.string().check(z.regex(re, message));
const lineId = matching(LINE_ID_PATTERN, 'not a line id');
const num = (min: number, max: number) => z.coerce.number().check(z.gte(min), z.lte(max));
const then = <A, B>(first: z.core.$ZodType<A, string>, next: (value: A, ctx: z.core.ParsePayload) => B) =>
  z.pipe(first, z.transform(next));
/** Rejects the value with `message`; the transform's result is then never used. */
const reject = (ctx: z.core.ParsePayload, input: unknown, message: string) => {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
};

const PARSERS: { [K in UrlParam]: z.ZodMiniType<UrlState[K], string> } = {
  year: z.pipe(then(matching(/^\d{4}$/, 'not a year'), Number), z.number().check(z.gte(1900, 'not a year'), z.lte(2100, 'not a year'))),
  layers: then(z.string(), (s, ctx) => {
    const parts = s === '' ? [] : s.split(',');
    const bad = parts.filter((p) => !(LAYER_KEYS as readonly string[]).includes(p));
    if (bad.length) return reject(ctx, s, `unknown layer ${shorten(bad.join(', '))}`);
    // Always in the same order, so one set of layers has one URL.
    return LAYER_KEYS.filter((k) => parts.includes(k));
  }),
  corridor: z.enum(CorridorId.options, { error: `expected ${corridorChoiceText()}` }),
  line: lineId,
  select: then(matching(new RegExp(`^(?:(?:city|port|place):[a-z0-9-]+|node:${LINE_ID_SOURCE}\\.\\d{1,3})$`), 'not a feature'), (s) => {
    const [kind, id] = s.split(':') as [SelectionKind, string];
    return { kind, id: kind === 'node' ? id.replace('.', '#') : id };
  }),
  from: matching(/^(?:(?:city|port):)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a city or port'),
  to: matching(/^(?:port:)?[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a destination'),
  story: z.pipe(then(matching(/^\d{1,2}$/, 'not a step number'), Number), z.number().check(z.gte(1, 'not a step number'))),
  lang: z.enum(LANGS as [Lang, ...Lang[]], { error: 'expected en or zh' }),
  view: then(z.string(), (s, ctx) => {
    const parts = s.split(',');
    const lng = num(-180, 180).safeParse(parts[0]);
    const lat = num(-85, 85).safeParse(parts[1]);
    const zoom = num(0, 22).safeParse(parts[2]);
    if (parts.length !== 3 || !lng.success || !lat.success || !zoom.success || parts.some((p) => p.trim() === '')) {
      return reject(ctx, s, 'expected longitude,latitude,zoom');
    }
    return { lng: lng.data, lat: lat.data, zoom: zoom.data };
  }),
  embed: then(z.enum(['0', '1'], { error: 'expected 0 or 1' }), (s) => s === '1'),
  pin: matching(/^[0-9a-f]{12}$/, 'not a data version'),
};

export const defaultUrlState = (lang: Lang, year: number): UrlState => ({
  year, layers: [...LAYER_KEYS], corridor: null, line: null, select: null, from: null, to: null, story: null,
  lang, view: null, embed: false, pin: null,
});


/** Reads every known parameter; each invalid one keeps its default and is reported. Never throws. */
export function parseUrlState(search: string, defaults: UrlState): { state: UrlState; problems: UrlProblem[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: defaults, problems: [] };
  }
  const state: UrlState = { ...defaults };
  const problems: UrlProblem[] = [];
  for (const param of URL_PARAMS) {
    const raw = params.get(param);
    if (raw === null) continue;
    if (raw.length > MAX_VALUE_LENGTH) {
      problems.push({ param, raw: shorten(raw), reason: 'too long' });
      continue;
    }
    const parsed = PARSERS[param].safeParse(raw);
    if (parsed.success) (state as Record<UrlParam, unknown>)[param] = parsed.data;
    else problems.push({ param, raw: shorten(raw), reason: parsed.error.issues[0]?.message ?? 'invalid' });
  }
  return { state, problems };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** The shortest query that restores `state`: defaults are left out, order is fixed. */
export function serializeUrlState(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  const put = (param: UrlParam, value: string | null) => value !== null && params.set(param, value);
  if (state.year !== defaults.year) put('year', String(state.year));
  const layers = LAYER_KEYS.filter((k) => state.layers.includes(k));
  if (layers.length !== LAYER_KEYS.length) put('layers', layers.join(','));
  put('corridor', state.corridor);
  put('line', state.line);
  if (state.select) put('select', `${state.select.kind}:${state.select.id.replace('#', '.')}`);
  put('from', state.from);
  put('to', state.to);
  if (state.story !== null) put('story', String(state.story));
  // Written whenever it is not English, so a link shows the same language in any browser.
  if (state.lang !== 'en') put('lang', state.lang);
  if (state.view) put('view', `${round(state.view.lng, 4)},${round(state.view.lat, 4)},${round(state.view.zoom, 2)}`);
  if (state.embed) put('embed', '1');
  put('pin', state.pin);
  const query = params.toString();
  return query ? `?${query}` : '';
}

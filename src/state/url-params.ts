import { z } from '../lib/zod';
import { CORRIDOR_IDS, CorridorId, type Atlas } from '../data/schema';
import { LINE_ID_SOURCE } from '../data/corridors';
import { catalogueLoaded, LANGS, type Lang } from '../lib/i18n';
import { LAYER_KEYS, type LayerKey, type SelectionKind } from './view-slice';
import { isPlaceRef, type PlaceRef } from './corridor-slice';
import { DEFAULT_YEAR } from './timeline-slice';
import type { AppState, AppStore } from './store';

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
export type UrlParam = keyof UrlState;

/** A value read from a link, or why it could not be used. */
export type UrlValue<T> = { ok: true; value: T } | { ok: false; reason: string };
/** A parsed value after the data check: kept, replaced, or dropped with a reason. */
export type Checked<T> = { value: T; problem?: { raw: string; reason: string } };
/** What the data check reads; the destination ids are worked out only for a link that names a destination. */
export type AtlasIds = { atlas: Atlas; destinationIds: () => ReadonlySet<string> };

/** Everything the app knows about one URL parameter. */
export type UrlParamSpec<T> = {
  /** The value of a link without the parameter; year and language come from the page. */
  default: (page: { lang: Lang; year: number }) => T;
  parse: (raw: string) => UrlValue<T>;
  /** The value as the link writes it, or null to leave the parameter out (it is the default). */
  serialize: (value: T, defaultValue: T) => string | null;
  /** The value of the view the store holds. */
  read: (state: AppState) => T;
  /** The store fields that show `value`; `link` is the whole link, for rules that span parameters. */
  apply: (value: T, link: UrlState, current: AppState) => Partial<AppState>;
  /** An action to run once every parameter is in the store (one that needs the data or loads something). */
  afterApply?: (value: T, store: AppStore) => void;
  /** Drops or resolves an id that parses but may name nothing in this data. */
  checkAgainstAtlas?: (value: T, data: AtlasIds) => Checked<T>;
};
export type UrlParamTable = { [K in UrlParam]: UrlParamSpec<UrlState[K]> };

/** Input echoed in a notice is cut to 40 characters. */
export const shorten = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
/** `srm, cre or lsc` */
const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

const matching = (re: RegExp, message: string) => z.string().check(z.regex(re, message));
const num = (min: number, max: number) => z.coerce.number().check(z.gte(min), z.lte(max));
const then = <A, B>(first: z.core.$ZodType<A, string>, next: (value: A, ctx: z.core.ParsePayload) => B) =>
  z.pipe(first, z.transform(next));
/** Rejects the value with `message`; the transform's result is then never used. */
const reject = (ctx: z.core.ParsePayload, input: unknown, message: string) => {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
};
/** A parser from a schema: its first issue is the reason. */
const withSchema = <T>(schema: z.ZodMiniType<T, string>) => (raw: string): UrlValue<T> => {
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid' };
};
/** Null (absent) unless set; written as it is. */
const nullable = <T extends string>(schema: z.ZodMiniType<T, string>) => ({
  default: () => null, parse: withSchema(schema), serialize: (value: T | null) => value,
});
const refuse = <T>(raw: string, reason: string, fallback: T): Checked<T> => ({ value: fallback, problem: { raw, reason } });
const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
const round = (n: number, digits: number) => Number(n.toFixed(digits));
/** A link that names a route opens the routes panel, else one naming a corridor opens that. */
const routesPanel = (value: string | null) => (value ? { panel: 'routes' as const } : {});

/** One entry per parameter, in the order links write them. */
export const URL_PARAM_TABLE: UrlParamTable = {
  year: {
    default: ({ year }) => year,
    parse: withSchema(z.pipe(
      then(matching(/^\d{4}$/, 'not a year'), Number),
      z.number().check(z.gte(1900, 'not a year'), z.lte(2100, 'not a year')),
    )),
    serialize: (value, defaultValue) => (value !== defaultValue ? String(value) : null),
    read: (s) => s.year,
    apply: (year) => ({ year }),
    checkAgainstAtlas: (year, { atlas }) => (year < atlas.firstYear || year > atlas.lastYear
      ? refuse(String(year), `outside ${atlas.firstYear}–${atlas.lastYear}`, DEFAULT_YEAR) : { value: year }),
  },
  layers: {
    default: () => [...LAYER_KEYS],
    parse: withSchema(then(z.string(), (s, ctx) => {
      const parts = s === '' ? [] : s.split(',');
      const bad = parts.filter((p) => !(LAYER_KEYS as readonly string[]).includes(p));
      if (bad.length) return reject(ctx, s, `unknown layer ${shorten(bad.join(', '))}`);
      // Always in the same order, so one set of layers has one URL.
      return LAYER_KEYS.filter((k) => parts.includes(k));
    })),
    serialize: (value) => {
      const layers = LAYER_KEYS.filter((k) => value.includes(k));
      return layers.length !== LAYER_KEYS.length ? layers.join(',') : null;
    },
    read: (s) => LAYER_KEYS.filter((k) => s.layers[k]),
    apply: (value) => ({ layers: Object.fromEntries(LAYER_KEYS.map((k) => [k, value.includes(k)])) as AppState['layers'] }),
  },
  corridor: {
    ...nullable(z.enum(CorridorId.options, { error: `expected ${oneOf(CORRIDOR_IDS)}` })),
    read: (s) => s.corridor,
    apply: (corridor, link) => ({ corridor, ...(corridor && !link.from && !link.to ? { panel: 'corridors' as const } : {}) }),
  },
  line: {
    ...nullable(matching(new RegExp(`^${LINE_ID_SOURCE}$`), 'not a line id')),
    read: (s) => s.line,
    // A line is shown in its corridor's panel, so it needs the corridor.
    apply: (line, link) => ({ line: link.corridor ? line : null }),
    checkAgainstAtlas: (line, { atlas }) => (line && !has(atlas.lines, line) ? refuse(line, 'no such line', null) : { value: line }),
  },
  select: {
    default: () => null,
    parse: withSchema(then(matching(new RegExp(`^(?:(?:city|port|place):[a-z0-9-]+|node:${LINE_ID_SOURCE}\\.\\d{1,3})$`), 'not a feature'), (s) => {
      const [kind, id] = s.split(':') as [SelectionKind, string];
      return { kind, id: kind === 'node' ? id.replace('.', '#') : id };
    })),
    serialize: (value) => (value ? `${value.kind}:${value.id.replace('#', '.')}` : null),
    read: (s) => s.selection,
    apply: (selection) => ({ selection }),
    checkAgainstAtlas: (sel, { atlas }) => {
      const exists = !sel || (sel.kind === 'city' && has(atlas.cities, sel.id)) || (sel.kind === 'port' && has(atlas.ports, sel.id))
        || (sel.kind === 'place' && has(atlas.places ?? [], sel.id))
        || (sel.kind === 'node'
          && atlas.lines.some((l) => sel.id.startsWith(`${l.id}#`) && l.nodes.some((n) => `${l.id}#${n.seq}` === sel.id)));
      return exists ? { value: sel } : refuse(`${sel.kind}:${sel.id}`, 'not in the data', null);
    },
  },
  from: {
    ...nullable(matching(new RegExp(`^(?:(?:city|port):)?${SLUG}$`), 'not a city or port')),
    read: (s) => s.routeFrom,
    apply: (from) => ({ routeFrom: isPlaceRef(from) ? from : null, ...routesPanel(from) }),
    checkAgainstAtlas: (from, { atlas }) => {
      if (!from) return { value: from };
      const resolved = resolvePlace(atlas, from);
      return typeof resolved === 'string' ? { value: resolved } : refuse(from, resolved.reason, null);
    },
  },
  to: {
    ...nullable(matching(new RegExp(`^(?:port:)?${SLUG}$`), 'not a destination')),
    read: (s) => s.routeTo,
    apply: (to) => ({ routeTo: to, ...routesPanel(to) }),
    checkAgainstAtlas: (to, data) => {
      if (!to) return { value: to };
      const destinationIds = data.destinationIds();
      const resolved = destinationIds.has(to) ? to : destinationIds.has(`port:${to}`) ? `port:${to}` : null;
      return resolved ? { value: resolved } : refuse(to, 'not a route destination', null);
    },
  },
  story: {
    default: () => null,
    parse: withSchema(z.pipe(then(matching(/^\d{1,2}$/, 'not a step number'), Number), z.number().check(z.gte(1, 'not a step number')))),
    serialize: (value) => (value !== null ? String(value) : null),
    read: (s) => s.story,
    apply: (story) => (story === null ? { story: null } : {}),
    // A story step sets year and camera itself; it needs the data, so it waits until they are loaded.
    afterApply: (story, store) => {
      if (story !== null && store.getState().atlas) store.getState().goToStep(story);
    },
    checkAgainstAtlas: (story, { atlas }) => (story !== null && story > atlas.storySteps.length
      ? refuse(String(story), `the story has ${atlas.storySteps.length} steps`, null) : { value: story }),
  },
  lang: {
    default: ({ lang }) => lang,
    parse: withSchema(z.enum(LANGS as [Lang, ...Lang[]], { error: `expected ${oneOf(LANGS)}` })),
    // Written whenever it is not English, so a link shows the same language in any browser.
    serialize: (value) => (value !== 'en' ? value : null),
    read: (s) => s.lang,
    // A language shows once its messages are here; setLang loads them.
    apply: (lang) => (catalogueLoaded(lang) ? { lang } : {}),
    afterApply: (lang, store) => {
      if (!catalogueLoaded(lang)) store.getState().setLang(lang);
    },
  },
  view: {
    default: () => null,
    parse: withSchema(then(z.string(), (s, ctx) => {
      const parts = s.split(',');
      const lng = num(-180, 180).safeParse(parts[0]);
      const lat = num(-85, 85).safeParse(parts[1]);
      const zoom = num(0, 22).safeParse(parts[2]);
      if (parts.length !== 3 || !lng.success || !lat.success || !zoom.success || parts.some((p) => p.trim() === '')) {
        return reject(ctx, s, 'expected longitude,latitude,zoom');
      }
      return { lng: lng.data, lat: lat.data, zoom: zoom.data };
    })),
    serialize: (v) => (v ? `${round(v.lng, 4)},${round(v.lat, 4)},${round(v.zoom, 2)}` : null),
    read: (s) => s.camera,
    apply: (camera) => ({ camera }),
  },
  embed: {
    default: () => false,
    parse: withSchema(then(z.enum(['0', '1'], { error: 'expected 0 or 1' }), (s) => s === '1')),
    serialize: (value) => (value ? '1' : null),
    read: (s) => s.embed,
    apply: (embed) => ({ embed }),
  },
  pin: {
    ...nullable(matching(/^[0-9a-f]{12}$/, 'not a data version')),
    read: (s) => s.pin,
    apply: (pin) => ({ pin }),
  },
};

/** Every parameter, in the order links write them. */
export const URL_PARAMS = Object.keys(URL_PARAM_TABLE) as UrlParam[];

/** The entry of one parameter, typed by its value. */
export const urlParamSpec = <K extends UrlParam>(param: K): UrlParamSpec<UrlState[K]> => URL_PARAM_TABLE[param];

/** `city:<id>` / `port:<id>` as given, or a bare id naming exactly one city or port. */
function resolvePlace(atlas: Atlas, ref: string): PlaceRef | { reason: string } {
  const [kind, id] = ref.includes(':') ? (ref.split(':') as ['city' | 'port', string]) : [null, ref];
  const matches: PlaceRef[] = [
    ...(kind !== 'port' && atlas.cities.some((c) => c.id === id) ? [`city:${id}` as const] : []),
    ...(kind !== 'city' && atlas.ports.some((p) => p.id === id) ? [`port:${id}` as const] : []),
  ];
  if (matches.length === 1) return matches[0]!;
  return { reason: matches.length === 0 ? 'not in the data' : 'names both a city and a port' };
}

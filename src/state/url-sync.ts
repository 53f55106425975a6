import type { Atlas } from '../data/schema';
import { routeDestinationIds } from '../routing/destinations';
import { catalogueLoaded, translator } from '../lib/i18n';
import type { AppState, AppStore, PlaceRef } from './store';
import { DEFAULT_YEAR } from './timeline-slice';
import { isPlaceRef } from './corridor-slice';
import { LAYER_KEYS } from './view-slice';
import { defaultUrlState, serializeUrlState, shorten, type UrlProblem, type UrlState } from './url-state';
import { readUrlState, URL_MIGRATIONS, type UrlMigration } from './url-migrations';

type History = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

export const browserLang = (navigatorLang: string) => (navigatorLang.toLowerCase().startsWith('zh') ? 'zh' : 'en');

/** The URL's view of the store. */
export function urlStateOf(s: AppState, pin: string | null = s.pin): UrlState {
  return {
    year: s.year, layers: LAYER_KEYS.filter((k) => s.layers[k]), corridor: s.corridor, line: s.line,
    select: s.selection, from: s.routeFrom, to: s.routeTo, story: s.story, lang: s.lang,
    view: s.camera, embed: s.embed, pin,
  };
}

/** Puts a parsed URL into the store. */
export function applyUrlState(store: AppStore, u: UrlState) {
  store.setState({
    year: u.year, layers: Object.fromEntries(LAYER_KEYS.map((k) => [k, u.layers.includes(k)])) as AppState['layers'],
    corridor: u.corridor, line: u.corridor ? u.line : null, selection: u.select, routeFrom: isPlaceRef(u.from) ? u.from : null, routeTo: u.to,
    lang: catalogueLoaded(u.lang) ? u.lang : store.getState().lang, camera: u.view, embed: u.embed, pin: u.pin, isPlaying: false,
    // The side panel opens where the link points: a route comparison, else a corridor.
    ...(u.from || u.to ? { panel: 'routes' as const } : u.corridor ? { panel: 'corridors' as const } : {}),
  });
  if (!catalogueLoaded(u.lang)) store.getState().setLang(u.lang);
  // A story step sets year and camera itself; it needs the atlas, so it waits until one is loaded.
  if (u.story !== null && store.getState().atlas) store.getState().goToStep(u.story);
  else if (u.story === null) store.setState({ story: null });
}

/** A link as the app reads it, on first load and on back/forward: migrated, parsed and, once the data is in, checked against it. */
export function readLink(search: string, defaults: UrlState, atlas: Atlas | null, migrations: readonly UrlMigration[] = URL_MIGRATIONS) {
  const parsed = readUrlState(search, defaults, migrations);
  if (!atlas) return parsed;
  const checked = checkAgainstAtlas(parsed.state, atlas, routeDestinationIds(atlas));
  const problems = [...parsed.problems, ...checked.problems];
  // A story step sets its own year; a link naming another year with it is told so, and the step is shown.
  const step = checked.state.story === null ? undefined : atlas.storySteps.find((s) => s.step === checked.state.story);
  if (step && new URLSearchParams(search).has('year') && !problems.some((p) => p.param === 'year') && checked.state.year !== step.year)
    problems.push({ param: 'year', raw: String(checked.state.year), reason: `story step ${step.step} shows ${step.year}` });
  return { state: checked.state, problems };
}

/** Ids that parse but name nothing in this data: dropped, and reported like any other bad value. */
export function checkAgainstAtlas(u: UrlState, atlas: Atlas, destinationIds: ReadonlySet<string>): { state: UrlState; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const state = { ...u };
  const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id);
  if (state.year < atlas.firstYear || state.year > atlas.lastYear) {
    problems.push({ param: 'year', raw: String(state.year), reason: `outside ${atlas.firstYear}–${atlas.lastYear}` });
    state.year = DEFAULT_YEAR;
  }
  if (state.line && !has(atlas.lines, state.line)) {
    problems.push({ param: 'line', raw: state.line, reason: 'no such line' });
    state.line = null;
  }
  const sel = state.select;
  const selExists = !sel || (sel.kind === 'city' && has(atlas.cities, sel.id)) || (sel.kind === 'port' && has(atlas.ports, sel.id))
    || (sel.kind === 'place' && has(atlas.places ?? [], sel.id))
    || (sel.kind === 'node' && atlas.lines.some((l) => sel.id.startsWith(`${l.id}#`) && l.nodes.some((n) => `${l.id}#${n.seq}` === sel.id)));
  if (!selExists) {
    problems.push({ param: 'select', raw: `${sel!.kind}:${sel!.id}`, reason: 'not in the data' });
    state.select = null;
  }
  if (state.from) {
    const resolved = resolvePlace(atlas, state.from);
    if (typeof resolved !== 'string') {
      problems.push({ param: 'from', raw: state.from, reason: resolved.reason });
      state.from = null;
    } else state.from = resolved;
  }
  if (state.to) {
    const resolved = destinationIds.has(state.to) ? state.to : destinationIds.has(`port:${state.to}`) ? `port:${state.to}` : null;
    if (!resolved) problems.push({ param: 'to', raw: state.to, reason: 'not a route destination' });
    state.to = resolved;
  }
  if (state.story !== null && state.story > atlas.storySteps.length) {
    problems.push({ param: 'story', raw: String(state.story), reason: `the story has ${atlas.storySteps.length} steps` });
    state.story = null;
  }
  // Ids may be up to 120 characters long; a notice shows 40 of them, like the parser's.
  return { state, problems: problems.map((p) => ({ ...p, raw: shorten(p.raw) })) };
}

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

export const problemText = (p: UrlProblem, lang: 'en' | 'zh') =>
  translator(lang)('invalidParam', { param: p.param, raw: p.raw, reason: p.reason });

/** A year that changes again within this time (scrubbing, playback) makes one history entry, not one per year. */
export const YEAR_SETTLE_MS = 400;

const sameExcept = (a: UrlState, b: UrlState, key: keyof UrlState) => JSON.stringify({ ...a, [key]: null }) === JSON.stringify({ ...b, [key]: null });

/**
 * Keeps the address bar and the store in step: user actions push a history entry, camera moves replace
 * the current one, a run of year changes pushes one entry once the year settles, back/forward restore the
 * view. Returns a function that stops it.
 */
export function startUrlSync(store: AppStore, win: History, migrations: readonly UrlMigration[] = URL_MIGRATIONS): () => void {
  const defaults = () => defaultUrlState(browserLang(navigator.language), DEFAULT_YEAR);
  let lastState = urlStateOf(store.getState());
  // The query of what is shown, not the link as typed: a corrected link stays in the address bar (and in
  // history, where back runs its checks again) until the view itself changes.
  let last = serializeUrlState(lastState, defaults());
  let pendingYearUrl: string | null = null;
  let applyingHistory = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancelPending = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pendingYearUrl = null;
  };
  const flushPending = () => {
    const url = pendingYearUrl;
    cancelPending();
    if (url !== null) win.history.pushState(null, '', url);
  };
  const unsubscribe = store.subscribe((s) => {
    if (applyingHistory) return;
    const next = urlStateOf(s);
    const query = serializeUrlState(next, defaults());
    if (query === last) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    const onlyYear = sameExcept(next, lastState, 'year');
    last = query;
    const previous = lastState;
    lastState = next;
    if (onlyYear) {
      if (timer !== null) clearTimeout(timer);
      pendingYearUrl = url;
      timer = setTimeout(flushPending, YEAR_SETTLE_MS);
      return;
    }
    flushPending();
    if (sameExcept(next, previous, 'view')) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });
  // Back and forward read the link as a fresh load does: the same checks, the same notices.
  const onPop = () => {
    cancelPending();
    const { atlas } = store.getState();
    const { state, problems } = readLink(win.location.search, defaults(), atlas, migrations);
    // What back/forward put in the store is the entry itself: nothing to push.
    applyingHistory = true;
    try {
      applyUrlState(store, state);
    } finally {
      applyingHistory = false;
    }
    lastState = urlStateOf(store.getState());
    last = serializeUrlState(lastState, defaults());
    problems.forEach((p) => store.getState().notify(problemText(p, store.getState().lang)));
  };
  win.addEventListener('popstate', onPop);
  return () => {
    flushPending();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}

import type { Atlas } from '../data/schema';
import { routeDestinationIds } from '../routing/destinations';
import { translator } from '../lib/i18n';
import type { AppState, AppStore } from './store';
import { DEFAULT_YEAR } from './timeline-slice';
import { URL_PARAMS, urlParamSpec, type AtlasIds, type UrlParam } from './url-params';
import { defaultUrlState, serializeUrlState, shorten, type UrlProblem, type UrlState } from './url-state';
import { readUrlState, URL_MIGRATIONS, type UrlMigration } from './url-migrations';

type History = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

export const browserLang = (navigatorLang: string) => (navigatorLang.toLowerCase().startsWith('zh') ? 'zh' : 'en');

/** The URL's view of the store. */
export function urlStateOf(s: AppState, pin: string | null = s.pin): UrlState {
  const state = Object.fromEntries(URL_PARAMS.map((param) => [param, urlParamSpec(param).read(s)])) as UrlState;
  return { ...state, pin };
}

const applyOne = <K extends UrlParam>(param: K, link: UrlState, current: AppState) => urlParamSpec(param).apply(link[param], link, current);
const afterApplyOne = <K extends UrlParam>(param: K, link: UrlState, store: AppStore) =>
  urlParamSpec(param).afterApply?.(link[param], store);

/** Puts a parsed URL into the store: every parameter's fields in one update, then the actions that wait for them. */
export function applyUrlState(store: AppStore, link: UrlState) {
  const current = store.getState();
  const patch = URL_PARAMS.reduce<Partial<AppState>>(
    (fields, param) => ({ ...fields, ...applyOne(param, link, current) }),
    { isPlaying: false },
  );
  store.setState(patch);
  for (const param of URL_PARAMS) afterApplyOne(param, link, store);
}

/** A link as the app reads it, on first load and on back/forward: migrated, parsed and, once the data is in, checked against it. */
export function readLink(search: string, defaults: UrlState, atlas: Atlas | null, migrations: readonly UrlMigration[] = URL_MIGRATIONS) {
  const parsed = readUrlState(search, defaults, migrations);
  if (!atlas) return parsed;
  const checked = checkAgainstAtlas(parsed.state, atlas);
  const problems = [...parsed.problems, ...checked.problems];
  // A story step sets its own year; a link naming another year with it is told so, and the step is shown.
  const step = checked.state.story === null ? undefined : atlas.storySteps.find((s) => s.step === checked.state.story);
  if (step && new URLSearchParams(search).has('year') && !problems.some((p) => p.param === 'year') && checked.state.year !== step.year)
    problems.push({ param: 'year', raw: String(checked.state.year), reason: `story step ${step.step} shows ${step.year}` });
  return { state: checked.state, problems };
}

/** Checks one parameter of `state`, in place; its problem, if any. */
const checkOne = <K extends UrlParam>(param: K, state: UrlState, data: AtlasIds) => {
  const check = urlParamSpec(param).checkAgainstAtlas;
  if (!check) return undefined;
  const { value, problem } = check(state[param], data);
  state[param] = value;
  return problem && { param, raw: shorten(problem.raw), reason: problem.reason };
};

/** Ids that parse but name nothing in this data: dropped, and reported like any other bad value. */
export function checkAgainstAtlas(
  u: UrlState, atlas: Atlas, destinationIds = () => routeDestinationIds(atlas),
): { state: UrlState; problems: UrlProblem[] } {
  const state = { ...u };
  // Ids may be up to 120 characters long; a notice shows 40 of them, like the parser's.
  const problems = URL_PARAMS.flatMap((param) => checkOne(param, state, { atlas, destinationIds }) ?? []);
  return { state, problems };
}

export const problemText = (p: UrlProblem, lang: 'en' | 'zh') =>
  translator(lang)('invalidParam', { param: p.param, raw: p.raw, reason: p.reason });

/** A year that changes again within this time (scrubbing, playback) makes one history entry, not one per year. */
export const YEAR_SETTLE_MS = 400;

const sameExcept = (a: UrlState, b: UrlState, key: keyof UrlState) => JSON.stringify({ ...a, [key]: null }) === JSON.stringify({ ...b, [key]: null });

/**
 * Keeps the address bar and the store in step: user actions push a history entry, camera moves replace
 * the current one, a run of year changes pushes one entry once the year settles, playback pushes one entry
 * that follows its years, back/forward restore the view. Returns a function that stops it.
 */
export function startUrlSync(store: AppStore, win: History, migrations: readonly UrlMigration[] = URL_MIGRATIONS): () => void {
  const defaults = () => defaultUrlState(browserLang(navigator.language), DEFAULT_YEAR);
  let lastState = urlStateOf(store.getState());
  // The query of what is shown, not the link as typed: a corrected link stays in the address bar (and in
  // history, where back runs its checks again) until the view itself changes.
  let last = serializeUrlState(lastState, defaults());
  let pendingYearUrl: string | null = null;
  let applyingHistory = false;
  // Playback has pushed its entry: its later years replace it, so an autoplay loop leaves one entry, not one per year.
  let playbackEntry = false;
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
  const unsubscribe = store.subscribe((s, before) => {
    if (applyingHistory) return;
    // The last tick stops playback and sets the last year at once: still playback's year.
    const playback = s.isPlaying || before.isPlaying;
    if (!playback) playbackEntry = false;
    const next = urlStateOf(s);
    const query = serializeUrlState(next, defaults());
    if (query === last) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    const onlyYear = sameExcept(next, lastState, 'year');
    last = query;
    const previous = lastState;
    lastState = next;
    if (onlyYear && playback) {
      flushPending();
      if (playbackEntry) win.history.replaceState(null, '', url);
      else win.history.pushState(null, '', url);
      playbackEntry = true;
      return;
    }
    if (onlyYear) {
      if (timer !== null) clearTimeout(timer);
      pendingYearUrl = url;
      timer = setTimeout(flushPending, YEAR_SETTLE_MS);
      return;
    }
    flushPending();
    if (sameExcept(next, previous, 'view')) win.history.replaceState(null, '', url);
    else {
      win.history.pushState(null, '', url);
      // An action during playback has its own entry; the years after it start another.
      playbackEntry = false;
    }
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

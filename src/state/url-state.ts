import { shorten, URL_PARAMS, urlParamSpec, type UrlParam, type UrlState } from './url-params';
import type { Lang } from '../lib/i18n';

export { shorten, URL_PARAMS, type UrlParam, type UrlState };
/** One problem per parameter that could not be used; the value shown is cut short and never rendered as HTML. */
export type UrlProblem = { param: UrlParam; raw: string; reason: string };

const MAX_VALUE_LENGTH = 120;

const defaultOf = <K extends UrlParam>(param: K, page: { lang: Lang; year: number }) => urlParamSpec(param).default(page);
const serializeOne = <K extends UrlParam>(param: K, state: UrlState, defaults: UrlState) =>
  urlParamSpec(param).serialize(state[param], defaults[param]);
const setField = <K extends UrlParam>(state: UrlState, param: K, value: UrlState[K]) => {
  state[param] = value;
};

export const defaultUrlState = (lang: Lang, year: number): UrlState =>
  Object.fromEntries(URL_PARAMS.map((param) => [param, defaultOf(param, { lang, year })])) as UrlState;

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
    const parsed = urlParamSpec(param).parse(raw);
    if (parsed.ok) setField(state, param, parsed.value);
    else problems.push({ param, raw: shorten(raw), reason: parsed.reason });
  }
  return { state, problems };
}

/** The shortest query that restores `state`: defaults are left out, order is fixed. */
export function serializeUrlState(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  for (const param of URL_PARAMS) {
    const value = serializeOne(param, state, defaults);
    if (value !== null) params.set(param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

import { describe, expect, test } from 'vitest';
import { URL_PARAMS } from '../../../src/state/url-params';
import { defaultUrlState, parseUrlState, serializeUrlState } from '../../../src/state/url-state';
import { checkAgainstAtlas, problemText } from '../../../src/state/url-sync';
import { routeDestinationIds } from '../../../src/routing/destinations';
import { loadBuiltAtlas } from '../../fixtures/corridor-atlas';
import { hostileQueries, showQuery, VALID_FIELD } from '../../fixtures/hostile-queries';

// Another seed explores other strings: URL_FUZZ_SEED=123 npx vitest run --project unit tests/unit/state/url-fuzz.test.ts
const SEED = Number(process.env.URL_FUZZ_SEED ?? 20240611);
const COUNT = 10_000;
/** Ten thousand queries take a few seconds, longer on a busy machine. */
const TIMEOUT_MS = 60_000;
const DEFAULTS = defaultUrlState('en', 2025);
const atlas = loadBuiltAtlas();
const destinations = routeDestinationIds(atlas);

const has = (list: { id: string }[], id: string) => list.some((x) => x.id === id);

/** Every way one query could go wrong; empty when the parser did its job. */
function faultsOf(query: string): string[] {
  const faults: string[] = [];
  const { state, problems } = parseUrlState(query, DEFAULTS);
  const given = new URLSearchParams(query);
  if (Object.keys(state).sort().join() !== [...URL_PARAMS].sort().join()) faults.push(`state keys ${Object.keys(state).join()}`);
  for (const param of URL_PARAMS) {
    const value = state[param];
    if (!(VALID_FIELD[param] as (v: unknown) => boolean)(value)) faults.push(`${param} holds ${JSON.stringify(value)}`);
    const unchanged = JSON.stringify(value) === JSON.stringify(DEFAULTS[param]);
    if (!given.has(param) && !unchanged) faults.push(`${param} changed without being given`);
    if (problems.some((p) => p.param === param) && !unchanged) faults.push(`${param} changed although reported invalid`);
  }
  if (new Set(problems.map((p) => p.param)).size !== problems.length) faults.push('two problems for one parameter');
  for (const p of problems) {
    if (!given.has(p.param)) faults.push(`problem for ${p.param}, which was not given`);
    if (p.raw.length > 41) faults.push(`${p.param}: raw shown at ${p.raw.length} chars`);
    if (p.reason.length > 80) faults.push(`${p.param}: reason of ${p.reason.length} chars`);
    for (const lang of ['en', 'zh'] as const)
      if (problemText(p, lang).length > 260) faults.push(`${p.param}: ${lang} notice of ${problemText(p, lang).length} chars`);
  }
  // What got through serialises back to the same state, so the address bar never shows anything else.
  const again = parseUrlState(serializeUrlState(state, DEFAULTS), DEFAULTS);
  if (JSON.stringify(again) !== JSON.stringify({ state, problems: [] })) faults.push('does not round-trip');

  // Then against the data: whatever names nothing is dropped and reported.
  const checked = checkAgainstAtlas(state, atlas, () => destinations);
  const s = checked.state;
  if (s.year < atlas.firstYear || s.year > atlas.lastYear) faults.push(`year ${s.year} kept outside the data`);
  if (s.line && !has(atlas.lines, s.line)) faults.push(`line ${s.line} kept`);
  const places = { city: atlas.cities, port: atlas.ports, place: atlas.places ?? [] };
  if (s.select && s.select.kind !== 'node' && !has(places[s.select.kind], s.select.id)) faults.push(`select ${s.select.id} kept`);
  if (s.from && !(/^(?:city|port):/.test(s.from) && has(s.from.startsWith('city:') ? atlas.cities : atlas.ports, s.from.slice(5)))) faults.push(`from ${s.from} kept`);
  if (s.to && !destinations.has(s.to)) faults.push(`to ${s.to} kept`);
  if (s.story !== null && s.story > atlas.storySteps.length) faults.push(`story ${s.story} kept`);
  for (const p of checked.problems) if (p.raw.length > 41) faults.push(`${p.param}: raw shown at ${p.raw.length} chars after the data check`);
  return faults;
}

describe(`${COUNT} generated hostile query strings (seed ${SEED})`, () => {
  const queries = hostileQueries(SEED, COUNT);

  test('the generator covers every kind of input it promises', () => {
    const share = (re: RegExp) => queries.filter((q) => re.test(q)).length;
    expect(queries.length).toBeGreaterThanOrEqual(10_000);
    expect(new Set(queries).size).toBeGreaterThan(9_000);
    expect(share(/%E0%A4%A(?![0-9A-F])/)).toBeGreaterThan(10);
    expect(queries.filter((q) => q.length >= 100 * 1024).length).toBeGreaterThan(20);
    expect(share(/<script>|<img|javascript:|onerror/)).toBeGreaterThan(300);
    expect(share(/[\u4e00-\u9fff]/)).toBeGreaterThan(300);
    expect(share(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)).toBeGreaterThan(30);
    expect(queries.filter((q) => q.includes('\u0000')).length).toBeGreaterThan(30);
    expect(share(/(?:^|[?&])__proto__=|(?:^|[?&])constructor=/)).toBeGreaterThan(100);
    expect(queries.filter((q) => new Set(new URLSearchParams(q).keys()).size < [...new URLSearchParams(q).keys()].length).length).toBeGreaterThan(500);
  }, TIMEOUT_MS);

  test('none throws, none leaks an invalid value into the state, every notice is short', () => {
    const failures: string[] = [];
    queries.forEach((query, index) => {
      let faults: string[];
      try {
        faults = faultsOf(query);
      } catch (e) {
        faults = [`threw ${String(e)}`];
      }
      if (faults.length) failures.push(`seed ${SEED} #${index} ${showQuery(query)}: ${faults.join('; ')}`);
    });
    expect(Object.prototype).not.toHaveProperty('year');
    expect(failures.slice(0, 5)).toEqual([]);
  }, TIMEOUT_MS);
});

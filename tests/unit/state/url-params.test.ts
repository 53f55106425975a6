import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { URL_PARAMS, urlParamSpec, type UrlParam } from '../../../src/state/url-params';
import { defaultUrlState, parseUrlState, serializeUrlState, type UrlState } from '../../../src/state/url-state';
import { applyUrlState, checkAgainstAtlas, urlStateOf } from '../../../src/state/url-sync';
import { createAppStore } from '../../../src/state/store';
import { routeDestinationIds } from '../../../src/routing/destinations';
import { loadCatalogue } from '../../../src/lib/i18n';
import { loadBuiltAtlas } from '../../fixtures/corridor-atlas';
import { VALID, VALID_FIELD } from '../../fixtures/hostile-queries';

const DEFAULTS = defaultUrlState('en', 2025);
const atlas = loadBuiltAtlas();
const destinations = routeDestinationIds(atlas);

beforeAll(() => loadCatalogue('zh'));

/** A link with one parameter set, and what that parameter needs beside it to be shown. */
function linkWith<K extends UrlParam>(param: K, value: UrlState[K]): UrlState {
  const link = { ...DEFAULTS, [param]: value };
  // A line is shown in its corridor's panel.
  const corridor = param === 'line' && typeof value === 'string' ? (value.slice(0, 3).toLowerCase() as UrlState['corridor']) : null;
  return corridor ? { ...link, corridor } : link;
}

describe('the URL parameter table', () => {
  test('links write the parameters in one fixed order', () => {
    expect(URL_PARAMS).toEqual(['year', 'layers', 'corridor', 'line', 'select', 'from', 'to', 'story', 'lang', 'view', 'embed', 'pin']);
    const full: UrlState = {
      year: 2023, layers: ['cities', 'cre'], corridor: 'cre', line: 'CRE-W1', select: { kind: 'node', id: 'CRE-W1#15' },
      from: 'city:chongqing', to: 'duisburg', story: 3, lang: 'zh', view: { lng: 104.123456, lat: 35.5, zoom: 3.25 },
      embed: true, pin: 'bd7a27ccc9d4',
    };
    expect(serializeUrlState(full, DEFAULTS)).toBe(
      '?year=2023&layers=cities%2Ccre&corridor=cre&line=CRE-W1&select=node%3ACRE-W1.15&from=city%3Achongqing&to=duisburg'
      + '&story=3&lang=zh&view=104.1235%2C35.5%2C3.25&embed=1&pin=bd7a27ccc9d4',
    );
  });

  test.each(URL_PARAMS)('%s: its default is left out of a link and is what a fresh store shows', (param) => {
    const spec = urlParamSpec(param);
    expect(spec.serialize(DEFAULTS[param], DEFAULTS[param])).toBeNull();
    expect(parseUrlState(serializeUrlState(DEFAULTS, DEFAULTS), DEFAULTS).state[param]).toEqual(DEFAULTS[param]);
    const store = createAppStore();
    applyUrlState(store, DEFAULTS);
    expect(urlStateOf(store.getState())[param]).toEqual(DEFAULTS[param]);
  });

  test.each(URL_PARAMS)('%s: every sample value parses, survives a link and is what the store shows', (param) => {
    const spec = urlParamSpec(param);
    for (const raw of VALID[param]) {
      const parsed = spec.parse(raw);
      if (!parsed.ok) throw new Error(`${param}=${raw}: ${parsed.reason}`);
      expect((VALID_FIELD[param] as (v: unknown) => boolean)(parsed.value), `${param}=${raw}`).toBe(true);
      // Through a link and back: the same value, written the same way.
      const query = serializeUrlState(linkWith(param, parsed.value), DEFAULTS);
      const again = parseUrlState(query, DEFAULTS);
      expect(again.problems, `${param}=${raw}`).toEqual([]);
      expect(again.state[param], `${param}=${raw}`).toEqual(parsed.value);
      expect(serializeUrlState(again.state, DEFAULTS)).toBe(query);
      // Into the store and read back, once checked against the data (ids that name nothing are dropped there).
      const { state: link } = checkAgainstAtlas(linkWith(param, parsed.value), atlas, () => destinations);
      const store = createAppStore();
      store.getState().setAtlas(atlas);
      applyUrlState(store, link);
      const shown = urlStateOf(store.getState());
      // A story step sets its own year and camera.
      if (param === 'story' && link.story !== null) expect(shown.story).toBe(link.story);
      else expect(shown, `${param}=${raw}`).toEqual(link);
    }
  });

  test.each(URL_PARAMS)('%s: a value it cannot use is refused with a short reason of its own', (param) => {
    const parsed = urlParamSpec(param).parse('!');
    expect(parsed).toMatchObject({ ok: false, reason: expect.stringMatching(/^\S.{4,79}$/) });
    expect(parsed).not.toMatchObject({ reason: 'invalid' });
  });

  test('the README lists every parameter, in the order links write them', () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| parameter | values | default |'));
    const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
    const listed = rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-z]+)`/g)].map((m) => m[1]));
    expect(listed).toEqual(URL_PARAMS);
  });
});

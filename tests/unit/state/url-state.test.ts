import { describe, expect, test } from 'vitest';
import { defaultUrlState, parseUrlState, serializeUrlState, URL_PARAMS, type UrlState } from '../../../src/state/url-state';

const DEFAULTS = defaultUrlState('en', 2025);

const FULL: UrlState = {
  year: 2023, layers: ['cities', 'cre'], corridor: 'cre', line: 'CRE-W1', select: { kind: 'city', id: 'ningbo' },
  from: 'city:chongqing', to: 'duisburg', story: 3, lang: 'zh', view: { lng: 104.1234, lat: 35.5, zoom: 3.25 },
  embed: true, pin: 'bd7a27ccc9d4',
};

describe('URL state', () => {
  test('an empty query is the default view', () => {
    expect(parseUrlState('', DEFAULTS)).toEqual({ state: DEFAULTS, problems: [] });
    expect(serializeUrlState(DEFAULTS, DEFAULTS)).toBe('');
  });

  test.each<[string, Partial<UrlState>]>([
    ['everything', FULL],
    ['no layers', { layers: [] }],
    ['a node selection', { select: { kind: 'node', id: 'CRE-W1#15' } }],
    ['a port as origin', { from: 'port:pek', to: 'singapore' }],
  ])('round-trips %s', (_, over) => {
    const state = { ...DEFAULTS, ...over };
    const query = serializeUrlState(state, DEFAULTS);
    expect(parseUrlState(query, DEFAULTS)).toEqual({ state, problems: [] });
  });

  test('invalid values keep their default and are reported, valid ones still apply', () => {
    const { state, problems } = parseUrlState('?year=abc&lang=zh&layers=cities,volcanoes&view=1,2&embed=yes', DEFAULTS);
    expect(state).toEqual({ ...DEFAULTS, lang: 'zh' });
    expect(problems.map((p) => p.param)).toEqual(['year', 'layers', 'view', 'embed']);
    expect(problems.find((p) => p.param === 'layers')!.reason).toBe('unknown layer volcanoes');
  });

  test('the camera is rounded in the URL', () => {
    const query = serializeUrlState({ ...DEFAULTS, view: { lng: 104.123456789, lat: 35.987654321, zoom: 3.14159 } }, DEFAULTS);
    expect(decodeURIComponent(query)).toBe('?view=104.1235,35.9877,3.14');
  });

  const HOSTILE = [
    '<script>alert(1)</script>', 'javascript:alert(1)', '"><img src=x onerror=alert(1)>', '1e309', '-0', 'NaN', 'Infinity',
    '9'.repeat(500), '２０２５', '2025\u0000', '\u202e2025', '%00', '%E0%A4%A', '../../etc/passwd', 'city:../../x', 'city:BEIJING',
    'node:CRE-W1.9999', ' 2025', '2025 ', ',,,', '0,0,0,0', '181,0,3', '0,91,3', '0,0,23', '北京', '🙂', '__proto__', 'constructor',
  ];
  const random = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const rand = random(42);
  const ALPHABET = Array.from('abcxyz0123456789,.:-_%&=?#<>"\'/\\ 北京🙂\u0000');
  const randomStrings = Array.from({ length: 300 }, () =>
    Array.from({ length: Math.floor(rand() * 30) }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join(''),
  );

  test.each(URL_PARAMS)('%s: hostile and random strings never throw and never leak into the state', (param) => {
    for (const raw of [...HOSTILE, ...randomStrings]) {
      for (const query of [`?${param}=${encodeURIComponent(raw)}`, `?${param}=${raw}`]) {
      const { state, problems } = parseUrlState(query, DEFAULTS);
      const changed = JSON.stringify(state) !== JSON.stringify(DEFAULTS);
      if (problems.length) expect(changed).toBe(false);
      // Whatever got through must serialise back to the same state.
      expect(parseUrlState(serializeUrlState(state, DEFAULTS), DEFAULTS).state).toEqual(state);
      expect(JSON.stringify(state)).not.toMatch(/<|>|javascript:/);
      for (const p of problems) expect(p.raw.length).toBeLessThanOrEqual(41);
      }
    }
  });

  test('a malformed query string as a whole does not throw', () => {
    for (const q of ['?%', '?year=%E0%A4%A', '?&&&=', '?year', '?=2025', '?year=2025&year=2023']) {
      expect(() => parseUrlState(q, DEFAULTS)).not.toThrow();
    }
  });
});

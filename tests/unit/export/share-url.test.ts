import { describe, expect, test } from 'vitest';
import { defaultUrlState, parseUrlState } from '../../../src/state/url-state';
import { escapeAttribute, iframeSnippet, shareUrl } from '../../../src/export/share-url';

const PAGE = 'https://example.org/atlas/?year=2020#top';
const VERSION = '7e0e2fdc4291';
const state = { ...defaultUrlState('en', 2025), year: 2025, view: { lng: 104, lat: 35, zoom: 3.5 } };

describe('share links', () => {
  test('a live link restores the view and carries no data version', () => {
    const url = new URL(shareUrl(PAGE, state, VERSION, { pinned: false, embed: false }));
    expect(url.origin + url.pathname).toBe('https://example.org/atlas/');
    expect(url.hash).toBe('');
    expect(url.searchParams.get('pin')).toBeNull();
    expect(parseUrlState(url.search, defaultUrlState('en', 2019)).state).toEqual(state);
  });

  test('the year is written even when it is the default, so the link never drifts', () => {
    const url = new URL(shareUrl(PAGE, state, VERSION, { pinned: false, embed: false }));
    expect(url.searchParams.get('year')).toBe('2025');
  });

  test('pinned and embedded links carry pin and embed=1', () => {
    const url = new URL(shareUrl(PAGE, state, VERSION, { pinned: true, embed: true }));
    expect(url.searchParams.get('pin')).toBe(VERSION);
    expect(url.searchParams.get('embed')).toBe('1');
  });
});

describe('iframe snippet', () => {
  test('escapes attribute values', () => {
    expect(escapeAttribute(`"><script>&'`)).toBe('&quot;&gt;&lt;script&gt;&amp;&#39;');
    const snippet = iframeSnippet('https://example.org/?a=1&embed=1', 'Map "x"');
    expect(snippet).toBe(
      '<iframe src="https://example.org/?a=1&amp;embed=1" title="Map &quot;x&quot;" width="100%" height="520" style="border:0" loading="lazy"></iframe>',
    );
  });
});

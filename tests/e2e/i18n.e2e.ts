import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { coreZh } from '../../src/lib/messages/zh/core';
import { launchDevice, MAP_READY, visit } from './a11y-support';

const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launchDevice(inject('baseUrl'));
});
afterEach(async () => ctx?.close());

/** Where the app's own words are: header, tabs, headings, controls, labels, table headers, legends, notes. */
const CHROME = [
  'header', '[role="tablist"]', '.headline', '.timeline', '.layers', '.compact-legend', '.notices',
  'h1', 'h2', 'h3', 'h4', 'caption', 'thead th', 'figcaption', '.chart-key', '.table-note', 'dt', 'legend',
  'button', 'label', 'summary', '[role="status"]', '.story-nav', '.story-progress', '.story-footer', '.story-year',
  '.embed-credit', '.embed-headline', '.maplibregl-ctrl', '.maplibregl-cooperative-gesture-screen',
].join(', ');

/**
 * Data in its original language, not chrome: source lists (publisher, title, quote), external link text,
 * source ids, map attribution, and text the app marks as English on purpose (the EN button, a city's English name).
 */
const DATA = ['.sources ol', 'blockquote', 'cite', '.source-id', 'a[href^="http"]', '.maplibregl-ctrl-attrib', '[lang^="en"]'].join(', ');

type Found = { text: string; where: string };

/** The chrome's text nodes and the names it gives through attributes, outside the data zones. */
function collectChrome({ chrome, data }: { chrome: string; data: string }): Found[] {
  const where = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 3; e = e.parentElement)
      parts.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`);
    return parts.join(' > ');
  };
  const out: Found[] = [{ text: document.title, where: 'document.title' }];
  const seen = new Set<Node>();
  for (const root of document.querySelectorAll(chrome)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      if (seen.has(n) || parent.closest(data) || parent.closest('script, style')) continue;
      seen.add(n);
      const text = (n.textContent ?? '').trim();
      if (text) out.push({ text, where: where(parent) });
    }
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext], optgroup[label], [aria-roledescription]')) {
    if (el.closest(data) || el === document.documentElement) continue;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'label', 'aria-roledescription']) {
      const value = el.getAttribute(attr)?.trim();
      if (value && !(attr === 'label' && el.tagName !== 'OPTGROUP')) out.push({ text: value, where: `${where(el)} @${attr}` });
    }
  }
  return out;
}

/** Latin tokens that are data, not words: URLs, source ids (S07, S-P11), version hashes, codes (IATA, ISO), key names. */
const NOT_WORDS = [
  /https?:\/\/\S+/g, /\b[A-Z]{1,3}(?:-[A-Z]{1,3})?\d+[a-z]?\b/g, /\b[0-9a-f]{7,40}\b/g, /\b[A-Z]{2,3}\b/g,
  /\b(?:Esc|Enter|Tab|Shift|Ctrl|Alt|Home|End)\b/g,
];
/** Publishers, source titles and quotes, in their original language; and the basemap and sea-lane data named in credits. */
const NAMES = [
  ...atlas.sources.flatMap((s) => [s.publisher, s.title, s.quote]),
  'Natural Earth', 'Unicode CLDR', 'searoute', 'Eurostat',
].filter((n): n is string => Boolean(n)).sort((a, b) => b.length - a.length);
const ENGLISH_WORD = /\b[A-Za-z][A-Za-z'’]{2,}\b/g;

const englishIn = (text: string) => {
  const rest = NAMES.reduce((t, name) => t.split(name).join(' '), text);
  return NOT_WORDS.reduce((t, re) => t.replace(re, ' '), rest).match(ENGLISH_WORD) ?? [];
};

async function untranslated(page: Page) {
  const found = await page.evaluate(collectChrome, { chrome: CHROME, data: DATA });
  return found
    .map((f) => ({ ...f, words: englishIn(f.text) }))
    .filter((f) => f.words.length > 0)
    .map((f) => `${JSON.stringify(f.text.slice(0, 120))}  (${f.where})`);
}

describe('with lang=zh no English words remain in the chrome', () => {
  test.each([
    ['the main view', '', undefined],
    ['a city detail panel', '&select=city:ningbo', '.detail-panel h2'],
    ['the corridors tab', '&corridor=cre', '.corridor-panel'],
    ['the routes tab', '&from=city:chongqing&to=duisburg', '.route-options li'],
    ['a route possible only in a later year', '&year=2019&from=kunming&to=vientiane', '.route-later'],
    ['ocean shipping to a seaport', '&from=xiamen&to=port:rotterdam', '.route-options li'],
    ['the story', '&story=3', '.story-panel'],
    ['embed mode', '&embed=1', '.embed-headline'],
  ])('%s', async (_name, query, ready) => {
    const page = await visit(ctx, `${inject('baseUrl')}?lang=zh${query}`, ready);
    const english = await untranslated(page);
    expect(english, `English in the zh chrome:\n${english.join('\n')}`).toEqual([]);
  });

  test('switching from EN with the 中文 button leaves no English behind', async () => {
    const page = await visit(ctx, inject('baseUrl'), 'table tbody tr');
    await page.getByRole('button', { name: '中文' }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const english = await untranslated(page);
    expect(english, `English left after switching:\n${english.join('\n')}`).toEqual([]);
  });
});

/** States of the "Noto Sans SC" faces whose unicode-range covers `char`. */
function cjkFaceStates(char: string): string[] {
  const code = char.codePointAt(0)!;
  const covers = (ranges: string) =>
    ranges.split(',').some((part) => {
      const m = part.trim().match(/^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i);
      if (!m) return false;
      const lo = parseInt(m[1]!.replace(/\?/g, '0'), 16);
      const hi = parseInt(m[2] ?? m[1]!.replace(/\?/g, 'f'), 16);
      return code >= lo && code <= hi;
    });
  return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Noto Sans SC' && covers(f.unicodeRange)).map((f) => f.status);
}

describe('language and font', () => {
  test('without lang the language follows the browser: zh-CN gives the Chinese UI', async () => {
    const zhCtx = await launchDevice(inject('baseUrl'), { locale: 'zh-CN' });
    try {
      const page = await visit(zhCtx, inject('baseUrl'));
      expect(await page.evaluate(() => navigator.language)).toBe('zh-CN');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(coreZh.appTitle);
      expect(await page.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    } finally {
      await zhCtx.close();
    }
  });

  test('Chinese text renders with the shipped Noto Sans SC, loaded from the app’s own origin', async () => {
    const page = await visit(ctx, `${inject('baseUrl')}?lang=zh`);
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '北京'))).toBe(true);
    expect(await page.evaluate(cjkFaceStates, '北')).toContain('loaded');
    const fonts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name).filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url)),
    );
    expect(fonts.length).toBeGreaterThan(0);
    const origin = new URL(inject('baseUrl')).origin;
    expect(fonts.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  test('the city labels join once the CJK font is in, even when it comes late; an English page fetches no CJK font', async () => {
    const page = await ctx.newPage();
    try {
      // The font comes late (1.5 s, well within the 4 s the app gives it), so labels that did not wait for it
      // would join without it.
      await page.route(/noto-sans-sc-[^/]*\.woff2?$/, async (route) => {
        await new Promise((done) => setTimeout(done, 1_500));
        await route.continue();
      });
      // The map element says when the city labels join, and in which language (`data-label-lang`).
      await page.addInitScript((fnSource: string) => {
        const states = new Function(`return (${fnSource})`)() as (c: string) => string[];
        const w = window as unknown as { fontWhenLabelsJoin?: string[] };
        new MutationObserver(() => {
          if (w.fontWhenLabelsJoin === undefined && document.querySelector('.map[data-label-lang="zh"]')) w.fontWhenLabelsJoin = states('北');
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-label-lang'] });
      }, cjkFaceStates.toString());
      await page.goto(`${inject('baseUrl')}?lang=zh`);
      await page.waitForSelector(MAP_READY, { timeout: 90_000 });
      await page.waitForFunction(() => (window as unknown as { fontWhenLabelsJoin?: string[] }).fontWhenLabelsJoin !== undefined);
      expect(await page.evaluate(() => (window as unknown as { fontWhenLabelsJoin?: string[] }).fontWhenLabelsJoin)).toContain('loaded');

      const fonts: string[] = [];
      page.on('request', (r) => /\.woff2?$/.test(r.url()) && fonts.push(r.url()));
      await page.goto(`${inject('baseUrl')}?lang=en`);
      await page.waitForSelector(MAP_READY, { timeout: 90_000 });
      expect(fonts).toEqual([]);
      // Switching to Chinese fetches the font, and the labels follow.
      await page.getByRole('button', { name: '中文' }).click();
      await expect.poll(() => fonts.length, { timeout: 20_000 }).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

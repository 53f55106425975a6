import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import type { Atlas } from '../../src/data/schema';
import { describeFocus, isFocused, launchDevice, tabTo, visit } from './a11y-support';

// Keyboard only: no mouse events anywhere in this file; locators are used to read state, not to act.
const atlas = JSON.parse(readFileSync(resolve(__dirname, '../../dist/data/atlas.json'), 'utf8')) as Atlas;

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launchDevice(inject('baseUrl'));
});
afterEach(async () => ctx?.close());

const fresh = () => visit(ctx, inject('baseUrl'), 'table tbody tr');
const headline = (page: Page) => page.locator('#headline-text').innerText();
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName ?? null);

/** The focused element draws a visible indicator: an outline or a box-shadow. */
const focusIndicator = (target: Locator) =>
  target.evaluate((el) => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return { outline, shadow: s.boxShadow !== 'none', style: `outline: ${s.outlineStyle} ${s.outlineWidth}; box-shadow: ${s.boxShadow}` };
  });

describe('keyboard only', () => {
  test('the first Tab reaches the skip link, and it moves focus to the city table', async () => {
    const page = await fresh();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.evaluate((el) => el.tagName)).toBe('A');
    expect(await focused.getAttribute('href')).toMatch(/^#/);
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Pilot cities' });
    await expect
      .poll(() => table.evaluate((t) => { const a = document.activeElement!; return a === t || a.contains(t) || t.contains(a); }))
      .toBe(true);
  });

  test('ArrowLeft on the year slider steps one year back and the headline follows', async () => {
    const page = await fresh();
    const slider = page.getByRole('slider', { name: 'Year' });
    await tabTo(page, slider);
    const year = Number(await slider.inputValue());
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider.inputValue()).toBe(String(year - 1));
    await expect.poll(() => headline(page)).toMatch(new RegExp(`^${year - 1} · `));
  });

  test('Enter on a city in the table opens its details; Escape closes them and focus stays on the page', async () => {
    const page = await fresh();
    const firstRow = page.getByRole('table', { name: 'Pilot cities' }).locator('tbody tr').first();
    const button = firstRow.getByRole('button');
    const name = await button.innerText();
    expect(atlas.cities.some((c) => c.nameEn === name)).toBe(true);
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).innerText()).toMatch(new RegExp(`^${name}`));
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    const tag = await focusedTag(page);
    expect(tag === null || tag === 'BODY' ? `focus lost to ${tag}` : 'focus kept').toBe('focus kept');
  });

  test('the 中文 button switches the language by keyboard', async () => {
    const page = await fresh();
    const zh = page.getByRole('button', { name: '中文' });
    await tabTo(page, zh);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await zh.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    expect(await isFocused(zh)).toBe(true);
  });

  test('the Story tab is reached with arrow keys, Enter starts the story and ArrowRight moves to step 2', async () => {
    const page = await fresh();
    const selectedTab = page.locator('[role="tab"][aria-selected="true"]');
    await tabTo(page, selectedTab);
    const storyTab = page.getByRole('tab', { name: 'Story' });
    for (let i = 0; i < 5 && (await storyTab.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowRight');
    expect(await storyTab.getAttribute('aria-selected')).toBe('true');
    expect(await isFocused(storyTab)).toBe(true);
    const start = page.getByRole('button', { name: /^Start the story/ });
    // The story panel loads with its tab; a reader tabs on once it is there.
    await start.waitFor({ timeout: 20_000 });
    await tabTo(page, start);
    await page.keyboard.press('Enter');
    const story = page.getByRole('region', { name: /^Story/ });
    const total = atlas.storySteps.length;
    await expect.poll(() => story.innerText()).toContain(`Step 1 of ${total}`);
    const tag = await focusedTag(page);
    expect(tag === null || tag === 'BODY' ? `focus lost to ${tag} after starting the story` : 'focus kept').toBe('focus kept');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => story.innerText()).toContain(`Step 2 of ${total}`);
  });

  test('focused controls show a visible focus indicator', async () => {
    const page = await fresh();
    const controls: [string, Locator][] = [
      ['skip link', page.locator('a[href^="#"]').first()],
      ['中文 button', page.getByRole('button', { name: '中文' })],
      ['previous-year button', page.getByRole('button', { name: 'Previous year' })],
      ['year slider', page.getByRole('slider', { name: 'Year' })],
      ['selected tab', page.locator('[role="tab"][aria-selected="true"]')],
      ['city button in the table', page.getByRole('table', { name: 'Pilot cities' }).getByRole('button').first()],
    ];
    const missing: string[] = [];
    for (const [name, control] of controls) {
      await tabTo(page, control);
      const seen = await focusIndicator(control);
      if (!seen.outline && !seen.shadow) missing.push(`${name} (${seen.style})`);
    }
    expect(missing).toEqual([]);
  });

  test('no keyboard trap: Tab visits distinct elements, reaches the end of the page and wraps around', async () => {
    const page = await fresh();
    await page.evaluate(() => {
      const ids = new Map<Element, number>();
      const w = window as unknown as { focusId: () => number; tabbablesAfterFocus: () => string[] };
      w.focusId = () => {
        const el = document.activeElement;
        if (!el || el === document.body) return 0;
        if (!ids.has(el)) ids.set(el, ids.size + 1);
        return ids.get(el)!;
      };
      // Visible elements in the tab order that come after the focused one in the document.
      w.tabbablesAfterFocus = () => {
        const here = document.activeElement!;
        return [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
          .filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
          .filter((el) => getComputedStyle(el).visibility !== 'hidden' && !el.closest('[inert], [aria-hidden="true"]'))
          .filter((el) => here.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !here.contains(el))
          .map((el) => el.outerHTML.slice(0, 100));
      };
    });
    const focusId = () => page.evaluate(() => (window as unknown as { focusId: () => number }).focusId());
    const path: string[] = [];
    const seen: number[] = [];
    let after: string[] = [];
    let wrapped = false;
    for (let i = 0; i < 400 && !wrapped; i++) {
      await page.keyboard.press('Tab');
      const id = await focusId();
      path.push(await describeFocus(page));
      // Past the last element focus leaves the document (body) or comes back to the first one.
      if (id === 0 || id === seen[0]) wrapped = true;
      else if (seen.includes(id)) throw new Error(`focus came back to an element before the end of the page:\n  ${path.join('\n  ')}`);
      else {
        seen.push(id);
        after = await page.evaluate(() => (window as unknown as { tabbablesAfterFocus: () => string[] }).tabbablesAfterFocus());
      }
      if (i === 59) expect(new Set(seen).size, `the first 60 Tabs:\n  ${path.join('\n  ')}`).toBe(60);
    }
    expect(wrapped, `focus never left the last element:\n  ${path.slice(-20).join('\n  ')}`).toBe(true);
    // Nothing tabbable was left after the last element focused before wrapping.
    expect(after, `skipped at the end of the page; path:\n  ${path.slice(-10).join('\n  ')}`).toEqual([]);
  });
});

describe('keyboard only, embed mode in an iframe', () => {
  const frameOf = async (page: Page): Promise<Frame> => {
    const handle = await page.waitForSelector('iframe');
    return (await handle.contentFrame())!;
  };

  test('Tab from a control before the iframe goes into the controls of the embedded map (the year slider) and on to the control after it', async () => {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const src = `${inject('baseUrl')}?embed=1`;
    // The host page is on another origin, as on a site that embeds the map. It is served from loopback:
    // Chromium does not let a public page (about:blank, a fulfilled route) frame a local server.
    const host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>host</title>'));
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    await page.route(hostUrl, (route) => route.continue());
    await page.goto(hostUrl);
    host.close();
    await page.setContent(
      `<!doctype html><html lang="en"><title>host</title><button id="before">before</button>
       <iframe src="${src}" title="Corridor Atlas" width="800" height="500"></iframe><button id="after">after</button>`,
    );
    const frame = await frameOf(page);
    await frame.waitForSelector('html[data-map-ready="true"]', { timeout: 90_000 });
    await page.locator('#before').focus();
    const insideFrame: string[] = [];
    const path: string[] = [];
    let reachedAfter = false;
    for (let i = 0; i < 80 && !reachedAfter; i++) {
      await page.keyboard.press('Tab');
      const outer = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || null);
      if (outer === 'after') reachedAfter = true;
      else if (outer === 'IFRAME') {
        const inner = await describeFocus(frame);
        insideFrame.push(inner);
        path.push(`frame: ${inner}`);
      } else path.push(`host: ${outer}`);
    }
    expect(insideFrame.some((d) => d.startsWith('input') && d.includes('"Year"')),
      `the year slider was not reached inside the frame:\n  ${path.join('\n  ')}`).toBe(true);
    expect(reachedAfter, `focus path:\n  ${path.join('\n  ')}`).toBe(true);
  });
});

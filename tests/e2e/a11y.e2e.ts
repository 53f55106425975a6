import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { formatViolations, launchDevice, runAxe, visit, type AxeViolation } from './a11y-support';

let ctx: BrowserContext;
beforeEach(async () => {
  ctx = await launchDevice(inject('baseUrl'));
});
afterEach(async () => ctx?.close());

const BLOCKING = new Set(['serious', 'critical']);
/** Moderate rules that fail too: two landmarks of one name leave a screen-reader user guessing which is which. */
const BLOCKING_RULES = new Set(['landmark-unique']);
const blocks = (v: AxeViolation) => BLOCKING.has(v.impact ?? '') || BLOCKING_RULES.has(v.id);

/** Each view with the selector that says it has rendered. */
const VIEWS: [name: string, query: string, ready: string | undefined][] = [
  ['the main view', '', undefined],
  ['a city detail panel', 'select=city:ningbo', '.detail-panel h2'],
  ['the story', 'story=3', '.story-panel'],
  ['the corridors tab', 'corridor=cre', '.corridor-panel'],
  ['the routes tab', 'from=city:chongqing&to=duisburg', '.route-options li'],
  ['embed mode', 'embed=1', '.embed-headline'],
];
const CASES = VIEWS.flatMap(([name, query, ready]) =>
  (['en', 'zh'] as const).map((lang) => [name, lang, [query, lang === 'zh' ? 'lang=zh' : ''].filter(Boolean).join('&'), ready] as const),
);

describe('axe-core finds no serious or critical violation, and no two landmarks of one name', () => {
  // Nothing is excluded: the map container, maplibre's canvas and its controls are checked like the rest.
  test.each(CASES)('%s (%s)', async (_name, lang, query, ready) => {
    const page = await visit(ctx, `${inject('baseUrl')}${query ? `?${query}` : ''}`, ready);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    const violations = await runAxe(page);
    const blocking = violations.filter(blocks);
    const others = violations.filter((v) => !blocks(v));
    if (others.length) console.info(`minor/moderate in ${query || 'main view'}:\n${formatViolations(others)}`);
    expect(blocking, `axe violations at ?${query}:\n${formatViolations(blocking)}`).toEqual([] as AxeViolation[]);
  });
});

describe('screen-reader support', () => {
  test('the year and its counts are announced from one polite live region when the year changes', async () => {
    const page = await visit(ctx, inject('baseUrl'));
    const region = page.locator('[aria-live="polite"]', { hasText: /^\d{4} · / });
    await expect.poll(() => region.count()).toBe(1);
    await region.evaluate((el) => ((el as HTMLElement & { marked?: boolean }).marked = true));
    const before = await region.innerText();
    const year = Number(before.slice(0, 4));
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => region.innerText()).toMatch(new RegExp(`^${year - 1} · .*\\d`));
    // The same element, so assistive technology sees a change and not a new region.
    expect(await region.evaluate((el) => (el as HTMLElement & { marked?: boolean }).marked === true)).toBe(true);
    expect(await region.getAttribute('aria-atomic')).toBe('true');
  });

  test.each([
    ['the growth chart', '', '.growth'],
    ['the corridor series charts', '?corridor=cre', '.series-chart'],
  ])('%s: each chart has a name and a text summary with its figures', async (_name, query, selector) => {
    const page = await visit(ctx, `${inject('baseUrl')}${query}`, selector);
    const charts = await page.locator(selector).evaluateAll((figures) =>
      figures.map((figure) => {
        const svg = figure.querySelector('svg');
        const label = svg?.getAttribute('aria-label') ?? svg?.getAttribute('aria-labelledby') ?? svg?.querySelector(':scope > title')?.textContent ?? '';
        return {
          hidden: svg?.getAttribute('aria-hidden') === 'true',
          label: label.trim(),
          summary: (figure.querySelector('figcaption')?.textContent ?? '').trim(),
        };
      }),
    );
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.hidden || chart.label.length > 0, `chart without a name: ${JSON.stringify(chart)}`).toBe(true);
      // A summary beyond the title: it states at least one figure.
      expect(chart.summary, `chart without a text summary: ${JSON.stringify(chart)}`).toMatch(/\d/);
    }
  });
});

import { createRequire } from 'node:module';
import type { BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { launch } from './browser';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core');

export type DeviceOptions = {
  viewport?: { width: number; height: number };
  locale?: string;
  isMobile?: boolean;
  hasTouch?: boolean;
  reducedMotion?: boolean;
};

/** `launch` from browser.ts with locale and phone emulation; requests to other origins are aborted. */
export async function launchDevice(baseUrl: string, options: DeviceOptions = {}): Promise<BrowserContext> {
  const ctx = await launch({ ...options, locale: options.locale ?? 'en-US' });
  const origin = new URL(baseUrl).origin;
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:') ? route.fallback() : route.abort();
  });
  return ctx;
}

export const MAP_READY = 'html[data-map-ready="true"]';

/** Loads `url` in the context's page and waits for the map, then for `also` (a view-specific selector). */
export async function visit(ctx: BrowserContext, url: string, also?: string): Promise<Page> {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(url);
  await page.waitForSelector(MAP_READY, { timeout: 90_000 });
  if (also) await page.waitForSelector(also, { timeout: 30_000 });
  return page;
}

export type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
};

/** Runs axe-core on the whole document of `frame` and returns its violations. */
export async function runAxe(frame: Page | Frame): Promise<AxeViolation[]> {
  await frame.addScriptTag({ path: AXE_PATH });
  return frame.evaluate(async () => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Result[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })),
    }));
  });
}

export const formatViolations = (violations: AxeViolation[]) =>
  violations
    .map((v) => [
      `[${v.impact}] ${v.id}: ${v.help}`,
      ...v.nodes.slice(0, 8).map((n) => `    ${n.target.join(' ')}\n      ${n.summary.replace(/\n/g, '\n      ')}`),
      ...(v.nodes.length > 8 ? [`    … and ${v.nodes.length - 8} more`] : []),
    ].join('\n'))
    .join('\n');

/** A short description of the focused element, for failure messages. */
export const describeFocus = (frame: Page | Frame) =>
  frame.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '(nothing)';
    const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const role = el.getAttribute('role');
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${role ? `[role=${role}]` : ''}${name ? ` "${name}"` : ''}`;
  });

export const isFocused = async (target: Locator) =>
  (await target.count()) === 1 && (await target.evaluate((el) => el === el.ownerDocument.activeElement));

/** Presses Tab (or Shift+Tab) until `target` has focus; fails with the path focus took. */
export async function tabTo(page: Page, target: Locator, { max = 150, back = false } = {}) {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await isFocused(target)) return;
    path.push(await describeFocus(page));
  }
  throw new Error(`${max} × ${back ? 'Shift+Tab' : 'Tab'} never reached ${target}; focus went:\n  ${path.join('\n  ')}`);
}

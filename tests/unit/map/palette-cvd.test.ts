import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lab, rgb } from 'd3';
import { CORRIDOR_CSS, PORT_SHAPES, cohortPalette } from '../../../src/cartography/palette';

type Matrix = readonly [number, number, number, number, number, number, number, number, number];

/**
 * Dichromacy simulation matrices at severity 1.0, applied to linear RGB, from
 * G. M. Machado, M. M. Oliveira, L. A. F. Fernandes, "A Physiologically-based Model for Simulation of
 * Color Vision Deficiency", IEEE Transactions on Visualization and Computer Graphics 15(6):1291–1298, 2009.
 */
const MACHADO_2009: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};
const IDENTITY: Matrix = [1, 0, 0, 0, 1, 0, 0, 0, 1];
const VISIONS = { 'normal vision': IDENTITY, ...MACHADO_2009 };

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp01 = (c: number) => Math.min(1, Math.max(0, c));

/** The colour as seen with the given deficiency, as sRGB hex. */
function simulate(css: string, m: Matrix): string {
  const c = rgb(css);
  const [r, g, b] = [c.r, c.g, c.b].map((v) => toLinear(v / 255)) as [number, number, number];
  const out = [m[0] * r + m[1] * g + m[2] * b, m[3] * r + m[4] * g + m[5] * b, m[6] * r + m[7] * g + m[8] * b];
  const [R, G, B] = out.map((v) => Math.round(toSrgb(clamp01(v)) * 255)) as [number, number, number];
  return rgb(R, G, B).formatHex();
}

type Lab = { l: number; a: number; b: number };

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function deltaE2000(a: Lab, b: Lab): number {
  const deg = (r: number) => (r * 180) / Math.PI;
  const rad = (d: number) => (d * Math.PI) / 180;
  const C1 = Math.hypot(a.a, a.b);
  const C2 = Math.hypot(b.a, b.b);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1 = (1 + G) * a.a;
  const a2 = (1 + G) * b.a;
  const C1p = Math.hypot(a1, a.b);
  const C2p = Math.hypot(a2, b.b);
  const hue = (x: number, y: number) => (x === 0 && y === 0 ? 0 : (deg(Math.atan2(y, x)) + 360) % 360);
  const h1 = hue(a1, a.b);
  const h2 = hue(a2, b.b);
  const dL = b.l - a.l;
  const dC = C2p - C1p;
  let dh = 0;
  if (C1p * C2p !== 0) dh = Math.abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
  const dH = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dh / 2));
  const Lm = (a.l + b.l) / 2;
  const Cmp = (C1p + C2p) / 2;
  let hm = h1 + h2;
  if (C1p * C2p !== 0) hm = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  const T = 1 - 0.17 * Math.cos(rad(hm - 30)) + 0.24 * Math.cos(rad(2 * hm)) + 0.32 * Math.cos(rad(3 * hm + 6)) - 0.2 * Math.cos(rad(4 * hm - 63));
  const dTheta = 30 * Math.exp(-(((hm - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(Cmp ** 7 / (Cmp ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lm - 50) ** 2) / Math.sqrt(20 + (Lm - 50) ** 2);
  const SC = 1 + 0.045 * Cmp;
  const SH = 1 + 0.015 * Cmp * T;
  const RT = -Math.sin(rad(2 * dTheta)) * RC;
  return Math.sqrt((dL / SL) ** 2 + (dC / SC) ** 2 + (dH / SH) ** 2 + RT * (dC / SC) * (dH / SH));
}

/** ΔE2000 between two sRGB colours, through d3's CIELAB (D50 white, as d3 defines it). */
const dE = (cssA: string, cssB: string) => deltaE2000(lab(cssA), lab(cssB));
const pairs = <T,>(xs: readonly T[]) => xs.flatMap((x, i) => xs.slice(i + 1).map((y) => [x, y] as const));

describe('CIEDE2000 implementation', () => {
  // Pairs from the test data of Sharma, Wu & Dalal (2005).
  test.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ] as const)('%j vs %j is %d', ([l1, a1, b1], [l2, a2, b2], expected) => {
    expect(deltaE2000({ l: l1, a: a1, b: b1 }, { l: l2, a: a2, b: b2 })).toBeCloseTo(expected, 4);
  });
});

describe('colours stay distinguishable with the common colour-vision deficiencies', () => {
  const corridors = Object.entries(CORRIDOR_CSS) as [string, string][];
  const cohortYears = [2019, 2023, 2024, 2026];
  const cohorts = cohortYears.map((y) => [String(y), cohortPalette(cohortYears).css(y)] as [string, string]);

  test.each(Object.entries(VISIONS))('corridor colours, %s: every pair ΔE2000 ≥ 10', (_vision, m) => {
    const tooClose = pairs(corridors)
      .map(([[ida, a], [idb, b]]) => ({ pair: `${ida}/${idb}`, seen: [simulate(a, m), simulate(b, m)], dE: dE(simulate(a, m), simulate(b, m)) }))
      .filter((p) => p.dE < 10);
    expect(tooClose).toEqual([]);
  });

  test.each(Object.entries(VISIONS))('city cohort colours, %s: neighbouring cohorts ΔE2000 ≥ 8', (_vision, m) => {
    const tooClose = cohorts
      .slice(1)
      .map(([yb, b], i) => {
        const [ya, a] = cohorts[i]!;
        return { pair: `${ya}/${yb}`, seen: [simulate(a, m), simulate(b, m)], dE: dE(simulate(a, m), simulate(b, m)) };
      })
      .filter((p) => p.dE < 8);
    expect(tooClose).toEqual([]);
  });
});

describe('never colour alone', () => {
  test('each port type has its own symbol shape', () => {
    const shapes = Object.values(PORT_SHAPES);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});

// Text colours as app.css defines them, so the test follows the stylesheet.
const CSS = readFileSync(resolve(__dirname, '../../../src/app/app.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The stylesheet without @media blocks: the top-level rules. */
const topLevel = (() => {
  let out = '';
  let depth = 0;
  let inMedia = false;
  for (let i = 0; i < CSS.length; i++) {
    if (!inMedia && CSS.startsWith('@media', i)) inMedia = true;
    const ch = CSS[i]!;
    if (inMedia) {
      if (ch === '{') depth++;
      if (ch === '}' && --depth === 0) inMedia = false;
      continue;
    }
    out += ch;
  }
  return out;
})();

const ROOT_VARS = Object.fromEntries([...CSS.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));

/** A declaration of the top-level rule with exactly this selector, with var() resolved. */
function cssValue(selector: string, property: string): string {
  const rule = [...topLevel.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find((m) => m[1]!.split(',').map((s) => s.trim()).includes(selector));
  if (!rule) throw new Error(`no rule ${selector} in app.css`);
  const decl = rule[2]!.split(';').map((d) => d.split(':').map((s) => s.trim())).find(([p]) => p === property);
  if (!decl) throw new Error(`no ${property} in ${selector}`);
  return decl[1]!.replace(/var\((--[\w-]+)\)/, (_, name: string) => ROOT_VARS[name]!);
}
const cssVar = (name: string) => ROOT_VARS[name]!;

/** WCAG 2.1 relative luminance and contrast ratio. */
const luminance = (css: string) => {
  const c = rgb(css);
  const [r, g, b] = [c.r, c.g, c.b].map((v) => toLinear(v / 255)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (fg: string, bg: string) => {
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('WCAG AA contrast (≥ 4.5:1) for the text colours of app.css', () => {
  test('the luminance formula gives 21:1 for black on white', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
  });

  test.each([
    ['ink on white', () => cssVar('--ink'), () => '#ffffff'],
    ['muted on white', () => cssVar('--muted'), () => '#ffffff'],
    ['accent (links) on white', () => cssValue('.link-button', 'color'), () => '#ffffff'],
    ['notice text on the notice background', () => cssValue('.notice', 'color'), () => cssValue('.notice', 'background')],
    ['muted on the panel background', () => cssVar('--muted'), () => cssVar('--panel')],
    ['links inside a notice', () => cssValue('.notice .link-button', 'color'), () => cssValue('.notice', 'background')],
    ['"added" badge on the badge background', () => cssValue('.badge-new', 'color'), () => cssValue('.badge', 'background')],
    ['accent links in a selected table row', () => cssValue('.link-button', 'color'), () => cssValue('.city-table tr.selected', 'background')],
    ['error text on white', () => cssValue('.error', 'color'), () => '#ffffff'],
  ])('%s', (_name, fg, bg) => {
    const [f, b] = [fg(), bg()];
    expect(contrast(f, b), `${f} on ${b}`).toBeGreaterThanOrEqual(4.5);
  });
});

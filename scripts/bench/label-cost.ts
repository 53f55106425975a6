// What the basemap's place names cost: the app measured with them and with them switched off
// (`layers` without `names`), in the same run; and how many names and characters the label layer holds.
import type { Atlas } from '../../src/data/schema';
import { basemapLabelsOf } from '../../src/cartography/basemap-labels';
import { median } from './stats';

type Figure<R> = { key: string; label: string; get: (run: R) => number; digits: number };
export type LabelCostRow = { key: string; label: string; digits: number; withNames: number; withoutNames: number; delta: number };

/** The app's URL query with every layer but the place names. */
export const NAMES_OFF_QUERY = 'layers=cities,ports,srm,cre,lsc,places';

/** Medians with and without the names, and the difference (with − without); NaN where a side has no run. */
export function labelCost<R>(figures: readonly Figure<R>[], withNames: readonly R[], withoutNames: readonly R[]): LabelCostRow[] {
  return figures.map((f) => {
    const a = median(withNames.map(f.get));
    const b = median(withoutNames.map(f.get));
    return { key: f.key, label: f.label, digits: f.digits, withNames: a, withoutNames: b, delta: a - b };
  });
}

/** Names in the label layer by kind, and the characters it draws in each language. */
export function labelCounts(atlas: Atlas) {
  const labels = basemapLabelsOf(atlas);
  const chars = (pick: (l: (typeof labels)[number]) => string) => labels.reduce((n, l) => n + [...pick(l)].length, 0);
  return {
    labels: labels.length,
    countries: labels.filter((l) => l.kind === 'country').length,
    seas: labels.filter((l) => l.kind === 'sea').length,
    stops: labels.filter((l) => l.kind === 'stop').length,
    charsEn: chars((l) => l.nameEn),
    charsZh: chars((l) => l.nameZh),
    distinctZh: new Set(labels.flatMap((l) => [...l.nameZh])).size,
  };
}

const fmt = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
const signed = (v: number, digits: number) => (Number.isFinite(v) ? `${v >= 0 ? '+' : ''}${v.toFixed(digits)}` : 'n/a');

export function labelCostReport(rows: readonly LabelCostRow[], counts: ReturnType<typeof labelCounts>, runs: number): string[] {
  const w = (s: string, n: number) => s.padStart(n);
  return [
    '', `Place names (countries, seas, corridor stops): the app with them and with ?${NAMES_OFF_QUERY}, ${runs} runs each, medians`,
    `  label layer: ${counts.labels} names (${counts.countries} countries, ${counts.seas} seas and straits, ${counts.stops} stops), ` +
      `${counts.charsEn} characters in English, ${counts.charsZh} in Chinese (${counts.distinctZh} distinct); the declutter shows those that fit`,
    `${''.padEnd(38)}${w('with names', 14)}${w('without', 14)}${w('difference', 14)}`,
    ...rows.map((r) => `${r.label.padEnd(38)}${w(fmt(r.withNames, r.digits), 14)}${w(fmt(r.withoutNames, r.digits), 14)}${w(signed(r.delta, r.digits), 14)}`),
  ];
}

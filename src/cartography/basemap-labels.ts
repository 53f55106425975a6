// The names the basemap carries, one model for the map and the SVG export: countries, seas and straits, and the
// corridors' destinations and border towns (which the pilot-city labels do not cover).
import type { Atlas, CorridorId, LngLat } from '../data/schema';
import { memoizeLast } from '../lib/memo';
import type { Lang } from '../lib/i18n';
import { lineShownFrom } from '../data/line-years';

export type BasemapLabelKind = 'country' | 'sea' | 'stop';

export type BasemapLabel = {
  id: string;
  kind: BasemapLabelKind;
  nameEn: string;
  nameZh: string;
  lngLat: LngLat;
  /** Not shown below this zoom. */
  minZoom: number;
  /** Higher places first where labels would collide. */
  priority: number;
  /** Stops only: the lines through it, each with the year it shows from (0: every year). */
  lines?: { corridorId: CorridorId; from: number }[];
};

const STOP_MIN_ZOOM = { destination: 3, border_crossing: 3.5, seaport: 4 } as const;
const STOP_PRIORITY = { destination: 2600, border_crossing: 2500, seaport: 2300 } as const;
/** A stop this close to a pilot city is that city's label's business. */
const NEAR_CITY_DEG = 0.15;

/** "Irun / Hendaye (gauge change)" → "Irun / Hendaye"; "伊伦/昂代伊（换轨）" → "伊伦/昂代伊". */
export const shortStopName = (name: string) => name.replace(/\s*[(（][^)）]*[)）]\s*/g, ' ').trim();

type StopRole = keyof typeof STOP_MIN_ZOOM;
const isStopRole = (role: string): role is StopRole => role in STOP_MIN_ZOOM;

function stopLabelsOf(atlas: Atlas): BasemapLabel[] {
  const nearCity = (p: LngLat) => atlas.cities.some((c) => Math.abs(c.lngLat[0] - p[0]) < NEAR_CITY_DEG && Math.abs(c.lngLat[1] - p[1]) < NEAR_CITY_DEG);
  const byName = new Map<string, BasemapLabel>();
  for (const line of atlas.lines) {
    for (const n of line.nodes) {
      // Chinese seaports are pilot cities' ports; only the foreign ones get a name here.
      if (!isStopRole(n.role) || (n.role === 'seaport' && n.countryIso2 === 'CN') || nearCity(n.lngLat)) continue;
      const nameEn = shortStopName(n.nameEn);
      const known = byName.get(nameEn);
      const through = { corridorId: line.corridorId, from: lineShownFrom(line) };
      if (known) {
        known.lines!.push(through);
        known.minZoom = Math.min(known.minZoom, STOP_MIN_ZOOM[n.role]);
        known.priority = Math.max(known.priority, STOP_PRIORITY[n.role]);
        continue;
      }
      byName.set(nameEn, {
        id: `stop:${line.id}.${n.seq}`, kind: 'stop', nameEn, nameZh: shortStopName(n.nameZh), lngLat: n.lngLat,
        minZoom: STOP_MIN_ZOOM[n.role], priority: STOP_PRIORITY[n.role], lines: [through],
      });
    }
  }
  return [...byName.values()];
}

/** Every label of the atlas, one array per atlas (stable data for the map's layers). Older atlases have no countries or seas. */
export const basemapLabelsOf = memoizeLast((atlas: Atlas): BasemapLabel[] => {
  const countries = (atlas.basemapLabels?.countries ?? []).map((c): BasemapLabel => ({
    id: `country:${c.id}`, kind: 'country', nameEn: c.nameEn, nameZh: c.nameZh, lngLat: c.lngLat, minZoom: c.minZoom,
    priority: 1000 + Math.round(Math.log10(c.areaKm2) * 100),
  }));
  const seas = (atlas.basemapLabels?.seas ?? []).map((s): BasemapLabel => ({
    id: `sea:${s.id}`, kind: 'sea', nameEn: s.nameEn, nameZh: s.nameZh, lngLat: s.lngLat, minZoom: s.minZoom,
    priority: 2000 - Math.round(s.minZoom * 10),
  }));
  return [...seas, ...countries, ...stopLabelsOf(atlas)];
});

export const basemapLabelText = (label: BasemapLabel, lang: Lang) => (lang === 'zh' ? label.nameZh : label.nameEn);

/** A stop's name shows while one of its lines does: its corridor switched on and the line running in `year`. */
export const stopShown = (label: BasemapLabel, year: number, corridors: Readonly<Record<CorridorId, boolean>>) =>
  label.kind !== 'stop' || (label.lines ?? []).some((l) => corridors[l.corridorId] && l.from <= year);

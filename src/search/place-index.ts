import type { Atlas, LngLat } from '../data/schema';
import type { SelectionKind } from '../state/view-slice';
import { corridorNodesOf } from '../map/layers/node-layer';

/** A place the search box can find: a pilot city, a port or a corridor stop. */
export type PlaceEntry = {
  kind: SelectionKind;
  /** The selection id: a city or port id, or `<line>#<seq>` for a stop. */
  id: string;
  nameEn: string;
  nameZh: string;
  lngLat: LngLat;
  countryIso2: string | null;
  /** Pilot years of a city, ascending; empty for ports and stops. */
  pilotYears: number[];
  /** What kind of place, for the list: `city`, a port kind, or a stop role. */
  what: string;
};

const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

/** Lower case, no accents or tone marks, no spaces or punctuation: "Xi'an" and "xian", "Łódź" and "lodz" meet. */
export const foldName = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[łøđßæœı]/g, (c) => LETTERS[c]!)
    .replace(/[^\p{L}\p{N}]/gu, '');

const words = (s: string) => s.split(/[\s,()/–—-]+/).map(foldName).filter(Boolean);

type Indexed = PlaceEntry & { folded: string; foldedWords: string[]; zh: string };

/** Cities first, then ports, then stops; one stop per name and place (lines share their hubs). */
const indexes = new WeakMap<Atlas, Indexed[]>();
export function placeIndexOf(atlas: Atlas): Indexed[] {
  const cached = indexes.get(atlas);
  if (cached) return cached;
  const entries: PlaceEntry[] = [
    ...atlas.cities.map((c) => ({
      kind: 'city' as const, id: c.id, nameEn: c.nameEn, nameZh: c.nameZh, lngLat: c.lngLat, countryIso2: 'CN',
      pilotYears: c.years.map((y) => y.year), what: 'city',
    })),
    ...atlas.ports.map((p) => ({
      kind: 'port' as const, id: p.id, nameEn: p.nameEn, nameZh: p.nameZh, lngLat: p.lngLat, countryIso2: p.countryIso2,
      pilotYears: [], what: p.kind,
    })),
  ];
  const seen = new Set(entries.map((e) => foldName(e.nameEn)));
  for (const n of corridorNodesOf(atlas)) {
    const key = foldName(n.nameEn);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ kind: 'node', id: n.id, nameEn: n.nameEn, nameZh: n.nameZh, lngLat: n.lngLat, countryIso2: n.countryIso2, pilotYears: [], what: n.role });
  }
  const index = entries.map((e) => ({ ...e, folded: foldName(e.nameEn), foldedWords: words(e.nameEn), zh: e.nameZh }));
  indexes.set(atlas, index);
  return index;
}

/** How well `entry` matches: 0 exact, 1 name starts so, 2 a word starts so, 3 within; null = no match. */
function rank(entry: Indexed, folded: string, raw: string): number | null {
  if (/\p{Script=Han}/u.test(raw)) {
    if (entry.zh === raw) return 0;
    if (entry.zh.startsWith(raw)) return 1;
    return entry.zh.includes(raw) ? 3 : null;
  }
  if (!folded) return null;
  if (entry.folded === folded) return 0;
  if (entry.folded.startsWith(folded)) return 1;
  if (entry.foldedWords.some((w) => w.startsWith(folded))) return 2;
  return folded.length >= 3 && entry.folded.includes(folded) ? 3 : null;
}

/** The best `limit` places for what the reader typed, in English, pinyin without tones or Chinese. */
export function searchPlaces(atlas: Atlas, query: string, limit = 8): PlaceEntry[] {
  const raw = query.trim();
  const folded = foldName(raw);
  return placeIndexOf(atlas)
    .map((entry, order) => ({ entry, order, r: rank(entry, folded, raw) }))
    .filter((m): m is { entry: Indexed; order: number; r: number } => m.r !== null)
    .sort((a, b) => a.r - b.r || a.order - b.order)
    .slice(0, limit)
    .map(({ entry: { folded: _f, foldedWords: _w, zh: _z, ...place } }) => place);
}

// City facts, places and place facts: cross-checks, and the geometry each place is drawn with.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoContains } from 'd3';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LngLat } from '../../src/data/schema';
import type { CityFact, Place } from '../../src/data/places-schema';
import { resolveRef } from './comparator';
import { checkUniqueIds, errorAt, type DataError } from './read';
import type { RowsOf } from './rows';

const AREA_REF = /^ne-land:(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)$/;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

let landPolygons: Position[][][] | undefined;
/** Every polygon of Natural Earth 1:50m countries (world-atlas), read once; islands are polygons of their own. */
function naturalEarthPolygons(): Position[][][] {
  if (!landPolygons) {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
    const countries = feature(topology, topology.objects.countries) as FeatureCollection;
    landPolygons = countries.features.flatMap((f) => {
      const g = f.geometry as Polygon | MultiPolygon | null;
      return g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
    });
  }
  return landPolygons;
}

/** The outer ring of the Natural Earth land polygon that contains `point`, to 3 decimals; null when it is at sea. */
export function landPolygonAt(point: LngLat): LngLat[] | null {
  const polygon = naturalEarthPolygons().find((p) => geoContains({ type: 'Polygon', coordinates: p }, point));
  return polygon ? polygon[0]!.map(([lng, lat]) => [round3(lng!), round3(lat!)] as LngLat) : null;
}

/** Checks the three files and returns what the atlas carries; every problem goes to `errors` with file and row. */
export function assemblePlaces(rows: RowsOf, errors: DataError[]): { cityFacts: CityFact[]; places: Place[] } {
  checkUniqueIds(rows.cityFacts, errors);
  checkUniqueIds(rows.places, errors);
  checkUniqueIds(rows.placeFacts, errors);
  const cityIds = new Set(rows.cities.map((c) => c.id));
  const measureIds = new Set(rows.measures.map((m) => m.id));
  const placeIds = new Set(rows.places.map((p) => p.id));
  const checkValues = (r: { at: string; value: number | null; value_max: number | null; unit: string | null }) => {
    if (r.value_max !== null && (r.value === null || r.value_max < r.value))
      errors.push(errorAt(r.at, 'value_max', r.value === null ? 'an upper end needs a value' : `${r.value_max} is below value ${r.value}`));
    if ((r.value === null) !== (r.unit === null))
      errors.push(errorAt(r.at, 'unit', r.value === null ? 'a unit without a value' : 'a value needs a unit'));
  };

  for (const f of rows.cityFacts) {
    if (!cityIds.has(f.city_id)) errors.push(errorAt(f.at, 'city_id', `unknown city id "${f.city_id}"`));
    if (f.place_id !== null && !placeIds.has(f.place_id)) errors.push(errorAt(f.at, 'place_id', `unknown place id "${f.place_id}"`));
    for (const id of f.measure_ids) if (!measureIds.has(id)) errors.push(errorAt(f.at, 'measure_ids', `unknown measure id "${id}"`));
    checkValues(f);
  }
  for (const f of rows.placeFacts) {
    if (!placeIds.has(f.place_id)) errors.push(errorAt(f.at, 'place_id', `unknown place id "${f.place_id}"`));
    checkValues(f);
  }

  const places = rows.places.map((p): Place => {
    const startYear = Number(p.start_date.slice(0, 4));
    if (p.from_year < startYear || p.from_year > startYear + 1)
      errors.push(errorAt(p.at, 'from_year', `${p.from_year} is neither the start year ${startYear} nor the year after`));
    let rings: LngLat[][] = [];
    let points: LngLat[] = [];
    if (p.kind === 'area') {
      const m = AREA_REF.exec(p.geometry);
      if (!m) errors.push(errorAt(p.at, 'geometry', 'an area is given as "ne-land:<lng> <lat>", a point inside a Natural Earth land polygon'));
      else {
        const ring = landPolygonAt([Number(m[1]), Number(m[2])]);
        if (!ring) errors.push(errorAt(p.at, 'geometry', `${m[1]} ${m[2]} is not inside any Natural Earth 1:50m land polygon`));
        else rings = [ring];
      }
    } else {
      const refs = p.geometry.split(';').map((r) => r.trim()).filter(Boolean);
      for (const ref of refs) {
        const at = resolveRef(rows, ref);
        if (at) points.push(at);
        else errors.push(errorAt(p.at, 'geometry', `unknown place "${ref}"; use port:<id>, city:<id> or node:<LINE>.<seq>`));
      }
      const needed = p.kind === 'route' ? 2 : 1;
      if (refs.length < needed) errors.push(errorAt(p.at, 'geometry', `a ${p.kind === 'route' ? 'route needs at least two places' : 'marker needs a place'}`));
      if (points.length < refs.length) points = [];
    }
    return {
      id: p.id, kind: p.kind, nameEn: p.name_en, nameZh: p.name_zh, startDate: p.start_date, fromYear: p.from_year,
      alignment: p.alignment, basisEn: p.basis_en, basisZh: p.basis_zh, status: p.status, sourceIds: p.source_ids,
      rings, points,
      facts: rows.placeFacts.filter((f) => f.place_id === p.id).map((f) => ({
        id: f.id, kind: f.kind, textEn: f.text_en, textZh: f.text_zh, value: f.value, valueMax: f.value_max, unit: f.unit,
        asOf: f.as_of, reportedBy: f.reported_by, status: f.status, sourceIds: f.source_ids, sourceLang: f.source_lang, note: f.note,
      })),
    };
  });

  const cityFacts = rows.cityFacts.map((f): CityFact => ({
    id: f.id, cityId: f.city_id, year: f.year, kind: f.kind, textEn: f.text_en, textZh: f.text_zh, value: f.value,
    valueMax: f.value_max, unit: f.unit, status: f.status, sourceIds: f.source_ids, sourceLang: f.source_lang,
    note: f.note, placeId: f.place_id, measureIds: f.measure_ids,
  }));
  return { cityFacts, places };
}

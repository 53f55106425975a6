import { createHash } from 'node:crypto';
import { geoLength } from 'd3';
import {
  FIRST_YEAR, LAST_YEAR, SCHEMA_VERSION, type Atlas, type Line, type LineLeg, type LngLat, type OceanNetwork,
} from '../../src/data/schema';
import { assembleInlandLinks, assemblePublishedDistances, assembleTransitReferences } from './comparator';
import { computeHealth } from './health';
import { assemblePlaces } from './places';
import { assembleBasemapLabels } from './basemap-labels';
import { errorAt, type DataError } from './read';
import type { RowsOf } from './rows';
import { seaLegKey, type SeaLegs } from './sea-legs';

const EARTH_RADIUS_KM = 6371.0088;
const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

export const pathLengthKm = (path: LngLat[]) =>
  geoLength({ type: 'LineString', coordinates: path }) * EARTH_RADIUS_KM;

function assembleLines(rows: RowsOf, seaLegs: SeaLegs, errors: DataError[]): Line[] {
  return rows.lines.map(({ at: _at, ...line }) => {
    const nodes = rows.nodes
      .filter((n) => n.line_id === line.id)
      .sort((a, b) => a.seq - b.seq)
      .map((n) => ({
        seq: n.seq, nameEn: n.name_en, nameZh: n.name_zh, role: n.role, lngLat: [n.lng, n.lat] as LngLat,
        countryIso2: n.country_iso2, legMode: n.leg_mode, coordSource: n.coord_source, note: n.note, at: n.at,
      }));
    const legs: LineLeg[] = [];
    nodes.slice(0, -1).forEach((from, i) => {
      const to = nodes[i + 1]!;
      if (!from.legMode) return;
      if (from.legMode !== 'sea') {
        legs.push({ fromSeq: from.seq, mode: from.legMode, path: [from.lngLat, to.lngLat] });
        return;
      }
      const path = seaLegs.paths.get(seaLegKey(line.id, from.seq))?.path;
      if (!path) {
        errors.push(errorAt(from.at, 'leg_mode', `sea leg ${line.id} ${from.seq}→${to.seq} has no routed geometry in data/sea-legs.geojson (run npm run build:sea-legs)`));
        return;
      }
      legs.push({ fromSeq: from.seq, mode: 'sea', path: [from.lngLat, ...path.slice(1, -1), to.lngLat] });
    });
    const lengthKm = Math.round(legs.reduce((sum, leg) => sum + pathLengthKm(leg.path), 0));
    return {
      id: line.id, corridorId: line.corridor_id, nameEn: line.name_en, nameZh: line.name_zh,
      startYear: line.start_year, alignment: line.alignment, status: line.status, basis: line.basis,
      sourceIds: line.source_ids, nodes: nodes.map(({ at: _a, ...n }) => n), legs, lengthKm,
    };
  }).sort(byId);
}

/** Turns validated rows into the JSON the app loads: sorted, camelCase, versioned by content. */
export function assembleAtlas(rows: RowsOf, seaLegs: SeaLegs, ocean: OceanNetwork, errors: DataError[]): Atlas {
  const strip = <T extends { at: string }>({ at: _at, ...rest }: T) => rest;
  const cities = rows.cities.map((c) => ({
    id: c.id, nameEn: c.name_en, nameZh: c.name_zh, provinceEn: c.province_en, provinceZh: c.province_zh,
    lngLat: [c.lng, c.lat] as LngLat, sourceIds: c.source_ids,
    years: rows.cityYears
      .filter((y) => y.city_id === c.id)
      .sort((a, b) => a.year - b.year)
      .map((y) => ({ year: y.year, status: y.status, basis: y.basis, sourceIds: y.source_ids })),
  })).sort(byId);

  const body: Omit<Atlas, 'version'> = {
    schemaVersion: SCHEMA_VERSION,
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    attribution: seaLegs.attribution,
    sources: rows.sources.map(strip).sort(byId),
    cities,
    programYears: rows.programYears.map((p) => ({
      year: p.year, citiesTotal: p.cities_total, citiesTotalStatus: p.cities_total_status,
      measuresTotal: p.measures_total, measuresTotalStatus: p.measures_total_status,
      agenciesTotal: p.agencies_total, durationMonths: p.duration_months, sourceIds: p.source_ids, note: p.note,
    })).sort((a, b) => a.year - b.year),
    events: rows.events.map((e) => ({
      id: e.id, date: e.date, kind: e.kind, titleEn: e.title_en, titleZh: e.title_zh, summaryEn: e.summary_en,
      summaryZh: e.summary_zh, status: e.status, conflictGroup: e.conflict_group, sourceIds: e.source_ids,
    })).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    measureSets: rows.measureSets.map((s) => ({
      id: s.id, year: s.year, titleEn: s.title_en, titleZh: s.title_zh, total: s.total, status: s.status,
      sourceIds: s.source_ids,
    })).sort(byId),
    measures: rows.measures.map((m) => ({
      id: m.id, setId: m.set_id, groupEn: m.group_en, groupZh: m.group_zh, titleEn: m.title_en,
      titleZh: m.title_zh, status: m.status, cityIds: m.city_ids, sourceIds: m.source_ids,
    })),
    corridors: rows.corridors.map((c) => ({
      id: c.id, nameEn: c.name_en, nameZh: c.name_zh, startDate: c.start_date, startYear: c.start_year,
      descriptionEn: c.description_en, descriptionZh: c.description_zh, status: c.status, sourceIds: c.source_ids,
    })).sort(byId),
    lines: assembleLines(rows, seaLegs, errors),
    ports: rows.ports.map((p) => ({
      id: p.id, nameEn: p.name_en, nameZh: p.name_zh, kind: p.kind, cityId: p.city_id, countryIso2: p.country_iso2,
      lngLat: [p.lng, p.lat] as LngLat, code: p.code, coordStatus: p.coord_status, sourceIds: p.source_ids,
    })).sort(byId),
    storySteps: rows.storySteps.map((r) => ({
      step: r.step, year: r.year, titleEn: r.title_en, titleZh: r.title_zh, textEn: r.text_en, textZh: r.text_zh,
      camera: { center: [r.camera_lng, r.camera_lat] as LngLat, zoom: r.camera_zoom },
      cityIds: r.city_ids, corridorIds: r.corridor_ids, eventIds: r.event_ids, sourceIds: r.source_ids,
    })),
    keyFigures: rows.keyFigures.map((f) => ({
      id: f.id, labelEn: f.label_en, labelZh: f.label_zh, value: f.value, unit: f.unit, asOf: f.as_of,
      status: f.status, sourceIds: f.source_ids, note: f.note, group: f.group, quote: f.quote,
    })).sort(byId),
    stats: rows.stats.map((s) => ({
      corridorId: s.corridor_id, year: s.year, metric: s.metric, value: s.value, valueMax: s.value_max, unit: s.unit,
      qualifier: s.qualifier, asOf: s.as_of, status: s.status, sourceIds: s.source_ids, note: s.note,
    })),
    ocean,
    publishedDistances: assemblePublishedDistances(rows),
    inlandLinks: assembleInlandLinks(rows),
    transitReferences: assembleTransitReferences(rows),
    health: computeHealth(rows),
    ...assemblePlaces(rows, errors),
    basemapLabels: assembleBasemapLabels(rows, errors),
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12);
  return { version, ...body };
}

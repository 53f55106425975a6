// Published port-to-port distances and inland links: the data the route comparison sets against the sea.
import type { InlandLink, LngLat, PublishedDistance, TransitReference } from '../../src/data/schema';
import { pathLengthKm } from '../sea-lanes/geo';
import { checkUniqueIds, errorAt, type DataError } from './read';
import type { RowsOf } from './rows';

/** Coordinates of `port:<id>`, `city:<id>` or `node:<LINE>.<seq>`, or null when the data holds no such place. */
export function resolveRef(rows: RowsOf, ref: string): LngLat | null {
  const [kind, key = ''] = ref.split(/:(.*)/s);
  const at = (place: { lng: number; lat: number } | undefined): LngLat | null => (place ? [place.lng, place.lat] : null);
  if (kind === 'port') return at(rows.ports.find((p) => p.id === key));
  if (kind === 'city') return at(rows.cities.find((c) => c.id === key));
  if (kind === 'node') {
    const dot = key.lastIndexOf('.');
    const [line, seq] = [key.slice(0, dot), Number(key.slice(dot + 1))];
    return at(rows.nodes.find((n) => n.line_id === line && n.seq === seq));
  }
  return null;
}

/** Ids, port references, places and ranges of published-distances.csv and inland-links.csv. */
export function checkComparatorRows(rows: RowsOf, errors: DataError[]) {
  const portIds = new Set(rows.ports.map((p) => p.id));
  checkUniqueIds([...rows.publishedDistances, ...rows.inlandLinks, ...rows.transitReferences], errors);
  for (const d of rows.publishedDistances) {
    for (const column of ['from_port_id', 'to_port_id'] as const)
      if (!portIds.has(d[column])) errors.push(errorAt(d.at, column, `unknown port id "${d[column]}"`));
    if (d.from_port_id === d.to_port_id) errors.push(errorAt(d.at, 'to_port_id', 'a distance needs two different ports'));
  }
  for (const r of rows.transitReferences) {
    if (r.days_min > r.days_max) errors.push(errorAt(r.at, 'days_max', `${r.days_max} is below days_min ${r.days_min}`));
  }
  for (const link of rows.inlandLinks) {
    for (const ref of link.path_refs)
      if (!resolveRef(rows, ref)) errors.push(errorAt(link.at, 'path_refs', `unknown place "${ref}"`));
    if (link.days_min !== null && link.days_max !== null && link.days_min > link.days_max)
      errors.push(errorAt(link.at, 'days_max', `${link.days_max} is below days_min ${link.days_min}`));
  }
}

export function assemblePublishedDistances(rows: RowsOf): PublishedDistance[] {
  return rows.publishedDistances.map((d) => ({
    id: d.id, fromPortId: d.from_port_id, toPortId: d.to_port_id, mode: d.mode, value: d.value, unit: d.unit,
    route: d.route, qualifier: d.qualifier, status: d.status, sourceIds: d.source_ids, note: d.note,
  })).sort((a, b) => a.id.localeCompare(b.id));
}

/** Links with unresolvable places are left out; checkComparatorRows has reported them. */
export function assembleInlandLinks(rows: RowsOf): InlandLink[] {
  return rows.inlandLinks.flatMap((link) => {
    const path = link.path_refs.map((ref) => resolveRef(rows, ref));
    if (path.some((p) => p === null)) return [];
    const drawn = path as LngLat[];
    return [{
      id: link.id, mode: link.mode, nameEn: link.name_en, nameZh: link.name_zh, refs: link.path_refs, path: drawn,
      drawnKm: Math.round(pathLengthKm(drawn) * 10) / 10, lengthKm: link.length_km, daysMin: link.days_min,
      daysMax: link.days_max, startYear: link.start_year, status: link.status, basis: link.basis,
      sourceIds: link.source_ids,
    }];
  }).sort((a, b) => a.id.localeCompare(b.id));
}

/** The international nautical mile, km (a definition). */
const KM_PER_NM = 1.852;

/** Published lengths with their times, from which the route comparison derives a mode's speed. */
export function assembleTransitReferences(rows: RowsOf): TransitReference[] {
  return rows.transitReferences.map((r) => ({
    id: r.id, mode: r.mode, labelEn: r.label_en, labelZh: r.label_zh, lengthValue: r.length_value, lengthUnit: r.length_unit,
    lengthKm: r.length_unit === 'nm' ? r.length_value * KM_PER_NM : r.length_value, daysMin: r.days_min, daysMax: r.days_max,
    status: r.status, sourceIds: r.source_ids, note: r.note,
  })).sort((a, b) => a.id.localeCompare(b.id));
}

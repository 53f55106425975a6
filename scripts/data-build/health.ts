// The data's own health: how much of it is confirmed, how many pilot cities are named, what kinds of sources
// carry it, and which records rest on weak sources only. A pure function of the parsed rows.
import { SOURCE_KINDS, WEAK_SOURCE_KINDS, type DataHealth, type SourceKind } from '../../src/data/health-schema';
import type { RowsOf } from './rows';

type AnyRow = { at: string } & Record<string, unknown>;
const rowOf = (at: string) => Number(at.slice(at.lastIndexOf(':') + 1));
const fileOf = (at: string) => at.slice(0, at.lastIndexOf(':')).replace(/^data\//, '');

/** A short name a reader can find the row by. */
function labelOf(r: AnyRow): string {
  const s = (k: string) => (r[k] === null || r[k] === undefined ? '' : String(r[k]));
  if ('city_id' in r) return `${s('city_id')} ${s('year')}`;
  if ('metric' in r) return `${s('corridor_id')} ${s('year')} ${s('metric')} ${s('value')}`;
  if ('step' in r) return `step ${s('step')}`;
  if ('cities_total' in r) return s('year');
  return s('id') || s('name_en');
}

const STATUS_COLUMNS: [keyof RowsOf, string][] = [
  ['cityYears', 'status'], ['events', 'status'], ['measureSets', 'status'], ['measures', 'status'], ['corridors', 'status'],
  ['lines', 'status'], ['stats', 'status'], ['keyFigures', 'status'], ['publishedDistances', 'status'],
  ['inlandLinks', 'status'], ['transitReferences', 'status'], ['ports', 'coord_status'],
];

export function computeHealth(rows: RowsOf): DataHealth {
  const all = rows as unknown as Record<keyof RowsOf, AnyRow[]>;
  const statusByFile = STATUS_COLUMNS.flatMap(([key, column]) => {
    const list = all[key];
    if (!list.length) return [];
    const n = (status: string) => list.filter((r) => r[column] === status).length;
    const file = fileOf(list[0]!.at) + (column === 'coord_status' ? ' (coordinates)' : '');
    return [{ file, confirmed: n('confirmed'), inferred: n('inferred'), uncertain: n('uncertain') }];
  });

  const citiesByYear = [...rows.programYears].sort((a, b) => a.year - b.year).map((p) => ({
    year: p.year, total: p.cities_total, named: rows.cityYears.filter((c) => c.year === p.year).length,
  }));

  const kindOf = new Map<string, SourceKind>(rows.sourceKinds.map((k) => [k.source_id, k.kind]));
  const sourcesByKind = SOURCE_KINDS.map((kind) => ({ kind, count: rows.sources.filter((s) => kindOf.get(s.id) === kind).length }))
    .filter((k) => k.count > 0);

  const weak = (id: string) => {
    const kind = kindOf.get(id);
    return kind !== undefined && WEAK_SOURCE_KINDS.includes(kind);
  };
  const weakOnly = (Object.keys(all) as (keyof RowsOf)[])
    .filter((key) => key !== 'sources' && key !== 'sourceKinds')
    .flatMap((key) => all[key])
    .filter((r) => Array.isArray(r.source_ids) && (r.source_ids as string[]).length > 0 && (r.source_ids as string[]).every(weak))
    .map((r) => ({
      file: fileOf(r.at), row: rowOf(r.at), label: labelOf(r),
      status: String(r.status ?? r.coord_status ?? r.cities_total_status ?? ''), sourceIds: r.source_ids as string[],
    }));

  return { statusByFile, citiesByYear, sourcesByKind, linesWithoutStartYear: rows.lines.filter((l) => l.start_year === null).length, weakOnly };
}

/** The summary `npm run build:data` prints. */
export function healthSummary(h: DataHealth): string[] {
  const named = h.citiesByYear.filter((y) => y.total !== null).map((y) => `${y.year} ${y.named} of ${y.total}`);
  return [
    'Data health:',
    ...h.statusByFile.map((f) => `  ${f.file}: ${f.confirmed} confirmed, ${f.inferred} inferred, ${f.uncertain} uncertain`),
    `  pilot cities named: ${named.join('; ')}; years with no official total: ${h.citiesByYear.filter((y) => y.total === null).map((y) => y.year).join(', ') || 'none'}`,
    `  sources by kind: ${h.sourcesByKind.map((k) => `${k.count} ${k.kind}`).join(', ')}`,
    `  corridor lines with no start year in the sources: ${h.linesWithoutStartYear}`,
    `  records whose only sources are weak (repost, secondary, machine-generated): ${h.weakOnly.length}`,
  ];
}

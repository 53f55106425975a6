// Checks that keep the data honest about what its sources say: a line's start year needs a basis of its own,
// a confirmed coordinate needs a reference, every source has a kind, every node coordinate a provenance.
import { errorAt, type DataError } from './read';
import type { RowsOf } from './rows';

/** A basis that only borrows the corridor's start is not a basis for the line's year. */
const CORRIDOR_START_BASIS = /corridor(?:'s)? start|line year not in (?:the )?sources/i;
const SOURCE_ID_IN_TEXT = /\b(?:S\d{2}|S-[A-Z]\d{2}|GEO-[A-Z]+)\b/g;

/** Each `coord_source` of data/corridor-nodes.csv and the source in data/sources.csv it stands for. */
export const COORD_SOURCE_IDS = { geonames: 'GEO-GN', 'searoute-ports': 'GEO-SR', marnet: 'GEO-MARNET', approx: 'GEO-APPROX' } as const;

export function checkAudit(rows: RowsOf, errors: DataError[]) {
  const sourceIds = new Set(rows.sources.map((s) => s.id));
  const mentioned = (text: string) => [...new Set(text.match(SOURCE_ID_IN_TEXT) ?? [])];

  for (const line of rows.lines) {
    if (line.start_year !== null && CORRIDOR_START_BASIS.test(line.basis))
      errors.push(errorAt(line.at, 'start_year', `${line.start_year} is inferred from the corridor's start, not from a basis of the line's own; give the line's sourced year or leave start_year empty (unknown)`));
    else if (line.start_year !== null && line.status !== 'confirmed' && !mentioned(line.basis).some((id) => line.source_ids.includes(id)))
      errors.push(errorAt(line.at, 'basis', `an ${line.status} start year needs a basis that names one of the line's sources (${line.source_ids.join(', ')})`));
    for (const id of mentioned(line.basis))
      if (!sourceIds.has(id)) errors.push(errorAt(line.at, 'basis', `mentions unknown source id "${id}"`));
  }

  const kinds = new Map(rows.sourceKinds.map((k) => [k.source_id, k]));
  const seen = new Set<string>();
  for (const k of rows.sourceKinds) {
    if (seen.has(k.source_id)) errors.push(errorAt(k.at, 'source_id', `"${k.source_id}" has a kind twice`));
    seen.add(k.source_id);
    if (!sourceIds.has(k.source_id)) errors.push(errorAt(k.at, 'source_id', `unknown source id "${k.source_id}"`));
    if (k.coord_reference === 'yes' && k.kind !== 'dataset')
      errors.push(errorAt(k.at, 'coord_reference', 'only a dataset can be a coordinate reference'));
  }
  for (const s of rows.sources)
    if (!kinds.has(s.id)) errors.push(errorAt(s.at, 'id', `source "${s.id}" has no kind in data/source-kinds.csv`));

  for (const p of rows.ports)
    if (p.coord_status === 'confirmed' && !p.source_ids.some((id) => kinds.get(id)?.coord_reference === 'yes'))
      errors.push(errorAt(p.at, 'coord_status', 'confirmed, but no source_ids entry is a coordinate reference (coord_reference=yes in data/source-kinds.csv); mark it uncertain or cite the reference it was checked against'));

  for (const n of rows.nodes) {
    const id = COORD_SOURCE_IDS[n.coord_source];
    if (!sourceIds.has(id)) errors.push(errorAt(n.at, 'coord_source', `${n.coord_source} stands for source "${id}", which is not in data/sources.csv`));
    for (const m of mentioned(n.note)) if (!sourceIds.has(m)) errors.push(errorAt(n.at, 'note', `mentions unknown source id "${m}"`));
  }
}

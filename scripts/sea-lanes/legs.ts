// Corridor nodes (data/corridor-nodes.csv) and the sea legs between them.
import { csvParse } from 'd3';
import type { LngLat } from './geo';

export interface CorridorNode {
  lineId: string;
  seq: number;
  nameEn: string;
  lngLat: LngLat;
  legMode: string; // mode of the leg to the next node; '' on the last node
}

export interface SeaLeg {
  lineId: string;
  from: CorridorNode;
  to: CorridorNode;
}

const REQUIRED_COLUMNS = ['line_id', 'seq', 'name_en', 'lng', 'lat', 'leg_mode'] as const;

/** Parses the nodes CSV; throws one error listing every bad row as `<label>:<row> <column>: <message>`. */
export function parseCorridorNodes(csvText: string, label = 'corridor-nodes.csv'): CorridorNode[] {
  const rows = csvParse(csvText.replace(/^\uFEFF/, '')); // tolerate a byte-order mark
  const missing = REQUIRED_COLUMNS.filter((c) => !rows.columns.includes(c));
  if (missing.length > 0) throw new Error(`${label}: missing column(s) ${missing.join(', ')}`);
  const errors: string[] = [];
  const nodes: CorridorNode[] = [];
  rows.forEach((row, i) => {
    const at = `${label}:${i + 2}`; // row 1 is the header
    const lineId = (row.line_id ?? '').trim();
    const seq = Number(row.seq);
    const lng = Number(row.lng);
    const lat = Number(row.lat);
    if (!lineId) errors.push(`${at} line_id: empty`);
    if (!Number.isInteger(seq) || seq < 1) errors.push(`${at} seq: not a positive integer`);
    if (row.lng?.trim() === '' || !(Math.abs(lng) <= 180)) errors.push(`${at} lng: not in [-180, 180]`);
    if (row.lat?.trim() === '' || !(Math.abs(lat) <= 90)) errors.push(`${at} lat: not in [-90, 90]`);
    nodes.push({ lineId, seq, nameEn: row.name_en ?? '', lngLat: [lng, lat], legMode: (row.leg_mode ?? '').trim() });
  });
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return nodes;
}

const byLineThenSeq = (a: CorridorNode, b: CorridorNode): number =>
  a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : a.seq - b.seq;

/** Nodes grouped per line (lines in id order), each line ordered by seq. */
export function groupByLine(nodes: readonly CorridorNode[]): CorridorNode[][] {
  const lines: CorridorNode[][] = [];
  for (const node of [...nodes].sort(byLineThenSeq)) {
    const current = lines[lines.length - 1];
    if (current && current[0]!.lineId === node.lineId) current.push(node);
    else lines.push([node]);
  }
  return lines;
}

/**
 * Maximal runs of consecutive `sea` legs: each run starts at the node whose leg_mode becomes `sea`
 * and ends at the first following node whose leg_mode is not `sea` (its endpoint).
 * A `sea` leg_mode on a line's last node leads nowhere and is ignored.
 */
export function findSeaRuns(nodes: readonly CorridorNode[]): CorridorNode[][] {
  const runs: CorridorNode[][] = [];
  for (const line of groupByLine(nodes)) {
    let run: CorridorNode[] | null = null;
    line.forEach((node, i) => {
      const hasNext = i + 1 < line.length;
      if (run) run.push(node);
      if (node.legMode === 'sea' && hasNext) {
        run ??= [node];
      } else if (run) {
        runs.push(run);
        run = null;
      }
    });
  }
  return runs;
}

/** Consecutive node pairs of every sea run, ordered by line id then from seq. */
export function seaLegs(nodes: readonly CorridorNode[]): SeaLeg[] {
  const legs: SeaLeg[] = [];
  for (const run of findSeaRuns(nodes)) {
    for (let i = 1; i < run.length; i++) {
      legs.push({ lineId: run[0]!.lineId, from: run[i - 1]!, to: run[i]! });
    }
  }
  return legs;
}

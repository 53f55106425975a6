import { FIRST_YEAR, LAST_YEAR, STORY_MAX_STEPS, STORY_MIN_STEPS } from '../../src/data/schema';
import { errorAt, type DataError } from './read';
import type { Located, RowsOf } from './rows';

type Row = Located<Record<string, unknown>>;

function checkUnique(rows: Row[], key: (r: Row) => string, label: string, errors: DataError[]) {
  const seen = new Map<string, string>();
  for (const r of rows) {
    const k = key(r);
    const first = seen.get(k);
    if (first) errors.push(errorAt(r.at, '', `duplicate ${label} "${k}" (first at ${first})`));
    else seen.set(k, r.at);
  }
}

function checkRefs(rows: Row[], column: string, known: Set<string>, what: string, errors: DataError[]) {
  for (const r of rows) {
    const value = r[column];
    const ids = Array.isArray(value) ? (value as string[]) : value == null ? [] : [String(value)];
    for (const id of ids) if (!known.has(id)) errors.push(errorAt(r.at, column, `unknown ${what} "${id}"`));
  }
}

/** Cross-file checks: ids, references, years, node order and the official per-year totals. */
export function checkRows(rows: RowsOf): DataError[] {
  const errors: DataError[] = [];
  const ids = <T extends { id: string }>(list: T[]) => new Set(list.map((r) => r.id));
  const sourceIds = ids(rows.sources);
  const cityIds = ids(rows.cities);
  const lineIds = ids(rows.lines);

  checkUnique(rows.sources, (r) => String(r.id), 'source id', errors);
  checkUnique(rows.cities, (r) => String(r.id), 'city id', errors);
  checkUnique(rows.cityYears, (r) => `${r.city_id} ${r.year}`, 'city and year', errors);
  checkUnique(rows.programYears, (r) => String(r.year), 'year', errors);
  checkUnique(rows.events, (r) => String(r.id), 'event id', errors);
  checkUnique(rows.measureSets, (r) => String(r.id), 'measure set id', errors);
  checkUnique(rows.measures, (r) => String(r.id), 'measure id', errors);
  checkUnique(rows.corridors, (r) => String(r.id), 'corridor id', errors);
  checkUnique(rows.lines, (r) => String(r.id), 'line id', errors);
  checkUnique(rows.nodes, (r) => `${r.line_id} ${r.seq}`, 'line and seq', errors);
  checkUnique(rows.ports, (r) => String(r.id), 'port id', errors);
  checkUnique(rows.keyFigures, (r) => String(r.id), 'key figure id', errors);

  for (const list of Object.values(rows) as Row[][])
    if (list[0] && 'source_ids' in list[0]) checkRefs(list, 'source_ids', sourceIds, 'source id', errors);
  checkRefs(rows.cityYears, 'city_id', cityIds, 'city id', errors);
  checkRefs(rows.measures, 'set_id', ids(rows.measureSets), 'measure set id', errors);
  checkRefs(rows.measures, 'city_ids', cityIds, 'city id', errors);
  checkRefs(rows.lines, 'corridor_id', ids(rows.corridors), 'corridor id', errors);
  checkRefs(rows.nodes, 'line_id', lineIds, 'line id', errors);
  checkRefs(rows.ports, 'city_id', cityIds, 'city id', errors);
  checkRefs(rows.stats, 'corridor_id', ids(rows.corridors), 'corridor id', errors);
  checkRefs(rows.storySteps, 'city_ids', cityIds, 'city id', errors);
  checkRefs(rows.storySteps, 'corridor_ids', ids(rows.corridors), 'corridor id', errors);
  checkRefs(rows.storySteps, 'event_ids', ids(rows.events), 'event id', errors);

  for (const r of [...rows.cityYears, ...rows.programYears])
    if (r.year < FIRST_YEAR || r.year > LAST_YEAR)
      errors.push(errorAt(r.at, 'year', `${r.year} is outside ${FIRST_YEAR}–${LAST_YEAR}`));
  for (const c of rows.cities)
    if (!rows.cityYears.some((y) => y.city_id === c.id))
      errors.push(errorAt(c.at, 'id', `city "${c.id}" has no row in data/city-years.csv`));

  checkProgramYears(rows, errors);
  checkLines(rows, errors);
  checkStory(rows, errors);

  for (const r of rows.stats)
    if (r.value_max !== null && r.value_max < r.value)
      errors.push(errorAt(r.at, 'value_max', `${r.value_max} is below value ${r.value}`));
  const groups = new Map<string, number>();
  for (const e of rows.events) if (e.conflict_group) groups.set(e.conflict_group, (groups.get(e.conflict_group) ?? 0) + 1);
  for (const e of rows.events)
    if (e.conflict_group && groups.get(e.conflict_group) === 1)
      errors.push(errorAt(e.at, 'conflict_group', `"${e.conflict_group}" has only one event; a conflict needs two`));
  for (const set of rows.measureSets) {
    const listed = rows.measures.filter((m) => m.set_id === set.id).length;
    if (set.total !== null && listed > set.total)
      errors.push(errorAt(set.at, 'total', `${listed} measures listed but the total is ${set.total}`));
  }
  return errors;
}

function checkProgramYears(rows: RowsOf, errors: DataError[]) {
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++)
    if (!rows.programYears.some((p) => p.year === y))
      errors.push(errorAt('data/program-years.csv', '', `no row for ${y}`));
  for (const p of rows.programYears) {
    const named = rows.cityYears.filter((c) => c.year === p.year).length;
    if (p.cities_total !== null && named > p.cities_total)
      errors.push(errorAt(p.at, 'cities_total', `${named} cities are named for ${p.year} but the official total is ${p.cities_total}`));
    for (const [total, status] of [['cities_total', 'cities_total_status'], ['measures_total', 'measures_total_status']] as const)
      if ((p[total] === null) !== (p[status] === null))
        errors.push(errorAt(p.at, status, p[total] === null ? 'status given for an unknown total' : 'a known total needs a status'));
  }
}

function checkStory(rows: RowsOf, errors: DataError[]) {
  const steps = rows.storySteps;
  if (steps.length < STORY_MIN_STEPS || steps.length > STORY_MAX_STEPS)
    errors.push(errorAt('data/story-steps.csv', '', `${steps.length} steps; a story has ${STORY_MIN_STEPS}–${STORY_MAX_STEPS}`));
  steps.forEach((r, i) => {
    if (r.step !== i + 1) errors.push(errorAt(r.at, 'step', `expected step ${i + 1}, found ${r.step}; number steps 1..n in order`));
    const before = steps[i - 1];
    if (before && r.year < before.year) errors.push(errorAt(r.at, 'year', `${r.year} comes after ${before.year}; steps run forward in time`));
    if (r.year < FIRST_YEAR || r.year > LAST_YEAR) errors.push(errorAt(r.at, 'year', `${r.year} is outside ${FIRST_YEAR}–${LAST_YEAR}`));
  });
}

function checkLines(rows: RowsOf, errors: DataError[]) {
  for (const line of rows.lines) {
    const nodes = rows.nodes.filter((n) => n.line_id === line.id).sort((a, b) => a.seq - b.seq);
    if (nodes.length < 2) errors.push(errorAt(line.at, 'id', `line ${line.id} has ${nodes.length} node(s); it needs at least 2`));
    nodes.forEach((n, i) => {
      if (n.seq !== i + 1) errors.push(errorAt(n.at, 'seq', `expected seq ${i + 1} in line ${line.id}, found ${n.seq}`));
      const last = i === nodes.length - 1;
      if (last && n.leg_mode !== null) errors.push(errorAt(n.at, 'leg_mode', 'the last node of a line has no leg; leave it empty'));
      if (!last && n.leg_mode === null) errors.push(errorAt(n.at, 'leg_mode', 'the mode of the leg to the next node is required'));
    });
  }
}

import { z } from 'zod';
import {
  CoordSource, CorridorId, KeyFigureGroup, DistanceMode, DistanceUnit, EventKind, Id, InlandMode, InlandRef, LegMode, NodeRole,
  PartialDate, PortKind, SourceId, StatQualifier, Status, STORY_TEXT_MAX, Year,
} from '../../src/data/schema';
import { LINE_ID_PATTERN } from '../../src/data/corridors';
import { SourceKind } from '../../src/data/health-schema';
import { CityFactRow, PlaceFactRow, PlaceRow } from './places-rows';
import { CountryLabelRow, SeaLabelRow } from './basemap-label-rows';

// CSV cells arrive as strings; these turn them into typed values or a clear message.
export const text = z.string().trim();
export const required = text.min(1, 'required');
const optional = text.transform((s) => (s === '' ? null : s));
export const int = text.regex(/^-?\d+$/, 'whole number expected').transform(Number);
export const num = text.regex(/^-?\d+(?:\.\d+)?$/, 'number expected').transform(Number);
const optionalInt = text
  .regex(/^(?:-?\d+)?$/, 'whole number or empty expected')
  .transform((s) => (s === '' ? null : Number(s)));
const optionalNum = text
  .regex(/^(?:-?\d+(?:\.\d+)?)?$/, 'number or empty expected')
  .transform((s) => (s === '' ? null : Number(s)));
export const list = text.transform((s) => s.split(';').map((x) => x.trim()).filter((x) => x !== ''));
export const sourceIds = list.pipe(z.array(SourceId).min(1, 'at least one source id'));
const year = int.pipe(Year);
const lng = num.pipe(z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180'));
const lat = num.pipe(z.number().min(-90, 'latitude below -90').max(90, 'latitude above 90'));
const optionalOf = <O,>(schema: z.core.$ZodType<O, string>) => optional.pipe(z.nullable(schema));

export const SourceRow = z.object({
  id: text.pipe(SourceId), publisher: required, title: required, date: optionalOf(PartialDate),
  url: optionalOf(z.string().regex(/^https?:\/\/\S+$/, 'an http(s) URL without spaces')), quote: required, note: text,
});

export const CityRow = z.object({
  id: text.pipe(Id), name_en: required, name_zh: required, province_en: required, province_zh: required,
  lng, lat, source_ids: sourceIds,
});

export const CityYearRow = z.object({
  city_id: text.pipe(Id), year, status: text.pipe(z.enum(['confirmed', 'inferred'])), basis: required,
  source_ids: sourceIds,
});

export const ProgramYearRow = z.object({
  year, cities_total: optionalInt, cities_total_status: optionalOf(Status), measures_total: optionalInt,
  measures_total_status: optionalOf(Status), agencies_total: optionalInt, duration_months: optionalInt,
  source_ids: sourceIds, note: text,
});

export const EventRow = z.object({
  id: text.pipe(Id), date: text.pipe(PartialDate), kind: text.pipe(EventKind), title_en: required, title_zh: required,
  summary_en: text, summary_zh: text, status: text.pipe(Status), conflict_group: optionalOf(Id), source_ids: sourceIds,
});

export const MeasureSetRow = z.object({
  id: text.pipe(Id), year, title_en: required, title_zh: required, total: optionalInt, status: text.pipe(Status),
  source_ids: sourceIds,
});

export const MeasureRow = z.object({
  id: text.pipe(Id), set_id: text.pipe(Id), group_en: text, group_zh: text, title_en: required, title_zh: required,
  status: text.pipe(Status), city_ids: list.pipe(z.array(Id)), source_ids: sourceIds,
});

export const CorridorRow = z.object({
  id: text.pipe(CorridorId), name_en: required, name_zh: required, start_date: text.pipe(PartialDate),
  start_year: year, description_en: required, description_zh: required, status: text.pipe(Status),
  source_ids: sourceIds,
});

export const LineRow = z.object({
  id: text.regex(LINE_ID_PATTERN, 'line id like CRE-W1'), corridor_id: text.pipe(CorridorId),
  name_en: required, name_zh: required, start_year: optionalInt.pipe(z.nullable(Year)),
  alignment: text.pipe(z.enum(['sourced', 'indicative', 'illustrative'])), status: text.pipe(Status),
  basis: text, source_ids: sourceIds,
});

export const NodeRow = z.object({
  line_id: required, seq: int.pipe(z.number().positive()), name_en: required, name_zh: required,
  role: text.pipe(NodeRole), lng, lat, country_iso2: optionalOf(z.string().regex(/^[A-Z]{2}$/, 'two capital letters')),
  leg_mode: optionalOf(LegMode), coord_source: text.pipe(CoordSource), note: text,
});

export const PortRow = z.object({
  id: text.pipe(Id), name_en: required, name_zh: required, kind: text.pipe(PortKind), city_id: optionalOf(Id),
  country_iso2: text.regex(/^[A-Z]{2}$/, 'two capital letters'), lng, lat, code: optional,
  coord_status: text.pipe(z.enum(['confirmed', 'uncertain'])), source_ids: sourceIds,
});

export const StatRow = z.object({
  corridor_id: text.pipe(CorridorId), year, metric: text.regex(/^[a-z0-9_]+$/, 'snake_case metric'), value: num,
  value_max: optionalNum, unit: required, qualifier: text.pipe(StatQualifier), as_of: optionalOf(PartialDate),
  status: text.pipe(Status), source_ids: sourceIds, note: text,
});

export const StoryStepRow = z.object({
  step: int.pipe(z.number().positive('steps are numbered from 1')),
  year,
  title_en: required, title_zh: required,
  text_en: required.max(STORY_TEXT_MAX, `longer than ${STORY_TEXT_MAX} characters; keep a step short`),
  text_zh: required.max(STORY_TEXT_MAX, `longer than ${STORY_TEXT_MAX} characters; keep a step short`),
  camera_lng: lng,
  camera_lat: num.pipe(z.number().min(-85, 'latitude below -85').max(85, 'latitude above 85')),
  camera_zoom: num.pipe(z.number().min(0, 'zoom below 0').max(22, 'zoom above 22')),
  city_ids: list.pipe(z.array(Id)), corridor_ids: list.pipe(z.array(CorridorId)), event_ids: list.pipe(z.array(Id)),
  source_ids: sourceIds,
});

export const KeyFigureRow = z.object({
  id: text.pipe(Id), label_en: required, label_zh: required,
  value: num.pipe(z.number().positive('a published figure is above 0; leave unknown figures out')),
  unit: text.regex(/^[a-z0-9_]+$/, 'snake_case unit'), as_of: text.pipe(PartialDate), status: text.pipe(Status),
  source_ids: sourceIds, note: text, group: text.pipe(KeyFigureGroup), quote: optional,
});

const positive = (what: string) => z.number().positive(`${what} is above 0; leave unknown figures empty`);
const optionalPositive = (what: string) => optionalNum.pipe(z.nullable(positive(what)));

export const PublishedDistanceRow = z.object({
  id: text.pipe(Id), from_port_id: text.pipe(Id), to_port_id: text.pipe(Id), mode: text.pipe(DistanceMode),
  value: num.pipe(positive('a published distance')), unit: text.pipe(DistanceUnit),
  route: text.regex(/^[a-z0-9_]+$/, 'snake_case route'), qualifier: text.pipe(z.enum(['exact', 'approx'])),
  status: text.pipe(Status), source_ids: sourceIds, note: text,
});

export const InlandLinkRow = z.object({
  id: text.pipe(Id), mode: text.pipe(InlandMode), name_en: required, name_zh: required,
  path_refs: list.pipe(z.array(InlandRef).min(2, 'at least two places to draw a line through')),
  length_km: optionalPositive('a length'), days_min: optionalPositive('a transit time'),
  days_max: optionalPositive('a transit time'), start_year: optionalInt.pipe(z.nullable(Year)),
  status: text.pipe(Status), basis: required, source_ids: sourceIds,
});

export const TransitReferenceRow = z.object({
  id: text.pipe(Id), mode: text.pipe(z.enum(['sea', 'rail', 'river', 'road'])), label_en: required, label_zh: required,
  length_value: num.pipe(positive('a published length')), length_unit: text.pipe(DistanceUnit),
  days_min: num.pipe(positive('a published time')), days_max: num.pipe(positive('a published time')),
  status: text.pipe(Status), source_ids: sourceIds, note: text,
});

export const SourceKindRow = z.object({
  source_id: text.pipe(SourceId), kind: text.pipe(SourceKind), coord_reference: text.pipe(z.enum(['yes', 'no'])), basis: required,
});

/** The CSV files of data/, each with the schema of one row. */
export const CSV_FILES = {
  sources: { file: 'sources.csv', row: SourceRow },
  cities: { file: 'cities.csv', row: CityRow },
  cityYears: { file: 'city-years.csv', row: CityYearRow },
  programYears: { file: 'program-years.csv', row: ProgramYearRow },
  events: { file: 'events.csv', row: EventRow },
  measureSets: { file: 'measure-sets.csv', row: MeasureSetRow },
  measures: { file: 'measures.csv', row: MeasureRow },
  corridors: { file: 'corridors.csv', row: CorridorRow },
  lines: { file: 'corridor-lines.csv', row: LineRow },
  nodes: { file: 'corridor-nodes.csv', row: NodeRow },
  ports: { file: 'ports.csv', row: PortRow },
  stats: { file: 'corridor-stats.csv', row: StatRow },
  storySteps: { file: 'story-steps.csv', row: StoryStepRow },
  keyFigures: { file: 'key-figures.csv', row: KeyFigureRow },
  publishedDistances: { file: 'published-distances.csv', row: PublishedDistanceRow },
  inlandLinks: { file: 'inland-links.csv', row: InlandLinkRow },
  transitReferences: { file: 'transit-references.csv', row: TransitReferenceRow },
  sourceKinds: { file: 'source-kinds.csv', row: SourceKindRow },
  cityFacts: { file: 'city-facts.csv', row: CityFactRow },
  places: { file: 'places.csv', row: PlaceRow },
  placeFacts: { file: 'place-facts.csv', row: PlaceFactRow },
  countryLabels: { file: 'country-labels.csv', row: CountryLabelRow },
  seaLabels: { file: 'sea-labels.csv', row: SeaLabelRow },
} as const;

export type CsvFiles = typeof CSV_FILES;
export type RowsOf = { [K in keyof CsvFiles]: Located<z.infer<CsvFiles[K]['row']>>[] };
/** A parsed row and where it came from, for error messages. */
export type Located<T> = T & { readonly at: string };

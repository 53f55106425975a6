import { z } from '../lib/zod';
import { DataHealthSchema } from './health-schema';
import { CityFactSchema, PlaceSchema } from './places-schema';
import { BasemapLabelsSchema } from './basemap-labels-schema';
import { Id, LngLat, PartialDate, SourceId, SourceIds, Status, Year } from './primitives';
import { SCHEMA_VERSION } from './schema-version';
import { CORRIDOR_KEYS, LINE_ID_PATTERN, LINE_ID_SOURCE } from './corridors';

// The primitives live in their own file so that places-schema.ts can use them without an import cycle.
export { Id, LngLat, PartialDate, SourceId, SourceIds, Status, Year };
export { SCHEMA_VERSION };

const nonEmpty = z.string().check(z.minLength(1));
const matching = (re: RegExp, message?: string) => z.string().check(z.regex(re, message));
const positiveInt = z.int().check(z.positive());

/** Years the special action and the timeline cover. */
export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2026;


export const SourceSchema = z.object({
  id: SourceId,
  publisher: nonEmpty,
  title: nonEmpty,
  date: z.nullable(PartialDate),
  /** null when the source is known only from an excerpt; the note says so. */
  url: z.nullable(matching(/^https?:\/\/\S+$/, 'an http(s) URL without spaces')),
  /** Short quote in the source's original language. */
  quote: nonEmpty,
  note: z.string(),
});

export const CityYearSchema = z.object({
  year: Year,
  status: z.enum(['confirmed', 'inferred']),
  basis: nonEmpty,
  sourceIds: SourceIds,
});

export const CitySchema = z.object({
  id: Id,
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  provinceEn: nonEmpty,
  provinceZh: nonEmpty,
  lngLat: LngLat,
  sourceIds: SourceIds,
  /** Years in which the city was a pilot, ascending; confirmed or inferred only. */
  years: z.array(CityYearSchema),
});

export const ProgramYearSchema = z.object({
  year: Year,
  /** Official number of pilot cities; null = not found in the sources. */
  citiesTotal: z.nullable(positiveInt),
  citiesTotalStatus: z.nullable(Status),
  measuresTotal: z.nullable(positiveInt),
  measuresTotalStatus: z.nullable(Status),
  /** Lead agencies including the General Administration of Customs; null = not found in the sources. */
  agenciesTotal: z.nullable(positiveInt),
  durationMonths: z.nullable(z.int().check(z.positive(), z.lte(12))),
  sourceIds: SourceIds,
  note: z.string(),
});

export const EventKind = z.enum(['policy', 'action', 'corridor', 'measures']);
export const EventSchema = z.object({
  id: Id,
  date: PartialDate,
  kind: EventKind,
  titleEn: nonEmpty,
  titleZh: nonEmpty,
  summaryEn: z.string(),
  summaryZh: z.string(),
  status: Status,
  /** Events that give conflicting dates for the same thing share a group. */
  conflictGroup: z.nullable(Id),
  sourceIds: SourceIds,
});

export const MeasureSetSchema = z.object({
  id: Id,
  year: Year,
  titleEn: nonEmpty,
  titleZh: nonEmpty,
  total: z.nullable(positiveInt),
  status: Status,
  sourceIds: SourceIds,
});

export const MeasureSchema = z.object({
  id: Id,
  setId: Id,
  groupEn: z.string(),
  groupZh: z.string(),
  titleEn: nonEmpty,
  titleZh: nonEmpty,
  status: Status,
  cityIds: z.array(Id),
  sourceIds: SourceIds,
});

/** The corridor ids, from the registry in corridors.ts. */
export const CorridorId = z.enum(CORRIDOR_KEYS);
export const CORRIDOR_IDS = CorridorId.options;
export const CorridorSchema = z.object({
  id: CorridorId,
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  startDate: PartialDate,
  startYear: Year,
  descriptionEn: nonEmpty,
  descriptionZh: nonEmpty,
  status: Status,
  sourceIds: SourceIds,
});

export const NodeRole = z.enum(['origin_hub', 'border_crossing', 'seaport', 'destination', 'transit', 'waypoint']);
export const LegMode = z.enum(['rail', 'sea', 'road']);
export const CoordSource = z.enum(['geonames', 'searoute-ports', 'marnet', 'approx']);
export const LineNodeSchema = z.object({
  seq: positiveInt,
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  role: NodeRole,
  lngLat: LngLat,
  countryIso2: z.nullable(matching(/^[A-Z]{2}$/)),
  /** Mode of the leg to the next node; null on the last node. */
  legMode: z.nullable(LegMode),
  coordSource: CoordSource,
  note: z.string(),
});

export const LineLegSchema = z.object({
  fromSeq: positiveInt,
  mode: LegMode,
  /** Drawn geometry of the leg; sea legs follow sea lanes. */
  path: z.array(LngLat).check(z.minLength(2)),
});

export const LineSchema = z.object({
  id: matching(LINE_ID_PATTERN, 'line id like CRE-W1'),
  corridorId: CorridorId,
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  /** First year of service; null = no source gives it (the line is drawn in every year, marked as such). */
  startYear: z.nullable(Year),
  alignment: z.enum(['sourced', 'indicative', 'illustrative']),
  status: Status,
  basis: z.string(),
  sourceIds: SourceIds,
  nodes: z.array(LineNodeSchema).check(z.minLength(2, 'a line needs at least two nodes')),
  legs: z.array(LineLegSchema).check(z.minLength(1)),
  /** Geodesic length of the drawn geometry, km. */
  lengthKm: z.number().check(z.positive()),
});

export const PortKind = z.enum(['seaport', 'river_port', 'airport', 'rail_hub', 'rail_border', 'road_border']);
export const PortSchema = z.object({
  id: Id,
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  kind: PortKind,
  cityId: z.nullable(Id),
  countryIso2: matching(/^[A-Z]{2}$/),
  lngLat: LngLat,
  code: z.nullable(z.string()),
  coordStatus: z.enum(['confirmed', 'uncertain']),
  sourceIds: SourceIds,
});

export const StatQualifier = z.enum(['exact', 'lower_bound', 'upper_bound', 'part_year', 'forecast', 'approx']);
export const CorridorStatSchema = z.object({
  corridorId: CorridorId,
  year: Year,
  metric: matching(/^[a-z0-9_]+$/, 'snake_case metric'),
  value: z.number(),
  /** Upper end when the source gives a range. */
  valueMax: z.nullable(z.number()),
  unit: nonEmpty,
  qualifier: StatQualifier,
  asOf: z.nullable(PartialDate),
  status: Status,
  sourceIds: SourceIds,
  note: z.string(),
});

/** A story needs enough steps to tell 2018–2026, and few enough to read in one sitting. */
export const STORY_MIN_STEPS = 8;
export const STORY_MAX_STEPS = 15;
/** Step texts stay short: a student reads one beside the map. */
export const STORY_TEXT_MAX = 600;

/** Where the map looks for a step. A view choice, not a fact, so it carries no source. */
export const StoryCameraSchema = z.object({
  /** WGS-84 [longitude, latitude] of the map centre. */
  center: LngLat,
  /** MapLibre zoom level. */
  zoom: z.number().check(z.gte(0), z.lte(22)),
});

export const StoryStepSchema = z.object({
  /** 1-based position; also the `story=N` deep link. */
  step: positiveInt,
  /** The year the timeline shows during this step. */
  year: Year,
  titleEn: nonEmpty,
  titleZh: nonEmpty,
  /** Restates sourced facts only; every fact's source is in `sourceIds`. */
  textEn: z.string().check(z.minLength(1), z.maxLength(STORY_TEXT_MAX)),
  textZh: z.string().check(z.minLength(1), z.maxLength(STORY_TEXT_MAX)),
  camera: StoryCameraSchema,
  /** Pilot cities the text talks about, highlighted on the map. */
  cityIds: z.array(Id),
  corridorIds: z.array(CorridorId),
  /** Events of data/events.csv the step tells. */
  eventIds: z.array(Id),
  sourceIds: SourceIds,
});

/** Headings of the key-figures panel, in the order it shows them. */
export const KEY_FIGURE_GROUPS = ['measures', 'cities', 'agencies', 'single_window', 'aeo', 'customs_fyp', 'trade'] as const;
export const KeyFigureGroup = z.enum(KEY_FIGURE_GROUPS);

export const KeyFigureSchema = z.object({
  id: Id,
  labelEn: nonEmpty,
  labelZh: nonEmpty,
  /** The published number; a figure without one is not recorded. */
  value: z.number().check(z.positive()),
  /** snake_case unit key, e.g. `measures`, `cities`. */
  unit: matching(/^[a-z0-9_]+$/, 'snake_case unit'),
  /** When the figure was true, at the precision the source gives. */
  asOf: PartialDate,
  status: Status,
  sourceIds: SourceIds,
  note: z.string(),
  /** The heading it is shown under. */
  group: KeyFigureGroup,
  /** The source's words for this figure, verbatim; null when none is recorded. */
  quote: z.nullable(nonEmpty),
});

/** A port or a junction of the ocean network (the union of the shortest sea paths between seaports). */
export const OceanNodeSchema = z.object({
  id: Id,
  lngLat: LngLat,
  /** The seaport of data/ports.csv; null for a junction where paths branch. */
  portId: z.nullable(Id),
});

export const OceanEdgeSchema = z.object({
  id: Id,
  /** Node ids; `path` runs from `from` to `to`. */
  from: Id,
  to: Id,
  /** Geodesic length of the full-resolution sea-lane chain, snap segments included, km. */
  lengthKm: z.number().check(z.positive()),
  /** Straits and canals passed, as the sea-lane network names them (e.g. `malacca`, `suez`). */
  passages: z.array(nonEmpty),
  /** Simplified drawn geometry (about 3 km tolerance); shorter than `lengthKm`. */
  path: z.array(LngLat).check(z.minLength(2)),
});

/** Generated at maintainer time; a shortest path over it gives the port-to-port sea distance. */
export const OceanNetworkSchema = z.object({
  credit: nonEmpty,
  sourceIds: SourceIds,
  nodes: z.array(OceanNodeSchema),
  edges: z.array(OceanEdgeSchema),
});

export const DistanceMode = z.enum(['sea', 'rail']);
export const DistanceUnit = z.enum(['nm', 'km']);
/** A port-to-port distance as a source publishes it, to compare the routed network against. */
export const PublishedDistanceSchema = z.object({
  id: Id,
  fromPortId: Id,
  toPortId: Id,
  mode: DistanceMode,
  value: z.number().check(z.positive()),
  unit: DistanceUnit,
  /** `suez`, `cape`, `direct`, …: the way the source says the figure goes. */
  route: matching(/^[a-z0-9_]+$/, 'snake_case route'),
  qualifier: z.enum(['exact', 'approx']),
  status: Status,
  sourceIds: SourceIds,
  note: z.string(),
});

export const InlandMode = z.enum(['river', 'rail', 'road']);
/** A place whose coordinates the data already holds: `port:<id>`, `city:<id>` or `node:<LINE>.<seq>`. */
export const InlandRef = matching(
  new RegExp(`^(?:port:[a-z0-9]+(?:-[a-z0-9]+)*|city:[a-z0-9]+(?:-[a-z0-9]+)*|node:${LINE_ID_SOURCE}\\.\\d+)$`),
  'a place like port:<id>, city:<id> or node:CRE-W1.38',
);
/** A river, rail or road link that chains a sea leg to an inland origin or destination. */
export const InlandLinkSchema = z.object({
  id: Id,
  mode: InlandMode,
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  /** The places the drawn line passes, in order. */
  refs: z.array(InlandRef).check(z.minLength(2)),
  /** Indicative: straight segments through the places of `refs`. */
  path: z.array(LngLat).check(z.minLength(2)),
  /** Geodesic length of `path`, km: an estimate, for when no length is published. */
  drawnKm: z.number().check(z.positive()),
  /** Published length, km; null = not sourced. */
  lengthKm: z.nullable(z.number().check(z.positive())),
  /** Published transit time in days; null = not sourced. */
  daysMin: z.nullable(z.number().check(z.positive())),
  daysMax: z.nullable(z.number().check(z.positive())),
  /** First year of service; null = before 2018. */
  startYear: z.nullable(Year),
  status: Status,
  basis: nonEmpty,
  sourceIds: SourceIds,
});

/** A published length and time (e.g. a sailing), from which the route comparison derives a mode's speed. */
export const TransitReferenceSchema = z.object({
  id: Id,
  mode: z.enum(['sea', 'rail', 'river', 'road']),
  labelEn: nonEmpty,
  labelZh: nonEmpty,
  lengthValue: z.number().check(z.positive()),
  lengthUnit: DistanceUnit,
  /** The length in km (nautical miles × 1.852). */
  lengthKm: z.number().check(z.positive()),
  daysMin: z.number().check(z.positive()),
  daysMax: z.number().check(z.positive()),
  status: Status,
  sourceIds: SourceIds,
  note: z.string(),
});

export const AtlasSchema = z.object({
  /** Content hash of the data; changes whenever any data changes. */
  version: z.string().check(z.minLength(6)),
  /** Always SCHEMA_VERSION here: older files are upgraded by restoreAtlas before they are parsed. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  firstYear: Year,
  lastYear: Year,
  attribution: z.string(),
  sources: z.array(SourceSchema),
  cities: z.array(CitySchema),
  programYears: z.array(ProgramYearSchema),
  events: z.array(EventSchema),
  measureSets: z.array(MeasureSetSchema),
  measures: z.array(MeasureSchema),
  corridors: z.array(CorridorSchema),
  lines: z.array(LineSchema),
  ports: z.array(PortSchema),
  stats: z.array(CorridorStatSchema),
  storySteps: z.array(StoryStepSchema),
  keyFigures: z.array(KeyFigureSchema),
  // Routing data, added after the first published versions: optional, so pinned older versions still load.
  ocean: z.optional(OceanNetworkSchema),
  publishedDistances: z.optional(z.array(PublishedDistanceSchema)),
  inlandLinks: z.optional(z.array(InlandLinkSchema)),
  transitReferences: z.optional(z.array(TransitReferenceSchema)),
  health: z.optional(DataHealthSchema),
  // City facts and places of the seed articles, added later: optional for older pinned versions.
  cityFacts: z.optional(z.array(CityFactSchema)),
  places: z.optional(z.array(PlaceSchema)),
  // Country and sea names of the basemap, added later: optional for older pinned versions (drawn without them).
  basemapLabels: z.optional(BasemapLabelsSchema),
});

export type Status = z.infer<typeof Status>;
export type Source = z.infer<typeof SourceSchema>;
export type City = z.infer<typeof CitySchema>;
export type CityYear = z.infer<typeof CityYearSchema>;
export type ProgramYear = z.infer<typeof ProgramYearSchema>;
export type PolicyEvent = z.infer<typeof EventSchema>;
export type MeasureSet = z.infer<typeof MeasureSetSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type CorridorId = z.infer<typeof CorridorId>;
export type Corridor = z.infer<typeof CorridorSchema>;
export type NodeRole = z.infer<typeof NodeRole>;
export type LegMode = z.infer<typeof LegMode>;
export type LineNode = z.infer<typeof LineNodeSchema>;
export type LineLeg = z.infer<typeof LineLegSchema>;
export type Line = z.infer<typeof LineSchema>;
export type PortKind = z.infer<typeof PortKind>;
export type Port = z.infer<typeof PortSchema>;
export type CorridorStat = z.infer<typeof CorridorStatSchema>;
export type Atlas = z.infer<typeof AtlasSchema>;
export type StoryCamera = z.infer<typeof StoryCameraSchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;
export type KeyFigure = z.infer<typeof KeyFigureSchema>;
export type LngLat = z.infer<typeof LngLat>;
export type OceanNode = z.infer<typeof OceanNodeSchema>;
export type OceanEdge = z.infer<typeof OceanEdgeSchema>;
export type OceanNetwork = z.infer<typeof OceanNetworkSchema>;
export type PublishedDistance = z.infer<typeof PublishedDistanceSchema>;
export type TransitReference = z.infer<typeof TransitReferenceSchema>;
export type InlandLink = z.infer<typeof InlandLinkSchema>;

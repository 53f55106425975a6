// What the seed articles say was done in a city or a place, and the places and flows they describe.
import { z } from '../lib/zod';
import { Id, LngLat, PartialDate, SourceIds, Status, Year } from './primitives';

const nonEmpty = z.string().check(z.minLength(1));

/** Units a fact's value may have; the app spells each in both languages (src/lib/messages/places.ts). */
export const FactUnit = z.enum([
  'years', 'measures', 'trillion_yuan', 'billion_yuan', 'million_yuan', 'hours', 'days', 'minutes', 'seconds',
  'percent', 'entities', 'people', 'categories',
]);
/** The language of the source text a fact restates: the other language's text is a translation. */
export const SourceLang = z.enum(['en', 'zh']);

const factFields = {
  id: Id,
  textEn: nonEmpty,
  textZh: nonEmpty,
  /** The published number, in `unit`; null when the fact has none. Never 0 for unknown. */
  value: z.nullable(z.number().check(z.positive())),
  /** Upper end when the source gives a range (2–3 days). */
  valueMax: z.nullable(z.number().check(z.positive())),
  unit: z.nullable(FactUnit),
  status: Status,
  sourceIds: SourceIds,
  sourceLang: SourceLang,
  note: z.string(),
};

export const CityFactKind = z.enum(['record', 'measure', 'figure']);
/** One thing a source says a pilot city did or achieved. */
export const CityFactSchema = z.object({
  ...factFields,
  cityId: Id,
  /** The year the fact is about. */
  year: Year,
  kind: CityFactKind,
  /** A place of data/places.csv the fact belongs to; null for none. */
  placeId: z.nullable(Id),
  /** Measures of data/measures.csv the fact reports on. */
  measureIds: z.array(Id),
});

export const PlaceFactKind = z.enum(['explain', 'figure']);
export const PlaceFactSchema = z.object({
  ...factFields,
  kind: PlaceFactKind,
  /** When the figure was true, at the precision the source gives. */
  asOf: z.nullable(PartialDate),
  /** The original publisher the source names for this figure (e.g. a customs district); null = the source itself. */
  reportedBy: z.nullable(nonEmpty),
});

export const PlaceKind = z.enum(['area', 'markers', 'route']);
/** A place or flow drawn on the map from `fromYear`. */
export const PlaceSchema = z.object({
  id: Id,
  kind: PlaceKind,
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  startDate: PartialDate,
  /** First year of the yearly map that shows it; `basis` says why when it differs from the start date's year. */
  fromYear: Year,
  alignment: z.enum(['sourced', 'indicative', 'illustrative']),
  basisEn: nonEmpty,
  basisZh: nonEmpty,
  status: Status,
  sourceIds: SourceIds,
  /** area: outer rings of the polygons; markers: one point each; route: the drawn line. */
  rings: z.array(z.array(LngLat)),
  points: z.array(LngLat),
  facts: z.array(PlaceFactSchema),
});

export type FactUnit = z.infer<typeof FactUnit>;
export type CityFact = z.infer<typeof CityFactSchema>;
export type PlaceFact = z.infer<typeof PlaceFactSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type PlaceKind = z.infer<typeof PlaceKind>;

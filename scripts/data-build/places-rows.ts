// Rows of data/city-facts.csv, data/places.csv and data/place-facts.csv.
import { z } from 'zod';
import { FactUnit, SourceLang } from '../../src/data/places-schema';
import { Id, PartialDate, SourceId, Status, Year } from '../../src/data/primitives';

// Defined here, not imported from rows.ts, which imports this file (an import cycle would leave them undefined).
const text = z.string().trim();
const required = text.min(1, 'required');
const optional = text.transform((s) => (s === '' ? null : s));
const int = text.regex(/^-?\d+$/, 'whole number expected').transform(Number);
const list = text.transform((s) => s.split(';').map((x) => x.trim()).filter((x) => x !== ''));
const sourceIds = list.pipe(z.array(SourceId).min(1, 'at least one source id'));
const optionalPositive = text
  .regex(/^(?:\d+(?:\.\d+)?)?$/, 'a positive number or empty expected')
  .transform((s) => (s === '' ? null : Number(s)))
  .pipe(z.nullable(z.number().positive('a published figure is above 0; leave unknown figures empty')));

const factColumns = {
  id: text.pipe(Id), text_en: required, text_zh: required.regex(/\p{Script=Han}/u, 'the Chinese text has no Chinese characters'),
  value: optionalPositive, value_max: optionalPositive, unit: optional.pipe(z.nullable(FactUnit)),
  status: text.pipe(Status), source_ids: sourceIds, source_lang: text.pipe(SourceLang), note: text,
};

export const CityFactRow = z.object({
  ...factColumns,
  city_id: text.pipe(Id), year: int.pipe(Year), kind: text.pipe(z.enum(['record', 'measure', 'figure'])),
  place_id: optional.pipe(z.nullable(Id)), measure_ids: list.pipe(z.array(Id)),
});

export const PlaceFactRow = z.object({
  ...factColumns,
  place_id: text.pipe(Id), kind: text.pipe(z.enum(['explain', 'figure'])), as_of: optional.pipe(z.nullable(PartialDate)),
  reported_by: optional,
});

export const PlaceRow = z.object({
  id: text.pipe(Id), kind: text.pipe(z.enum(['area', 'markers', 'route'])), name_en: required, name_zh: required,
  start_date: text.pipe(PartialDate), from_year: int.pipe(Year),
  /** area: `ne-land:<lng> <lat>`, a point inside a Natural Earth land polygon; markers, route: `;` list of places. */
  geometry: required, alignment: text.pipe(z.enum(['sourced', 'indicative', 'illustrative'])),
  basis_en: required, basis_zh: required, status: text.pipe(Status), source_ids: sourceIds,
});

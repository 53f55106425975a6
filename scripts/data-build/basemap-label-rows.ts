// Rows of data/country-labels.csv and data/sea-labels.csv: names drawn on the basemap.
import { z } from 'zod';
import { Id, SourceId } from '../../src/data/primitives';

// Defined here, not imported from rows.ts, which imports this file (an import cycle would leave them undefined).
const text = z.string().trim();
const required = text.min(1, 'required');
const num = text.regex(/^-?\d+(?:\.\d+)?$/, 'number expected').transform(Number);
const list = text.transform((s) => s.split(';').map((x) => x.trim()).filter((x) => x !== ''));
const sourceIds = list.pipe(z.array(SourceId).min(1, 'at least one source id'));
const lng = num.pipe(z.number().min(-180, 'longitude below -180').max(180, 'longitude above 180'));
/** The map shows Web Mercator latitudes only. */
const lat = num.pipe(z.number().min(-85, 'latitude below -85').max(85, 'latitude above 85'));
const chinese = required.regex(/\p{Script=Han}/u, 'the Chinese name has no Chinese characters');
const minZoom = num.pipe(z.number().min(0, 'zoom below 0').max(12, 'zoom above 12'));

export const CountryLabelRow = z.object({
  id: text.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code'), iso_numeric: text.regex(/^\d{3}$/, 'three-digit ISO 3166-1 numeric code'),
  name_en: required, name_zh: chinese, lng, lat, area_km2: num.pipe(z.number().positive('an area above 0')), min_zoom: minZoom,
  source_ids: sourceIds,
});

export const SeaLabelRow = z.object({
  id: text.pipe(Id), name_en: required, name_zh: chinese, lng, lat, min_zoom: minZoom, source_ids: sourceIds,
});

// Names drawn on the basemap: countries (Natural Earth outlines, CLDR names) and the seas and straits the corridors pass.
import { z } from '../lib/zod';
import { Id, LngLat, SourceIds } from './primitives';

const nonEmpty = z.string().check(z.minLength(1));
/** The lowest map zoom at which the label may show (it still gives way where it would collide). */
const MinZoom = z.number().check(z.gte(0), z.lte(12));

export const CountryLabelSchema = z.object({
  /** ISO 3166-1 alpha-2. */
  id: z.string().check(z.regex(/^[A-Z]{2}$/)),
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  /** Inside the country's largest polygon (its pole of inaccessibility in Web Mercator). */
  lngLat: LngLat,
  /** Area of that polygon, km²: bigger countries win a place first. */
  areaKm2: z.number().check(z.positive()),
  minZoom: MinZoom,
  sourceIds: SourceIds,
});

export const SeaLabelSchema = z.object({
  id: Id,
  nameEn: nonEmpty,
  nameZh: nonEmpty,
  /** An approximate point inside the named sea, gulf or strait, where the map has room for the name. */
  lngLat: LngLat,
  minZoom: MinZoom,
  sourceIds: SourceIds,
});

export const BasemapLabelsSchema = z.object({
  countries: z.array(CountryLabelSchema),
  seas: z.array(SeaLabelSchema),
});

export type CountryLabel = z.infer<typeof CountryLabelSchema>;
export type SeaLabel = z.infer<typeof SeaLabelSchema>;
export type BasemapLabels = z.infer<typeof BasemapLabelsSchema>;

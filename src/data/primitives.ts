// Field types every record shares; schema.ts re-exports them.
import { z } from '../lib/zod';

const matching = (re: RegExp, message?: string) => z.string().check(z.regex(re, message));

export const Year = z.int().check(z.gte(2000), z.lte(2100));
export const Status = z.enum(['confirmed', 'inferred', 'uncertain']);
export const Id = matching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase kebab-case id');
export const SourceId = matching(/^(?:S\d{2}|S-[A-Z]\d{2}|GEO-[A-Z]+)$/, 'source id like S07, S-P11 or GEO-NE');
/** Ids into data/sources.csv; at least one. */
export const SourceIds = z.array(SourceId).check(z.minLength(1, 'at least one source id'));
/** A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = matching(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'date as YYYY, YYYY-MM or YYYY-MM-DD');
/** WGS-84 [longitude, latitude] in degrees. */
export const LngLat = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);

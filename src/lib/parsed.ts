/** The result of reading an untrusted value: a typed value, a reason, or nothing. */
export type Parsed<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; raw: string; reason: string }
  | { status: 'missing' };

export function parseYear(raw: string | null, years: readonly number[]): Parsed<number> {
  if (raw === null || raw === '') return { status: 'missing' };
  const first = years[0];
  const last = years[years.length - 1];
  if (!/^\d{4}$/.test(raw.trim())) return { status: 'invalid', raw, reason: 'not a year' };
  const y = Number(raw.trim());
  if (!years.includes(y)) return { status: 'invalid', raw, reason: `outside ${first}–${last}` };
  return { status: 'valid', value: y };
}

export function parseEnum<T extends string>(raw: string | null, allowed: readonly T[]): Parsed<T> {
  if (raw === null || raw === '') return { status: 'missing' };
  return (allowed as readonly string[]).includes(raw)
    ? { status: 'valid', value: raw as T }
    : { status: 'invalid', raw, reason: `expected one of ${allowed.join(', ')}` };
}

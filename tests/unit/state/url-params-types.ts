/**
 * Checked by `tsc --noEmit`, never run: the compiler refuses a URL parameter table that lacks a part of an entry,
 * or an entry. Each `@ts-expect-error` fails the type check if the line below it ever compiles.
 */
import type { AppState } from '../../../src/state/store';
import type { UrlParamSpec, UrlParamTable } from '../../../src/state/url-params';

declare const table: UrlParamTable;
declare const year: UrlParamSpec<number>;
type Without<Part extends keyof UrlParamSpec<number>> = Omit<UrlParamSpec<number>, Part>;
declare const withoutDefault: Without<'default'>;
declare const withoutParse: Without<'parse'>;
declare const withoutSerialize: Without<'serialize'>;
declare const withoutRead: Without<'read'>;
declare const withoutApply: Without<'apply'>;
declare const withoutPin: Omit<UrlParamTable, 'pin'>;

/** The control: a complete table compiles, so each refusal below is about the part it leaves out. */
export const complete: UrlParamTable = { ...table, year };

export const entryWithoutApply: UrlParamTable = {
  ...table,
  // @ts-expect-error an entry without `apply` would never restore its parameter from a link
  year: {
    default: (page) => page.year,
    parse: (raw) => ({ ok: true, value: Number(raw) }),
    serialize: (value) => String(value),
    read: (s: AppState) => s.year,
  },
};
// @ts-expect-error without `default`
export const noDefault: UrlParamTable = { ...table, year: withoutDefault };
// @ts-expect-error without `parse`
export const noParse: UrlParamTable = { ...table, year: withoutParse };
// @ts-expect-error without `serialize`: links would silently drop the parameter
export const noSerialize: UrlParamTable = { ...table, year: withoutSerialize };
// @ts-expect-error without `read`
export const noRead: UrlParamTable = { ...table, year: withoutRead };
// @ts-expect-error without `apply`
export const noApply: UrlParamTable = { ...table, year: withoutApply };
// @ts-expect-error a field of UrlState without its entry
export const noEntry: UrlParamTable = withoutPin;
// @ts-expect-error an entry of another parameter's type
export const wrongType: UrlParamTable = { ...table, year: table.lang };

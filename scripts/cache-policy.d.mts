export const IMMUTABLE: string;
export const REVALIDATE: string;
export function cacheControlFor(pathname: string): string;

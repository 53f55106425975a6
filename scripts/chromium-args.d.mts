export const CHROMIUM: string;
export const HEADLESS_ARGS: readonly string[];

export const CHROMIUM: string;
export const PLAYWRIGHT_DISABLED_FEATURES: readonly string[];
export const HEADLESS_ARGS: readonly string[];
export const NO_NETWORK_ARGS: readonly string[];

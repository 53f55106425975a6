// How every headless Chromium of the project starts: the tests, the bench and the soak run.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The features playwright-core 1.65.1 (pinned) turns off. Chromium reads only the last `--disable-features`, so a
 * list of our own replaces playwright's: it repeats them (tests/scripts/chromium-args.test.ts checks it still does).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156.0.8078.129 renders its address bar's popup (a WebUI page) in a renderer of its own for every context,
 * headless too: about 1.3 s of CPU each time a test opens a page.
 */
const UNSEEN_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup'];

export const HEADLESS_ARGS = [
  // Root in CI; none of Chromium's own calls home.
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--no-default-browser-check', '--disable-quic',
  // Software WebGL2 through Mesa's llvmpipe.
  '--use-angle=gl-egl', '--ignore-gpu-blocklist', '--enable-precise-memory-info',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_BROWSER_UI].join(',')}`,
];

/**
 * Nothing leaves the machine: every request to another host goes to a closed local port and fails; loopback (the
 * app's own server) is never proxied. Unlike a route on every request, this keeps the browser's cache on.
 */
export const NO_NETWORK_ARGS = ['--proxy-server=http://127.0.0.1:9'];

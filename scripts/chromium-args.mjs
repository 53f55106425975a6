// How every headless Chromium of the project starts: the tests, the bench and the soak run.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const HEADLESS_ARGS = [
  // Root in CI; none of Chromium's own calls home.
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--no-default-browser-check', '--disable-quic',
  // Software WebGL2 through Mesa's llvmpipe.
  '--use-angle=gl-egl', '--ignore-gpu-blocklist', '--enable-precise-memory-info',
  // Chromium 156.0.8078.129 renders its address bar's popup (a WebUI page) in a renderer of its own for every
  // context, headless too: about 1 s of CPU each time a test opens a page. Chromium merges this list with the one
  // playwright passes.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

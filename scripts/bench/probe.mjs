// What the bench installs in every page before its scripts run, and how it reads it back.
// - a frame counter the bench starts and stops (on the browser's own requestAnimationFrame);
// - a count of the animation frames the page itself requests (requestAnimationFrame wrapped);
// - every WebGL program linked, and the main-thread time of each link and of each LINK_STATUS query
//   (where the driver makes the caller wait for the link to finish).

/** Runs in the page: serialised by Playwright, so it may use nothing from this module. */
export function pageProbe() {
  const raf = window.requestAnimationFrame.bind(window);
  const probe = (window.__bench = { raf, frames: 0, counting: false, requested: 0, gl: [] });
  window.requestAnimationFrame = (callback) => {
    probe.requested += 1;
    return raf(callback);
  };
  probe.startFrames = () => {
    probe.frames = 0;
    probe.counting = true;
    probe.frameStart = performance.now();
    const tick = () => {
      if (!probe.counting) return;
      probe.frames += 1;
      raf(tick);
    };
    raf(tick);
  };
  probe.stopFrames = () => {
    probe.counting = false;
    return { frames: probe.frames, ms: performance.now() - probe.frameStart };
  };
  const LINK_STATUS = 0x8b82;
  for (const context of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!context) continue;
    const { linkProgram, getProgramParameter } = context.prototype;
    context.prototype.linkProgram = function (program) {
      const at = performance.now();
      linkProgram.call(this, program);
      probe.gl.push({ kind: 'link', at, ms: performance.now() - at });
    };
    context.prototype.getProgramParameter = function (program, name) {
      if (name !== LINK_STATUS) return getProgramParameter.call(this, program, name);
      const at = performance.now();
      const value = getProgramParameter.call(this, program, name);
      probe.gl.push({ kind: 'status', at, ms: performance.now() - at });
      return value;
    };
  }
}

/** Programs linked by `untilMs` after navigation, and the main-thread ms spent linking and waiting on link status. */
export const glFigures = (page, untilMs) =>
  page.evaluate((until) => {
    const calls = window.__bench.gl.filter((c) => c.at <= until);
    const sum = (kind) => calls.filter((c) => c.kind === kind).reduce((ms, c) => ms + c.ms, 0);
    return {
      programs: calls.filter((c) => c.kind === 'link').length,
      linkStatusMs: sum('status'),
      linkCallMs: sum('link'),
      linkStatusChecks: calls.filter((c) => c.kind === 'status').length,
    };
  }, untilMs);

/** Animation frames the page requests over `ms` while the bench does nothing. */
export const idleFrames = (page, ms) =>
  page.evaluate((wait) => new Promise((resolve) => {
    const before = window.__bench.requested;
    setTimeout(() => resolve(window.__bench.requested - before), wait);
  }), ms);

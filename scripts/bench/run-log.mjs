// The log of every run the bench starts: each one's outcome, time and, when it failed, its kind and reason.
// Measuring goes on after a failure; the report and the JSON list what failed and why.

export function createRunLog() {
  const entries = [];
  const blocked = new Set();
  return {
    entries,
    blocked,
    /** Runs `measure()` (a function returning a page outcome), logs it and returns its result, or null when it failed. */
    async take(what, measure) {
      const started = Date.now();
      const outcome = await measure().catch((e) => ({ kind: 'error', failure: `the bench itself failed: ${String(e?.message ?? e).split('\n')[0]}` }));
      const seconds = (Date.now() - started) / 1000;
      outcome.blocked?.forEach((u) => blocked.add(u));
      const status = outcome.failure ? (outcome.kind ?? 'error') : 'ok';
      entries.push({ what, status, seconds, reason: outcome.failure ?? null });
      console.log(`  ${what}: ${status === 'ok' ? 'ok' : `FAILED (${status}): ${outcome.failure}`}, ${seconds.toFixed(0)} s`);
      return outcome.failure ? null : outcome.result;
    },
    skip(what, reason) {
      entries.push({ what, status: 'skipped', seconds: null, reason });
      console.log(`  ${what}: skipped (${reason})`);
    },
  };
}

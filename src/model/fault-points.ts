/**
 * Named points of a run where an operator's fault test can stop the process, so tests reach every
 * stage of a run with a kill (SIGKILL), Ctrl-C (SIGINT) or SIGTERM:
 *
 *   SALW_FAULT_AT=<point>[#<n>]   the n-th time the run reaches <point> (default the first)
 *   SALW_FAULT_SIGNAL=SIGKILL     the signal the process sends itself there (SIGKILL, SIGINT, SIGTERM)
 *
 * Points: `discovered` (the folder listed, no document begun), `decoded` (per document, its reading
 * back from the reader, nothing written), `extracted` (per document, before its transaction), `in-transaction` (its facts written, not committed), `committed` (its
 * transaction done), `finishing` (every document done, the run not closed). Unset, a point costs one
 * comparison. Never set in production: it exists for the kill tests (tests/robustness/kill-points.test.ts).
 */

export const FAULT_POINTS = ['discovered', 'decoded', 'extracted', 'in-transaction', 'committed', 'finishing'] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

const reached = new Map<FaultPoint, number>();

/**
 * Stops the process here when SALW_FAULT_AT names this point (and this occurrence of it). For a signal
 * the process handles (SIGINT, SIGTERM) it resolves once the handlers have run, so the signal lands at
 * this point and not at whatever the event loop reaches next.
 */
export async function faultPoint(point: FaultPoint): Promise<void> {
  const wanted = process.env.SALW_FAULT_AT;
  if (!wanted) return;
  const [name, nth] = wanted.split('#');
  if (name !== point) return;
  const count = (reached.get(point) ?? 0) + 1;
  reached.set(point, count);
  if (count !== Number(nth ?? 1)) return;
  const signal = (process.env.SALW_FAULT_SIGNAL ?? 'SIGKILL') as NodeJS.Signals;
  if (signal === 'SIGKILL') {
    process.kill(process.pid, signal);
    return;
  }
  await new Promise<void>((resolve) => {
    // Signal watchers do not keep the event loop alive: a timer does, until the signal is handled.
    const alive = setTimeout(() => undefined, 60_000);
    process.once(signal, () =>
      setImmediate(() => {
        clearTimeout(alive);
        resolve();
      }),
    );
    process.kill(process.pid, signal);
  });
}

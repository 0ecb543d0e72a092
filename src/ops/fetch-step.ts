import { randomUUID } from 'node:crypto';
import { type DownloadLimits, STOPPED } from '../fetch/download.ts';
import { fetchSources, type SourceResult } from '../fetch/fetch-sources.ts';
import type { ManifestEntry } from '../fetch/manifest.ts';
import type { Politeness } from '../fetch/politeness.ts';
import type { Logger } from '../pipeline/logger.ts';
import { codeVersion } from '../pipeline/versions-in-force.ts';
import type { LockOptions } from '../warehouse/lock.ts';
import { FETCH_JOB, type FetchEventContext, fetchEndEvent, fetchStartEvent } from './fetch-lineage.ts';
import { insertFetchRun, recordFetches } from './fetch-record.ts';
import { emitLineageEvent } from './lineage-events.ts';
import { openRunWarehouse } from './open-warehouse.ts';

/**
 * A fetch as a step the operator can see: the downloads (src/fetch), then, under the warehouse write
 * lock, the fetches table and one `runs` row (pipeline `fetch`), then the OpenLineage events. Used by
 * `salw-etl fetch` and by `schedule --fetch` before each scheduled run.
 *
 * The run row is written when the downloads are over, not when they start: the lock is held only while
 * the warehouse is written (a long fetch never keeps a `run` waiting), and a row marked `running` outside
 * the lock would be closed as abandoned by the next process taking it. A fetch killed mid-way so leaves
 * no row, and nothing in raw/ but raw/.salw-partial/, which the next fetch empties.
 */

export interface FetchStepOptions {
  rawDir: string;
  /** A SQLite file or a postgres:// URL (open-warehouse.ts). */
  warehousePath: string;
  /** Where openlineage.jsonl goes: beside a SQLite warehouse by default; a PostgreSQL one names its state folder. */
  stateDir?: string;
  entries: readonly ManifestEntry[];
  trigger: 'manual' | 'schedule';
  logger: Logger;
  politeness?: Politeness;
  limits?: DownloadLimits;
  /** Not stopped by `signal`: a stopped fetch still records what it did. */
  lock?: Pick<LockOptions, 'timeoutMs' | 'staleMs' | 'heartbeatMs'>;
  /** Stops the downloads (the scheduler stopping): those not done are counted `stopped`; the run is `interrupted`. */
  signal?: AbortSignal;
  /** OpenLineage endpoint; the events go to openlineage.jsonl beside the warehouse in any case. Null: no events. */
  lineage?: { url: string | null } | null;
  /** For tests. */
  now?: () => Date;
}

/** What each outcome counted, as the run row and the events say it. */
export interface FetchCounts {
  sources: number;
  listings: number;
  new: number;
  changed: number;
  unchanged: number;
  notModified: number;
  disallowed: number;
  failed: number;
  /** Not fetched because the fetch was stopped (not a fault of the site: not in `failed`, not in the fetches table). */
  stopped: number;
}

export interface FetchStepSummary {
  runId: number;
  status: 'succeeded' | 'partial' | 'failed' | 'interrupted';
  counts: FetchCounts;
  results: SourceResult[];
  message: string;
  /** What stopped the fetch as a whole (another fetch running, raw/ not writable); null when it ran. */
  failure: string | null;
  durationMs: number;
}

const wasStopped = (r: SourceResult): boolean => r.outcome === 'failed' && r.reason === STOPPED;

export function countFetch(results: readonly SourceResult[]): FetchCounts {
  const n = (outcome: SourceResult['outcome']) => results.filter((r) => r.outcome === outcome && !wasStopped(r)).length;
  return {
    sources: results.filter((r) => r.listed === undefined).length,
    listings: results.filter((r) => r.listed !== undefined).length,
    new: n('new'),
    changed: n('changed'),
    unchanged: n('unchanged'),
    notModified: n('not-modified'),
    disallowed: n('disallowed'),
    failed: n('failed'),
    stopped: results.filter(wasStopped).length,
  };
}

/** One line for the run row and the log: what the fetch did. */
export function describeCounts(c: FetchCounts): string {
  const listings = c.listings > 0 ? ` (${c.listings} listing${c.listings === 1 ? '' : 's'} read)` : '';
  return `fetch: ${c.new} new, ${c.changed} changed, ${c.unchanged + c.notModified} unchanged, ${c.disallowed} disallowed by robots.txt, ${c.failed} failed${c.stopped > 0 ? `, ${c.stopped} not fetched (stopped)` : ''}${listings}`;
}

/** succeeded: nothing failed; partial: some addresses failed; failed: every address failed, or the fetch itself. */
export function fetchStatus(c: FetchCounts, total: number): FetchStepSummary['status'] {
  if (c.failed === 0) return 'succeeded';
  return c.failed === total ? 'failed' : 'partial';
}

export async function runFetchStep(options: FetchStepOptions): Promise<FetchStepSummary> {
  const log = options.logger;
  const clock = options.now ?? (() => new Date());
  const started = clock();
  const lineage: FetchEventContext | null = options.lineage ? { olRunId: randomUUID(), rawDir: options.rawDir } : null;
  const emit = (event: Parameters<typeof emitLineageEvent>[0]) => emitLineageEvent(event, { warehousePath: options.warehousePath, stateDir: options.stateDir, url: options.lineage?.url ?? null, logger: log });
  if (lineage) await emit(fetchStartEvent(lineage, started.toISOString(), options.trigger));
  log.info({ sources: options.entries.length, rawDir: options.rawDir }, `fetch started: ${options.entries.length} manifest entries`);

  let results: SourceResult[] = [];
  let crashed: string | null = null;
  try {
    results = await fetchSources(options.entries, { raw: options.rawDir, politeness: options.politeness, limits: options.limits, signal: options.signal });
  } catch (error) {
    // Not a site's fault (another fetch on this raw folder, raw/ not writable, disk full): the step fails, said why.
    crashed = `the fetch stopped: ${(error as Error).message}`;
  }
  const counts = countFetch(results);
  const stopped = options.signal?.aborted === true;
  const status = crashed ? 'failed' : stopped ? 'interrupted' : fetchStatus(counts, results.length);
  const message = crashed ?? `${describeCounts(counts)}${stopped ? '; the fetch was stopped before the end' : ''}`;
  const finished = clock();
  const durationMs = finished.getTime() - started.getTime();

  const warehouse = await openRunWarehouse(options.warehousePath);
  let runId: number;
  try {
    const lock = await warehouse.statements.acquireLock({
      ...options.lock,
      command: `${options.trigger === 'schedule' ? 'schedule' : 'run'} ${FETCH_JOB}`,
      onWait: (holder) => log.warn({ holder }, `the warehouse is locked by pid ${holder.pid} on ${holder.host} (${holder.command}); the fetch waits to record what it did`),
    });
    try {
      runId = await warehouse.db.transaction().execute(async (trx) => {
        // An address the stop kept from being fetched keeps its last real check.
        await recordFetches(trx, results.filter((r) => !wasStopped(r)));
        return insertFetchRun(trx, {
          pipeline: FETCH_JOB, trigger: options.trigger, startedAt: started.toISOString(), finishedAt: finished.toISOString(), status,
          seen: counts.sources, loaded: counts.new + counts.changed, skipped: counts.unchanged + counts.notModified + counts.disallowed, quarantined: counts.failed,
          codeVersion: codeVersion(), durationMs,
          optionsJson: JSON.stringify({ rawDir: options.rawDir, manifestEntries: options.entries.length, politeness: options.politeness ?? null, limits: options.limits ?? null, counts }),
          message,
        });
      });
    } finally {
      await lock.release();
    }
  } finally {
    await warehouse.close();
  }
  const summary: FetchStepSummary = { runId, status, counts, results, message, failure: crashed, durationMs };
  if (lineage) await emit(fetchEndEvent(lineage, summary, clock().toISOString()));
  const level = status === 'succeeded' ? 'info' : status === 'failed' ? 'error' : 'warn';
  log[level]({ runId, status, ...counts }, `fetch run ${runId} ${status}: ${message}`);
  return summary;
}

import { postJson } from './post-json.ts';
import { hostname } from 'node:os';
import type { Logger } from '../pipeline/logger.ts';
import type { RunHooks, RunSummary } from '../pipeline/run.ts';

/**
 * Tells an operator when a run needs a person: it failed, the removal guard refused removals, or
 * documents were quarantined. A JSON notice is POSTed to `--notify-url` / `SALW_NOTIFY_URL` (a chat
 * webhook, an alerting endpoint) and logged; a notice endpoint that is down is logged, never fails the
 * run. Runs that need nobody send nothing.
 */

export interface RunNotice {
  /** Always `salw-etl.run`, so one endpoint can tell these notices from others. */
  type: 'salw-etl.run';
  /** What needs a person, most severe first: `failed`, `removal_refused`, `quarantined`, `interrupted`. */
  reasons: string[];
  run_id: number;
  status: RunSummary['status'];
  warehouse: string;
  host: string;
  message: string | null;
  documents_seen: number;
  documents_loaded: number;
  documents_quarantined: number;
  removals_refused: number;
  /** The documents quarantined now, with why (listed until their file is fixed). */
  quarantined: { path: string; reason: string }[];
}

export interface NotifyOptions {
  url: string | null;
  warehousePath: string;
  logger: Logger;
  /** How long a POST may take before it is given up (default 5 s). */
  timeoutMs?: number;
}

/** The notice a finished run calls for, or null when it needs nobody. */
export function noticeFor(summary: RunSummary, warehousePath: string): RunNotice | null {
  const reasons: string[] = [];
  if (summary.status === 'failed') reasons.push('failed');
  if (summary.status === 'removal_refused') reasons.push('removal_refused');
  if (summary.documentsQuarantined > 0) reasons.push('quarantined');
  if (summary.status === 'interrupted') reasons.push('interrupted');
  if (reasons.length === 0) return null;
  return {
    type: 'salw-etl.run',
    reasons,
    run_id: summary.runId,
    status: summary.status,
    warehouse: warehousePath,
    host: hostname(),
    message: summary.message,
    documents_seen: summary.documentsSeen,
    documents_loaded: summary.documentsLoaded,
    documents_quarantined: summary.documentsQuarantined,
    removals_refused: summary.removalsRefused,
    quarantined: summary.stillQuarantined,
  };
}

/** Run hooks that send the run's notice when it ends, if it calls for one. Never throws. */
export function notifyHooks(options: NotifyOptions): RunHooks {
  return {
    async onFinish(summary) {
      const notice = noticeFor(summary, options.warehousePath);
      if (!notice) return;
      options.logger.warn({ notice }, `run ${notice.run_id} needs attention: ${notice.reasons.join(', ')}`);
      if (options.url) await postJson({ url: options.url, answered: 'the notice endpoint answered', unreachable: 'the notice endpoint is unreachable', keptIn: 'the notice is in this log' }, notice, options.timeoutMs ?? 5_000, options.logger);
    },
  };
}

/** Several observers of one run, called in order; each one's failure is its own (the pipeline logs it). */
export function combineHooks(...hooks: RunHooks[]): RunHooks {
  return {
    async onStart(run) {
      for (const hook of hooks) await hook.onStart?.(run);
    },
    async onFinish(summary) {
      for (const hook of hooks) await hook.onFinish?.(summary);
    },
  };
}
